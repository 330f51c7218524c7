//! Cobblestone-256: C2SP chunked encryption (<https://c2sp.org/chunked-encryption>)
//! instantiated with HKDF-Expand-SHA-512 and AES-256-GCM.
//!
//! Names follow the spec: an *input key* and a *salt* and a *context* give, by
//! HKDF-Expand, a *key*, a *base nonce* and a *commitment*. The ciphertext is
//! `salt || commitment || chunk_0 || ... || chunk_n`, every chunk but the last
//! holding exactly [`CHUNK_SIZE`] bytes of plaintext and the last one fewer
//! (possibly zero), so the final chunk marks the end of the message.
//!
//! Preconditions the type system cannot enforce:
//! * the input key MUST be uniformly random (a CSPRNG output or a KDF output);
//! * a salt MUST NOT repeat for one input key — take it from a CSPRNG.
//!
//! Guarantees: the commitment is checked before any chunk is decrypted; no
//! plaintext of a chunk is released before that chunk's tag verified; a
//! streaming decryptor that failed keeps failing.

use std::io::{self, Read, Write};

use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce, Tag};
use hmac::{Hmac, Mac};
use sha2::Sha512;
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};

/// Plaintext bytes per chunk (16 KiB).
pub const CHUNK_SIZE: usize = 16 * 1024;
/// AES-GCM tag length.
pub const TAG_LEN: usize = 16;
/// Input key and AEAD key length (AES-256).
pub const KEY_LEN: usize = 32;
/// AEAD nonce length.
pub const NONCE_LEN: usize = 12;
/// Salt length, fixed by the spec.
pub const SALT_LEN: usize = 24;
/// Key commitment length, fixed by the spec.
pub const COMMITMENT_LEN: usize = 32;
/// `salt || commitment`: the fixed overhead before the first chunk.
pub const HEADER_LEN: usize = SALT_LEN + COMMITMENT_LEN;
/// Length of an encrypted full chunk.
pub const ENCRYPTED_CHUNK_LEN: usize = CHUNK_SIZE + TAG_LEN;
/// The spec's hard limit: the chunk counter never reaches 2^38.
pub const MAX_CHUNKS: u64 = 1 << 38;

/// The AEAD's name in the IANA AEAD registry, as bound into the KDF info.
pub const AEAD_NAME: &str = "AEAD_AES_256_GCM";
const INFO_PREFIX: &[u8] = b"c2sp.org/chunked-encryption@v1+";

/// The key, base nonce and commitment derived for one message.
pub struct Derived {
    /// The AEAD key. Secret.
    pub key: Zeroizing<[u8; KEY_LEN]>,
    /// The base nonce, XORed with the chunk counter for each chunk.
    pub base_nonce: [u8; NONCE_LEN],
    /// The key commitment stored after the salt.
    pub commitment: [u8; COMMITMENT_LEN],
}

/// HKDF-Expand (RFC 5869 §2.3) with HMAC-SHA-512, for a PRK of any length.
///
/// The spec uses the input key (32 bytes) directly as the PRK, which is
/// shorter than SHA-512's output; RFC 5869's HMAC accepts any key length, so
/// this is computed with HMAC directly.
pub(crate) fn hkdf_expand_sha512(prk: &[u8], info: &[&[u8]], out: &mut [u8]) {
    debug_assert!(out.len() <= 255 * 64);
    let mut prev: Option<Zeroizing<[u8; 64]>> = None;
    for (i, block) in out.chunks_mut(64).enumerate() {
        // HMAC accepts keys of any length: new_from_slice cannot fail.
        let mut mac = <Hmac<Sha512> as KeyInit>::new_from_slice(prk)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        if let Some(p) = &prev {
            mac.update(&p[..]);
        }
        for part in info {
            mac.update(part);
        }
        // i < 255 by the assertion above.
        mac.update(&[(i as u8).wrapping_add(1)]);
        let t = mac.finalize().into_bytes();
        let mut t_arr = Zeroizing::new([0u8; 64]);
        t_arr.copy_from_slice(&t);
        block.copy_from_slice(&t_arr[..block.len()]);
        prev = Some(t_arr);
    }
}

/// Derives *key*, *base nonce* and *commitment* from an input key, salt and context:
///
/// `key || base nonce || commitment = HKDF-Expand-SHA-512(prk = input key,
///  info = "c2sp.org/chunked-encryption@v1+" || "AEAD_AES_256_GCM" || 0x00 || salt || context)`
pub fn derive(input_key: &[u8; KEY_LEN], salt: &[u8; SALT_LEN], context: &[u8]) -> Derived {
    let mut okm = Zeroizing::new([0u8; KEY_LEN + NONCE_LEN + COMMITMENT_LEN]);
    hkdf_expand_sha512(
        input_key,
        &[INFO_PREFIX, AEAD_NAME.as_bytes(), &[0u8], salt, context],
        &mut okm[..],
    );
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    key.copy_from_slice(&okm[..KEY_LEN]);
    let mut base_nonce = [0u8; NONCE_LEN];
    base_nonce.copy_from_slice(&okm[KEY_LEN..KEY_LEN + NONCE_LEN]);
    let mut commitment = [0u8; COMMITMENT_LEN];
    commitment.copy_from_slice(&okm[KEY_LEN + NONCE_LEN..]);
    Derived {
        key,
        base_nonce,
        commitment,
    }
}

/// Length of the ciphertext of a `plaintext_len`-byte message.
pub const fn ciphertext_len(plaintext_len: u64) -> u64 {
    let full = plaintext_len / CHUNK_SIZE as u64;
    let rem = plaintext_len % CHUNK_SIZE as u64;
    HEADER_LEN as u64 + full * ENCRYPTED_CHUNK_LEN as u64 + rem + TAG_LEN as u64
}

/// Length of the plaintext inside a `ciphertext_len`-byte message, or
/// [`Error::Decrypt`] if no valid message has that length (it was truncated
/// or extended). Computing this does not authenticate the length: decrypt
/// the final chunk for that.
pub const fn plaintext_len(ciphertext_len: u64) -> Result<u64> {
    if ciphertext_len < (HEADER_LEN + TAG_LEN) as u64 {
        return Err(Error::Decrypt);
    }
    let body = ciphertext_len - HEADER_LEN as u64;
    let full = body / ENCRYPTED_CHUNK_LEN as u64;
    let rem = body % ENCRYPTED_CHUNK_LEN as u64;
    if rem < TAG_LEN as u64 || full >= MAX_CHUNKS {
        return Err(Error::Decrypt);
    }
    Ok(full * CHUNK_SIZE as u64 + rem - TAG_LEN as u64)
}

/// Number of chunks (including the short final one) of a message.
pub const fn chunk_count(plaintext_len: u64) -> u64 {
    plaintext_len / CHUNK_SIZE as u64 + 1
}

/// Offset of chunk `index` in the ciphertext.
pub const fn chunk_offset(index: u64) -> u64 {
    HEADER_LEN as u64 + index * ENCRYPTED_CHUNK_LEN as u64
}

/// The per-message AEAD state: key and base nonce. Seals and opens single
/// chunks, which is all that random access needs.
pub struct ChunkCipher {
    aead: Aes256Gcm,
    base_nonce: [u8; NONCE_LEN],
}

impl ChunkCipher {
    fn new(d: &Derived) -> Self {
        ChunkCipher {
            aead: Aes256Gcm::new(&(*d.key).into()),
            base_nonce: d.base_nonce,
        }
    }

    /// The nonce of chunk `index`: the base nonce XOR the index as a
    /// big-endian integer as wide as the nonce. `index` must be < 2^38.
    pub fn nonce(&self, index: u64) -> [u8; NONCE_LEN] {
        let mut n = self.base_nonce;
        for (b, c) in n[NONCE_LEN - 8..].iter_mut().zip(index.to_be_bytes()) {
            *b ^= c;
        }
        n
    }

    /// Encrypts one chunk in place and appends its tag. A chunk of exactly
    /// [`CHUNK_SIZE`] bytes is a full chunk; a shorter one is the final chunk.
    fn seal(&self, index: u64, buf: &mut Vec<u8>) -> Result<()> {
        if index >= MAX_CHUNKS || buf.len() > CHUNK_SIZE {
            return Err(Error::LimitExceeded("C2SP chunk counter reached 2^38"));
        }
        let tag = aes256gcm::seal_detached(&self.aead, &self.nonce(index), &[], buf)?;
        buf.extend_from_slice(&tag);
        Ok(())
    }

    /// Opens chunk `index` (ciphertext including its tag). `ct` must be
    /// either a full encrypted chunk or a final chunk (shorter than a full
    /// one and at least a tag long). Whether a short chunk really sits at the
    /// end of the message is the caller's business (see [`plaintext_len`]).
    /// Returns the plaintext only if the tag verifies.
    pub fn open_chunk(&self, index: u64, ct: &[u8]) -> Result<Vec<u8>> {
        if index >= MAX_CHUNKS || ct.len() < TAG_LEN || ct.len() > ENCRYPTED_CHUNK_LEN {
            return Err(Error::Decrypt);
        }
        let mut buf = ct.to_vec();
        self.open_in_place(index, &mut buf)?;
        Ok(buf)
    }

    /// Like [`ChunkCipher::open_chunk`], in place: on success `buf` holds
    /// the plaintext; on failure it is zeroed and cleared.
    pub fn open_in_place(&self, index: u64, buf: &mut Vec<u8>) -> Result<()> {
        if index >= MAX_CHUNKS || buf.len() < TAG_LEN || buf.len() > ENCRYPTED_CHUNK_LEN {
            return wipe(buf);
        }
        let split = buf.len() - TAG_LEN;
        if self.open_sealed(index, &mut buf[..]).is_err() {
            return wipe(buf);
        }
        buf.truncate(split);
        Ok(())
    }

    /// Opens chunk `index` held as `ciphertext || tag` in `chunk` (at least
    /// a tag long); on success the plaintext is `chunk[..len - TAG_LEN]`.
    fn open_sealed(&self, index: u64, chunk: &mut [u8]) -> Result<()> {
        let (ct, tag) = chunk.split_at_mut(chunk.len() - TAG_LEN);
        let tag: &[u8; TAG_LEN] = (&*tag).try_into().map_err(|_| Error::Decrypt)?;
        aes256gcm::open_detached(&self.aead, &self.nonce(index), &[], ct, tag)
    }
}

/// Zeroes and empties `buf` and fails: what every decryption leaves behind
/// when it fails.
pub(crate) fn wipe<T>(buf: &mut Vec<u8>) -> Result<T> {
    buf.zeroize();
    buf.clear();
    Err(Error::Decrypt)
}

/// The AES-256-GCM backend used by the core (the `aes-gcm` crate), exposed
/// so that the Wycheproof AES-GCM vectors can test exactly this code path.
#[doc(hidden)]
pub mod aes256gcm {
    use super::*;

    /// Encrypts `buf` in place with `aad`; returns the tag.
    pub fn seal_detached(
        aead: &Aes256Gcm,
        nonce: &[u8; NONCE_LEN],
        aad: &[u8],
        buf: &mut [u8],
    ) -> Result<[u8; TAG_LEN]> {
        let tag = aead
            .encrypt_inout_detached(&Nonce::from(*nonce), aad, buf.into())
            .map_err(|_| Error::LimitExceeded("AES-GCM message too long"))?;
        Ok(tag.into())
    }

    /// Decrypts `buf` in place if `tag` verifies; the `aes-gcm` crate checks
    /// the tag before it decrypts, so on failure `buf` still holds ciphertext.
    pub fn open_detached(
        aead: &Aes256Gcm,
        nonce: &[u8; NONCE_LEN],
        aad: &[u8],
        buf: &mut [u8],
        tag: &[u8; TAG_LEN],
    ) -> Result<()> {
        aead.decrypt_inout_detached(&Nonce::from(*nonce), aad, buf.into(), &Tag::from(*tag))
            .map_err(|_| Error::Decrypt)
    }

    /// A cipher for `key`, which must be 32 bytes.
    pub fn cipher(key: &[u8]) -> Result<Aes256Gcm> {
        Aes256Gcm::new_from_slice(key).map_err(|_| Error::InvalidLength {
            what: "AES-256-GCM key",
            expected: KEY_LEN,
            got: key.len(),
        })
    }
}

/// Push-based streaming encryptor holding at most one chunk of plaintext.
pub struct Encryptor {
    cipher: ChunkCipher,
    index: u64,
    buf: Vec<u8>,
}

impl Encryptor {
    /// Starts a message. Returns the encryptor and the 56-byte header
    /// (`salt || commitment`) that must precede the chunks.
    ///
    /// The salt must be fresh random bytes; it must never repeat for one input key.
    pub fn new(
        input_key: &[u8; KEY_LEN],
        salt: &[u8; SALT_LEN],
        context: &[u8],
    ) -> (Self, [u8; HEADER_LEN]) {
        let d = derive(input_key, salt, context);
        let mut header = [0u8; HEADER_LEN];
        header[..SALT_LEN].copy_from_slice(salt);
        header[SALT_LEN..].copy_from_slice(&d.commitment);
        (
            Encryptor {
                cipher: ChunkCipher::new(&d),
                index: 0,
                buf: Vec::with_capacity(ENCRYPTED_CHUNK_LEN),
            },
            header,
        )
    }

    /// Encrypts `data`, appending every chunk that filled up to `out`. A
    /// full buffer is flushed at once: the final chunk is always short.
    pub fn update(&mut self, mut data: &[u8], out: &mut Vec<u8>) -> Result<()> {
        while !data.is_empty() {
            let take = (CHUNK_SIZE - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() == CHUNK_SIZE {
                self.cipher.seal(self.index, &mut self.buf)?;
                out.extend_from_slice(&self.buf);
                self.buf.clear();
                self.index += 1;
            }
        }
        Ok(())
    }

    /// Encrypts what is buffered as the final (short, possibly empty) chunk.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<()> {
        self.cipher.seal(self.index, &mut self.buf)?;
        out.extend_from_slice(&self.buf);
        Ok(())
    }
}

/// One-shot encryption of a whole message.
pub fn encrypt(
    input_key: &[u8; KEY_LEN],
    salt: &[u8; SALT_LEN],
    context: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    let (mut enc, header) = Encryptor::new(input_key, salt, context);
    let mut out = Vec::with_capacity(ciphertext_len(plaintext.len() as u64) as usize);
    out.extend_from_slice(&header);
    enc.update(plaintext, &mut out)?;
    enc.finish(&mut out)?;
    Ok(out)
}

/// Checks the header of a message and returns the cipher for its chunks.
///
/// Fails with [`Error::Decrypt`] if the header is short or the commitment
/// does not match the key and context, and with [`Error::InvalidLength`] if
/// the input key is not 32 bytes. Nothing is decrypted before this passes.
pub fn open_header(input_key: &[u8], context: &[u8], header: &[u8]) -> Result<ChunkCipher> {
    let input_key: &[u8; KEY_LEN] = input_key.try_into().map_err(|_| Error::InvalidLength {
        what: "chunked-encryption input key",
        expected: KEY_LEN,
        got: input_key.len(),
    })?;
    if header.len() < HEADER_LEN {
        return Err(Error::Decrypt);
    }
    let mut salt = [0u8; SALT_LEN];
    salt.copy_from_slice(&header[..SALT_LEN]);
    let d = derive(input_key, &salt, context);
    if !bool::from(d.commitment.ct_eq(&header[SALT_LEN..HEADER_LEN])) {
        return Err(Error::Decrypt);
    }
    Ok(ChunkCipher::new(&d))
}

/// One-shot decryption. Either the whole authenticated plaintext or an
/// error; never a prefix.
pub fn decrypt(input_key: &[u8], context: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>> {
    let mut buf = ciphertext.to_vec();
    decrypt_in_place(input_key, context, &mut buf)?;
    Ok(buf)
}

/// One-shot decryption in place, without a second buffer: on success `buf`
/// holds exactly the plaintext; on failure it is zeroed and emptied, so no
/// prefix of an unauthenticated message survives.
///
/// Each chunk is opened where it lies, then moved down over the header and
/// the tags before it (its destination never overlaps a chunk not yet
/// opened).
pub fn decrypt_in_place(input_key: &[u8], context: &[u8], buf: &mut Vec<u8>) -> Result<()> {
    let Ok(cipher) = open_header(input_key, context, buf) else {
        return wipe(buf);
    };
    let Ok(pt_len) = plaintext_len(buf.len() as u64) else {
        return wipe(buf);
    };
    let end = buf.len();
    let (mut read, mut write, mut index) = (HEADER_LEN, 0usize, 0u64);
    // plaintext_len() guaranteed: every chunk but the last is full, the last
    // is short and at least a tag, and there are fewer than MAX_CHUNKS.
    while read < end {
        let chunk_end = (read + ENCRYPTED_CHUNK_LEN).min(end);
        let pt_end = chunk_end - TAG_LEN;
        if cipher
            .open_sealed(index, &mut buf[read..chunk_end])
            .is_err()
        {
            return wipe(buf);
        }
        buf.copy_within(read..pt_end, write);
        write += pt_end - read;
        read = chunk_end;
        index += 1;
    }
    debug_assert_eq!(write as u64, pt_len);
    // The tail now holds stale ciphertext and tags only; clear it anyway.
    buf[write..].zeroize();
    buf.truncate(write);
    Ok(())
}

/// Streaming decryption over any reader: yields each chunk's plaintext
/// only after its tag verified, and buffers one chunk.
///
/// Once it has failed it keeps returning the same error (C2SP's rule for
/// streaming readers). A caller that must not act on a prefix of a message
/// that later fails must buffer until end of stream, or use [`decrypt`].
pub struct DecryptReader<R> {
    inner: R,
    key: Zeroizing<Vec<u8>>,
    context: Vec<u8>,
    state: ReadState,
    index: u64,
    /// Plaintext of the current chunk and how much of it was returned.
    out: Zeroizing<Vec<u8>>,
    pos: usize,
    buf: Vec<u8>,
}

enum ReadState {
    Header,
    Body(Box<ChunkCipher>),
    Done,
    Failed(io::ErrorKind, Error),
}

impl<R: Read> DecryptReader<R> {
    /// Wraps `inner`, a full message (header and chunks).
    pub fn new(inner: R, input_key: &[u8], context: &[u8]) -> Self {
        DecryptReader {
            inner,
            key: Zeroizing::new(input_key.to_vec()),
            context: context.to_vec(),
            state: ReadState::Header,
            index: 0,
            out: Zeroizing::new(Vec::new()),
            pos: 0,
            buf: Vec::with_capacity(ENCRYPTED_CHUNK_LEN),
        }
    }

    fn fill(&mut self, want: usize) -> io::Result<usize> {
        self.buf.clear();
        self.buf.resize(want, 0);
        let mut n = 0;
        while n < want {
            match self.inner.read(&mut self.buf[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.buf.truncate(n);
        Ok(n)
    }

    fn fail<T>(&mut self, e: Error) -> io::Result<T> {
        self.out.zeroize();
        self.out.clear();
        self.pos = 0;
        self.state = ReadState::Failed(io::ErrorKind::InvalidData, e.clone());
        Err(e.into())
    }

    /// Reads and authenticates the next chunk into `self.out`.
    fn next_chunk(&mut self) -> io::Result<()> {
        if let ReadState::Header = self.state {
            let n = self.fill(HEADER_LEN)?;
            if n < HEADER_LEN {
                return self.fail(Error::Decrypt);
            }
            match open_header(&self.key, &self.context, &self.buf) {
                Ok(c) => {
                    self.key.zeroize();
                    self.state = ReadState::Body(Box::new(c))
                }
                Err(e) => return self.fail(e),
            }
        }
        let n = self.fill(ENCRYPTED_CHUNK_LEN)?;
        let ReadState::Body(cipher) = &self.state else {
            return Ok(());
        };
        if self.index >= MAX_CHUNKS {
            return self.fail(Error::Decrypt);
        }
        let last = n < ENCRYPTED_CHUNK_LEN;
        let mut buf = core::mem::take(&mut self.buf);
        let r = cipher.open_in_place(self.index, &mut buf);
        self.out.zeroize();
        self.out.clear();
        self.out.extend_from_slice(&buf);
        buf.zeroize();
        self.buf = buf;
        self.pos = 0;
        if let Err(e) = r {
            return self.fail(e);
        }
        self.index += 1;
        if last {
            self.state = ReadState::Done;
        }
        Ok(())
    }
}

impl<R: Read> Read for DecryptReader<R> {
    fn read(&mut self, dst: &mut [u8]) -> io::Result<usize> {
        loop {
            if let ReadState::Failed(kind, e) = &self.state {
                return Err(io::Error::new(*kind, e.clone()));
            }
            if self.pos < self.out.len() {
                let n = dst.len().min(self.out.len() - self.pos);
                dst[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
                self.pos += n;
                return Ok(n);
            }
            if let ReadState::Done = self.state {
                return Ok(0);
            }
            self.next_chunk()?;
        }
    }
}

/// Streaming encryption into any writer, buffering one chunk.
/// Call [`EncryptWriter::finish`]: dropping it without finishing leaves a
/// truncated message that every reader rejects.
pub struct EncryptWriter<W: Write> {
    inner: W,
    enc: Encryptor,
    out: Vec<u8>,
}

impl<W: Write> EncryptWriter<W> {
    /// Writes the header to `inner` and returns the writer.
    pub fn new(
        mut inner: W,
        input_key: &[u8; KEY_LEN],
        salt: &[u8; SALT_LEN],
        context: &[u8],
    ) -> io::Result<Self> {
        let (enc, header) = Encryptor::new(input_key, salt, context);
        inner.write_all(&header)?;
        Ok(EncryptWriter {
            inner,
            enc,
            out: Vec::with_capacity(ENCRYPTED_CHUNK_LEN),
        })
    }

    /// Writes the final chunk and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.clear();
        self.enc.finish(&mut self.out)?;
        self.inner.write_all(&self.out)?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for EncryptWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        // Bound the output buffer to one chunk: take at most what completes it.
        let n = data.len().min(CHUNK_SIZE);
        self.out.clear();
        self.enc.update(&data[..n], &mut self.out)?;
        self.inner.write_all(&self.out)?;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [7u8; 32];
    const SALT: [u8; 24] = [9u8; 24];

    fn msg(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    #[test]
    fn in_place_decryption_is_all_or_nothing_at_chunk_boundaries() {
        for len in [
            0usize,
            1,
            CHUNK_SIZE - 1,
            CHUNK_SIZE,
            CHUNK_SIZE + 1,
            3 * CHUNK_SIZE + 7,
        ] {
            let pt = msg(len);
            let ct = encrypt(&KEY, &SALT, b"ctx", &pt).unwrap();
            let mut buf = ct.clone();
            decrypt_in_place(&KEY, b"ctx", &mut buf).unwrap();
            assert_eq!(buf, pt, "len {len}");
            // A flipped bit in the last chunk: earlier chunks were already
            // opened in place, and none of their plaintext may survive.
            let mut bad = ct.clone();
            let last = bad.len() - 1;
            bad[last] ^= 1;
            assert_eq!(
                decrypt_in_place(&KEY, b"ctx", &mut bad),
                Err(Error::Decrypt)
            );
            assert!(bad.is_empty(), "len {len}");
            // Truncated by a whole chunk: the final-chunk rule rejects it.
            if len > CHUNK_SIZE {
                let mut cut =
                    ct[..ct.len() - (ct.len() - HEADER_LEN) % ENCRYPTED_CHUNK_LEN].to_vec();
                assert_eq!(
                    decrypt_in_place(&KEY, b"ctx", &mut cut),
                    Err(Error::Decrypt)
                );
                assert!(cut.is_empty());
            }
            let mut wrong_ctx = ct.clone();
            assert_eq!(
                decrypt_in_place(&KEY, b"other", &mut wrong_ctx),
                Err(Error::Decrypt)
            );
            assert!(wrong_ctx.is_empty());
        }
    }

    #[test]
    fn lengths_round_trip_at_chunk_boundaries() {
        for len in [0u64, 1, 16383, 16384, 16385, 32768, 32769, 1 << 20] {
            let ct = ciphertext_len(len);
            assert_eq!(plaintext_len(ct), Ok(len), "len {len}");
            assert_eq!(
                plaintext_len(ct - 1).is_err(),
                (len % 16384) == 0,
                "len {len}"
            );
        }
        assert!(plaintext_len(55).is_err());
        assert!(plaintext_len(56).is_err());
        assert!(plaintext_len(56 + 15).is_err());
        assert!(
            plaintext_len(56 + 16400).is_err(),
            "full chunk with no final chunk"
        );
    }

    #[test]
    fn boundaries_round_trip_one_shot_and_streaming() {
        for len in [0usize, 1, 16383, 16384, 16385, 49152, 50000] {
            let m = msg(len);
            let ct = encrypt(&KEY, &SALT, b"ctx", &m).unwrap();
            assert_eq!(ct.len() as u64, ciphertext_len(len as u64));
            assert_eq!(decrypt(&KEY, b"ctx", &ct).unwrap(), m);
            let mut r = DecryptReader::new(&ct[..], &KEY, b"ctx");
            let mut got = Vec::new();
            r.read_to_end(&mut got).unwrap();
            assert_eq!(got, m);
            // Streaming writer with odd write sizes gives identical bytes.
            let mut w = EncryptWriter::new(Vec::new(), &KEY, &SALT, b"ctx").unwrap();
            for piece in m.chunks(7000) {
                w.write_all(piece).unwrap();
            }
            assert_eq!(w.finish().unwrap(), ct);
        }
    }

    #[test]
    fn every_truncation_fails_and_keeps_failing() {
        let m = msg(16384 * 2 + 10);
        let ct = encrypt(&KEY, &SALT, b"", &m).unwrap();
        for cut in [
            0,
            10,
            55,
            56,
            57,
            71,
            72,
            56 + 16400,
            56 + 16400 + 15,
            ct.len() - 1,
        ] {
            assert_eq!(
                decrypt(&KEY, b"", &ct[..cut]),
                Err(Error::Decrypt),
                "cut {cut}"
            );
            let mut r = DecryptReader::new(&ct[..cut], &KEY, b"");
            let mut got = Vec::new();
            assert!(r.read_to_end(&mut got).is_err(), "cut {cut}");
            assert!(m.starts_with(&got));
            let mut b = [0u8; 10];
            assert!(r.read(&mut b).is_err(), "error must repeat");
        }
    }

    #[test]
    fn random_access_reads_each_chunk() {
        let m = msg(16384 * 3 + 5);
        let ct = encrypt(&KEY, &SALT, b"ra", &m).unwrap();
        let c = open_header(&KEY, b"ra", &ct).unwrap();
        let n = chunk_count(plaintext_len(ct.len() as u64).unwrap());
        assert_eq!(n, 4);
        for k in [3u64, 1, 0, 2] {
            let start = chunk_offset(k) as usize;
            let end = (start + ENCRYPTED_CHUNK_LEN).min(ct.len());
            let pt = c.open_chunk(k, &ct[start..end]).unwrap();
            let ps = k as usize * CHUNK_SIZE;
            assert_eq!(pt, m[ps..(ps + CHUNK_SIZE).min(m.len())]);
            // The same chunk under another index fails.
            assert!(c.open_chunk(k ^ 1, &ct[start..end]).is_err());
        }
    }

    #[test]
    fn wrong_context_or_key_fails_at_header() {
        let ct = encrypt(&KEY, &SALT, b"a", b"hello").unwrap();
        assert!(open_header(&KEY, b"b", &ct).is_err());
        assert!(open_header(&[8u8; 32], b"a", &ct).is_err());
        assert!(matches!(
            open_header(&[8u8; 31], b"a", &ct),
            Err(Error::InvalidLength { .. })
        ));
    }
}

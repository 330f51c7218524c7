//! The bundle header (public: id, key slots, encrypted manifest, MAC) and
//! the encryption of objects.
//!
//! ```text
//! header   = magic "PNLCRYPT" (8) || version 0x01 || flags 0x00 || bundle_id (16)
//!          || slot_count (u16 BE) || slot*  || manifest_len (u32 BE) || manifest
//!          || mac (32)
//! slot     = type (1) || id (16) || body_len (u16 BE) || body
//! manifest = Cobblestone-256(bundle key, ctx("manifest", bundle_id), padded manifest)
//! mac      = HMAC-SHA-256(HKDF-Expand-SHA-512(bundle key, "panelcrypt/v1 header-mac", 32),
//!                         every header byte before the mac)
//! object   = Cobblestone-256(bundle key, ctx("object", bundle_id || object_id || width), data || 0*)
//! ```

use std::io::{self, Read};

use hmac::{Hmac, KeyInit, Mac};
use rand_core::CryptoRng;
use sha2::Sha256;
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, Zeroizing};

use crate::chunked::{self, DecryptReader, Encryptor};
use crate::error::{Error, Result};
use crate::manifest::{Manifest, ObjectRef};
use crate::padme::padme;
use crate::principal::{Identity, Recipient};
use crate::slot::{KdfParams, SLOT_PASSPHRASE, Slot};
use crate::{BundleKey, ObjectId};

/// The 8 magic bytes that start every header.
pub const MAGIC: &[u8; 8] = b"PNLCRYPT";
/// The format version this library writes and reads.
pub const VERSION: u8 = 1;
/// Most key slots a header may hold.
pub const MAX_SLOTS: usize = 1024;
/// Largest encrypted manifest accepted.
pub const MAX_MANIFEST_CT: u64 =
    chunked::ciphertext_len(padme(4 + crate::manifest::MAX_MANIFEST_JSON as u64));
/// Length of the header MAC.
pub const MAC_LEN: usize = 32;
/// Largest header accepted (slots + manifest + fixed fields).
pub const MAX_HEADER_LEN: usize =
    28 + MAX_SLOTS * (19 + 0xffff) + 4 + MAX_MANIFEST_CT as usize + MAC_LEN;
/// File name of the header inside a bundle directory.
pub const HEADER_FILE: &str = "header.pcb";
/// Directory of objects inside a bundle directory.
pub const OBJECT_DIR: &str = "o";

/// The context of a bundle-level Cobblestone message:
/// `"panelcrypt/v1" || 0x00 || label || 0x00 || bundle_id || extra`.
pub fn context(label: &str, bundle_id: &[u8; 16], extra: &[u8]) -> Vec<u8> {
    let mut c = Vec::with_capacity(16 + label.len() + 16 + extra.len());
    c.extend_from_slice(b"panelcrypt/v1\x00");
    c.extend_from_slice(label.as_bytes());
    c.push(0);
    c.extend_from_slice(bundle_id);
    c.extend_from_slice(extra);
    c
}

/// The context of an object: binds format version, bundle, object and variant width (0 = original).
pub fn object_context(bundle_id: &[u8; 16], id: &ObjectId, width: u32) -> Vec<u8> {
    let mut extra = id.0.to_vec();
    extra.extend_from_slice(&width.to_be_bytes());
    context("object", bundle_id, &extra)
}

fn mac_key(key: &BundleKey) -> Zeroizing<[u8; 32]> {
    let mut k = Zeroizing::new([0u8; 32]);
    chunked::hkdf_expand_sha512(key.expose(), &[b"panelcrypt/v1 header-mac"], &mut k[..]);
    k
}

fn header_mac(key: &BundleKey, bytes: &[u8]) -> [u8; 32] {
    // HMAC takes keys of any length.
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&mac_key(key)[..])
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    m.update(bytes);
    m.finalize().into_bytes().into()
}

/// Reads the fixed part and the slots: everything the key service needs.
/// Returns `(bundle_id, slots, offset after the slots)`.
pub fn parse_slot_section(b: &[u8]) -> Result<([u8; 16], Vec<Slot>, usize)> {
    if b.len() < 8 || &b[..8] != MAGIC {
        return Err(Error::NotABundle);
    }
    if b.len() < 28 {
        return Err(Error::Malformed("header is shorter than its fixed fields"));
    }
    if b[8] != VERSION {
        return Err(Error::UnsupportedVersion(b[8]));
    }
    if b[9] != 0 {
        return Err(Error::Malformed("reserved flags byte is not zero"));
    }
    let mut bundle_id = [0u8; 16];
    bundle_id.copy_from_slice(&b[10..26]);
    let n = u16::from_be_bytes([b[26], b[27]]) as usize;
    if n == 0 || n > MAX_SLOTS {
        return Err(Error::Malformed("slot count must be between 1 and 1024"));
    }
    let mut off = 28;
    let mut slots = Vec::with_capacity(n);
    for _ in 0..n {
        if b.len() < off + 19 {
            return Err(Error::Malformed("header ends inside a slot"));
        }
        let kind = b[off];
        let mut id = [0u8; 16];
        id.copy_from_slice(&b[off + 1..off + 17]);
        let len = u16::from_be_bytes([b[off + 17], b[off + 18]]) as usize;
        off += 19;
        if b.len() < off + len {
            return Err(Error::Malformed("header ends inside a slot body"));
        }
        if let Some(want) = Slot::expected_body_len(kind)
            && want != len
        {
            return Err(Error::Malformed(
                "a slot body has the wrong length for its type",
            ));
        }
        slots.push(Slot {
            kind,
            id,
            body: b[off..off + len].to_vec(),
        });
        off += len;
    }
    Ok((bundle_id, slots, off))
}

/// A parsed, not yet authenticated, bundle header.
#[derive(Debug, Clone)]
pub struct Header {
    /// Random bundle identifier.
    pub bundle_id: [u8; 16],
    /// The key slots, in file order.
    pub slots: Vec<Slot>,
    manifest_ct: Vec<u8>,
    mac: [u8; MAC_LEN],
    /// Length of the bytes the MAC covers.
    mac_input_len: usize,
    raw: Vec<u8>,
}

impl Header {
    /// Parses a header, checking every structural MUST-reject rule. Nothing
    /// is authenticated yet: open a slot and call [`Header::open`].
    pub fn parse(b: &[u8]) -> Result<Header> {
        if b.len() > MAX_HEADER_LEN {
            return Err(Error::LimitExceeded("header larger than the format allows"));
        }
        let (bundle_id, slots, mut off) = parse_slot_section(b)?;
        if b.len() < off + 4 {
            return Err(Error::Malformed("header ends before the manifest length"));
        }
        let mlen = u32::from_be_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]]) as usize;
        off += 4;
        if mlen as u64 > MAX_MANIFEST_CT || chunked::plaintext_len(mlen as u64).is_err() {
            return Err(Error::Malformed(
                "manifest length is not a valid ciphertext length",
            ));
        }
        if b.len() != off + mlen + MAC_LEN {
            return Err(Error::Malformed(
                "header length does not match its manifest length (truncated or trailing bytes)",
            ));
        }
        let manifest_ct = b[off..off + mlen].to_vec();
        let mut mac = [0u8; MAC_LEN];
        mac.copy_from_slice(&b[off + mlen..]);
        Ok(Header {
            bundle_id,
            slots,
            manifest_ct,
            mac,
            mac_input_len: off + mlen,
            raw: b.to_vec(),
        })
    }

    /// The raw header bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.raw
    }

    /// Length of the encrypted manifest, as anyone can see it.
    pub fn manifest_ciphertext_len(&self) -> usize {
        self.manifest_ct.len()
    }

    /// Opens the first slot whose id matches one of `identities`.
    pub fn unlock(&self, identities: &[Identity]) -> Result<BundleKey> {
        let mut tried = false;
        for id in identities {
            let sid = id.recipient().slot_id(&self.bundle_id);
            for s in self.slots.iter().filter(|s| s.id == sid) {
                tried = true;
                if let Ok(k) = s.open_with(id, &self.bundle_id) {
                    return Ok(k);
                }
            }
        }
        Err(if tried {
            Error::Decrypt
        } else {
            Error::NoMatchingSlot
        })
    }

    /// Opens the first passphrase slot that `passphrase` opens.
    pub fn unlock_passphrase(&self, passphrase: &[u8]) -> Result<BundleKey> {
        let mut any = false;
        for s in self.slots.iter().filter(|s| s.kind == SLOT_PASSPHRASE) {
            any = true;
            if let Ok(k) = s.open_passphrase(passphrase, &self.bundle_id) {
                return Ok(k);
            }
        }
        Err(if any {
            Error::Decrypt
        } else {
            Error::NoMatchingSlot
        })
    }

    /// Verifies the header MAC and decrypts the manifest. A wrong key or
    /// any modified header byte is [`Error::Decrypt`].
    pub fn open(&self, key: &BundleKey) -> Result<Manifest> {
        let want = header_mac(key, &self.raw[..self.mac_input_len]);
        if !bool::from(want.ct_eq(&self.mac)) {
            return Err(Error::Decrypt);
        }
        let pt = Zeroizing::new(chunked::decrypt(
            key.expose(),
            &context("manifest", &self.bundle_id, &[]),
            &self.manifest_ct,
        )?);
        Manifest::from_plaintext(&pt)
    }
}

/// Builds a header: the bundle key sealed to every recipient (and a
/// passphrase, if given), the manifest encrypted, the MAC computed.
pub fn seal_header(
    key: &BundleKey,
    bundle_id: &[u8; 16],
    recipients: &[Recipient],
    passphrase: Option<(&[u8], &KdfParams)>,
    manifest: &Manifest,
    rng: &mut impl CryptoRng,
) -> Result<Vec<u8>> {
    let mut slots = Vec::with_capacity(recipients.len() + 1);
    for r in recipients {
        let s = Slot::seal_to(r, bundle_id, key, rng)?;
        if !slots.iter().any(|x: &Slot| x.id == s.id) {
            slots.push(s);
        }
    }
    if let Some((p, params)) = passphrase {
        slots.push(Slot::seal_passphrase(p, params, bundle_id, key, rng)?);
    }
    if slots.is_empty() {
        return Err(Error::Malformed(
            "a bundle needs at least one recipient or a passphrase",
        ));
    }
    if slots.len() > MAX_SLOTS {
        return Err(Error::LimitExceeded("more than 1024 key slots"));
    }
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.push(0);
    out.extend_from_slice(bundle_id);
    out.extend_from_slice(&(slots.len() as u16).to_be_bytes());
    for s in &slots {
        out.push(s.kind);
        out.extend_from_slice(&s.id);
        out.extend_from_slice(&(s.body.len() as u16).to_be_bytes());
        out.extend_from_slice(&s.body);
    }
    let mut pt = Zeroizing::new(manifest.to_plaintext()?);
    let mut salt = [0u8; chunked::SALT_LEN];
    rng.fill_bytes(&mut salt);
    let ct = chunked::encrypt(
        key.expose(),
        &salt,
        &context("manifest", bundle_id, &[]),
        &pt,
    )?;
    pt.zeroize();
    out.extend_from_slice(&(ct.len() as u32).to_be_bytes());
    out.extend_from_slice(&ct);
    let mac = header_mac(key, &out);
    out.extend_from_slice(&mac);
    Ok(out)
}

/// Streaming encryption of one object, padding it on `finish`.
pub struct ObjectEncryptor {
    enc: Encryptor,
    written: u64,
}

impl ObjectEncryptor {
    /// Starts object `id` (variant `width`, 0 for the original) of bundle
    /// `bundle_id`. Returns the encryptor and the 56 bytes that start the object.
    pub fn new(
        key: &BundleKey,
        bundle_id: &[u8; 16],
        id: &ObjectId,
        width: u32,
        rng: &mut impl CryptoRng,
    ) -> (Self, [u8; chunked::HEADER_LEN]) {
        let mut salt = [0u8; chunked::SALT_LEN];
        rng.fill_bytes(&mut salt);
        let (enc, h) = Encryptor::new(key.expose(), &salt, &object_context(bundle_id, id, width));
        (ObjectEncryptor { enc, written: 0 }, h)
    }

    /// Encrypts more data; full chunks are appended to `out`.
    pub fn update(&mut self, data: &[u8], out: &mut Vec<u8>) -> Result<()> {
        self.written += data.len() as u64;
        self.enc.update(data, out)
    }

    /// Pads to PADMÉ(length) with zeros and writes the final chunk.
    /// Returns the true length. Call after every byte was passed to `update`.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<u64> {
        let len = self.written;
        let mut pad = padme(len) - len;
        let zeros = [0u8; 4096];
        while pad > 0 {
            let n = pad.min(zeros.len() as u64) as usize;
            self.enc.update(&zeros[..n], out)?;
            pad -= n as u64;
        }
        self.enc.finish(out)?;
        Ok(len)
    }
}

/// One-shot encryption of an object; returns the ciphertext.
pub fn encrypt_object(
    key: &BundleKey,
    bundle_id: &[u8; 16],
    id: &ObjectId,
    width: u32,
    data: &[u8],
    rng: &mut impl CryptoRng,
) -> Result<Vec<u8>> {
    let (mut e, h) = ObjectEncryptor::new(key, bundle_id, id, width, rng);
    let mut out = h.to_vec();
    e.update(data, &mut out)?;
    e.finish(&mut out)?;
    Ok(out)
}

/// The exact ciphertext length of an object whose true length is `len`.
pub const fn object_ciphertext_len(len: u64) -> u64 {
    chunked::ciphertext_len(padme(len))
}

/// One-shot decryption of object `r` (variant `width`): checks the
/// ciphertext length, every chunk, and the zero padding. All or nothing.
pub fn decrypt_object(
    key: &BundleKey,
    bundle_id: &[u8; 16],
    r: &ObjectRef,
    width: u32,
    ciphertext: &[u8],
) -> Result<Vec<u8>> {
    let mut buf = ciphertext.to_vec();
    decrypt_object_in_place(key, bundle_id, r, width, &mut buf)?;
    Ok(buf)
}

/// [`decrypt_object`] in place: on success `buf` holds exactly the
/// object's `r.len` true bytes; on failure it is zeroed and emptied and the
/// error is [`Error::Decrypt`].
pub fn decrypt_object_in_place(
    key: &BundleKey,
    bundle_id: &[u8; 16],
    r: &ObjectRef,
    width: u32,
    buf: &mut Vec<u8>,
) -> Result<()> {
    if buf.len() as u64 != object_ciphertext_len(r.len) {
        return chunked::wipe(buf);
    }
    chunked::decrypt_in_place(key.expose(), &object_context(bundle_id, &r.id, width), buf)?;
    if buf[r.len as usize..].iter().any(|&b| b != 0) {
        return chunked::wipe(buf);
    }
    buf.truncate(r.len as usize);
    Ok(())
}

/// Streaming decryption of an object with bounded memory: yields the true
/// bytes, then checks padding and total length; any failure is
/// [`Error::Decrypt`] and repeats. Consumers that must not act on a prefix
/// (e.g. `open`) write to a temporary file and keep it only on success.
pub struct ObjectReader<R: Read> {
    inner: DecryptReader<R>,
    remaining: u64,
    padding: u64,
    finished: bool,
}

impl<R: Read> ObjectReader<R> {
    /// Wraps the object's ciphertext.
    pub fn new(inner: R, key: &BundleKey, bundle_id: &[u8; 16], r: &ObjectRef, width: u32) -> Self {
        ObjectReader {
            inner: DecryptReader::new(
                inner,
                key.expose(),
                &object_context(bundle_id, &r.id, width),
            ),
            remaining: r.len,
            padding: padme(r.len) - r.len,
            finished: false,
        }
    }

    fn check_tail(&mut self) -> io::Result<()> {
        let mut buf = [0u8; 4096];
        let mut seen = 0u64;
        loop {
            let n = self.inner.read(&mut buf)?;
            if n == 0 {
                break;
            }
            seen += n as u64;
            if seen > self.padding || buf[..n].iter().any(|&b| b != 0) {
                return Err(Error::Decrypt.into());
            }
        }
        if seen != self.padding {
            return Err(Error::Decrypt.into());
        }
        self.finished = true;
        Ok(())
    }
}

impl<R: Read> Read for ObjectReader<R> {
    fn read(&mut self, dst: &mut [u8]) -> io::Result<usize> {
        if dst.is_empty() {
            return Ok(0);
        }
        if self.remaining == 0 {
            if !self.finished {
                self.check_tail()?;
            }
            return Ok(0);
        }
        let want = dst
            .len()
            .min(self.remaining.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut dst[..want])?;
        if n == 0 {
            return Err(Error::Decrypt.into());
        }
        self.remaining -= n as u64;
        if self.remaining == 0 {
            // Authenticate the end before the caller sees end-of-file.
            self.check_tail()?;
        }
        Ok(n)
    }
}

//! The master key file: the key service's one secret, as text.
//!
//! ```text
//! # panelcrypt master secret ...comment lines...
//! PANELCRYPT-MASTER-1<bech32m of the 32 secret bytes, upper case>
//! ```
//! or, protected by a passphrase (Argon2id + Cobblestone-256, see
//! [`crate::slot::passphrase_wrap`]):
//! ```text
//! PANELCRYPT-MASTER-ENC-1<bech32m of params || salt || ciphertext, upper case>
//! ```

use rand_core::CryptoRng;
use zeroize::Zeroizing;

use crate::bech32;
use crate::error::{Error, Result};
use crate::principal::MasterSecret;
use crate::slot::{KdfParams, passphrase_unwrap, passphrase_wrap};

const HRP_PLAIN: &str = "panelcrypt-master-";
const HRP_ENC: &str = "panelcrypt-master-enc-";
const CONTEXT: &[u8] = b"panelcrypt/v1\x00master-key-file\x00";

/// What a key file holds.
pub enum KeyFile {
    /// The secret in the clear (protect the file with permissions).
    Plain(MasterSecret),
    /// The secret wrapped under a passphrase; call [`KeyFile::unlock`].
    Encrypted(Vec<u8>),
}

/// Encodes a master secret as key-file text, optionally passphrase-protected.
pub fn encode(
    secret: &MasterSecret,
    passphrase: Option<(&[u8], &KdfParams)>,
    rng: &mut impl CryptoRng,
) -> Result<Zeroizing<String>> {
    let line = match passphrase {
        None => bech32::encode(HRP_PLAIN, secret.expose()),
        Some((p, params)) => bech32::encode(
            HRP_ENC,
            &passphrase_wrap(p, params, CONTEXT, secret.expose(), rng)?,
        ),
    };
    Ok(Zeroizing::new(format!(
        "# panelcrypt master secret: whoever reads this line can open every bundle.\n\
         # Keep it only where `panelcrypt serve` runs. Never commit it, never put it in CI.\n{}\n",
        line.to_ascii_uppercase()
    )))
}

impl KeyFile {
    /// Parses key-file text (comment lines start with `#`).
    pub fn parse(text: &str) -> Result<KeyFile> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or(Error::Malformed("key file has no key line"))?;
        let (hrp, bytes) = bech32::decode(line).map_err(|_| {
            Error::Malformed("key line is not a panelcrypt master key (bad checksum?)")
        })?;
        let bytes = Zeroizing::new(bytes);
        match hrp.as_str() {
            HRP_PLAIN => {
                let arr: [u8; 32] = bytes[..].try_into().map_err(|_| Error::InvalidLength {
                    what: "master secret",
                    expected: 32,
                    got: bytes.len(),
                })?;
                Ok(KeyFile::Plain(MasterSecret::from_bytes(arr)))
            }
            HRP_ENC => Ok(KeyFile::Encrypted(bytes.to_vec())),
            _ => Err(Error::Malformed("key line is not a panelcrypt master key")),
        }
    }

    /// True if a passphrase is needed.
    pub fn is_encrypted(&self) -> bool {
        matches!(self, KeyFile::Encrypted(_))
    }

    /// Returns the secret, using `passphrase` if the file is encrypted.
    /// A wrong passphrase is [`Error::Decrypt`].
    pub fn unlock(self, passphrase: Option<&[u8]>) -> Result<MasterSecret> {
        match self {
            KeyFile::Plain(s) => Ok(s),
            KeyFile::Encrypted(w) => {
                let p = passphrase.ok_or(Error::Decrypt)?;
                let pt = passphrase_unwrap(p, CONTEXT, &w)?;
                let arr: [u8; 32] = pt[..].try_into().map_err(|_| Error::Decrypt)?;
                Ok(MasterSecret::from_bytes(arr))
            }
        }
    }
}

//! # panelcrypt-core
//!
//! The panelcrypt bundle format, specified in `docs/FORMAT.md`: objects
//! encrypted with C2SP chunked encryption (Cobblestone-256), a bundle key
//! sealed to principals with HPKE (RFC 9180) and optionally to a passphrase
//! with Argon2id (RFC 9106), an encrypted manifest, PADMÉ padding.
//!
//! Pure Rust, no I/O (readers and writers are generic over `std::io`
//! traits), builds for native targets and `wasm32-unknown-unknown`.
//! Randomness is always passed in as a [`rand_core::CryptoRng`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bech32;
pub mod bundle;
pub mod chunked;
pub mod error;
pub mod keyfile;
pub mod manifest;
pub mod padme;
pub mod principal;
pub mod slot;
pub mod xwing;

use core::fmt;
use core::str::FromStr;

use rand_core::CryptoRng;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

pub use error::{Error, Result};
pub use manifest::Manifest;
pub use principal::{Identity, MasterSecret, Principal, Recipient, Role, Suite};

/// The random 32-byte key of one bundle: the Cobblestone input key of the
/// manifest and of every object. Fresh for every bundle; never reused.
pub struct BundleKey(Zeroizing<[u8; 32]>);

impl BundleKey {
    /// A fresh random bundle key.
    pub fn generate(rng: &mut impl CryptoRng) -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        rng.fill_bytes(&mut k[..]);
        BundleKey(k)
    }

    /// Wraps 32 bytes (e.g. received from the key service).
    pub fn from_slice(b: &[u8]) -> Result<Self> {
        let arr: [u8; 32] = b.try_into().map_err(|_| Error::InvalidLength {
            what: "bundle key",
            expected: 32,
            got: b.len(),
        })?;
        Ok(BundleKey(Zeroizing::new(arr)))
    }

    /// The key bytes. Handle with care.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for BundleKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BundleKey(<redacted>)")
    }
}

/// A random 16-byte object identifier; its lower-case hex is the object's
/// file name under `o/`, which says nothing about the content.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId(pub [u8; 16]);

impl ObjectId {
    /// A fresh random id.
    pub fn generate(rng: &mut impl CryptoRng) -> Self {
        let mut b = [0u8; 16];
        rng.fill_bytes(&mut b);
        ObjectId(b)
    }

    /// The file name: 32 lower-case hex digits.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

impl fmt::Debug for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjectId({})", self.to_hex())
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl FromStr for ObjectId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        if s.len() != 32 || !s.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(Error::Malformed(
                "object id is not 32 lower-case hex digits",
            ));
        }
        let mut b = [0u8; 16];
        hex::decode_to_slice(s, &mut b).map_err(|_| Error::Malformed("object id is not hex"))?;
        Ok(ObjectId(b))
    }
}

impl Serialize for ObjectId {
    fn serialize<S: Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for ObjectId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> core::result::Result<Self, D::Error> {
        let s = <&str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

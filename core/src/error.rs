//! The one error type of the format library.

use core::fmt;

/// Everything that can go wrong while reading or writing a bundle.
///
/// Every authentication failure — a wrong key, a modified or swapped object,
/// a truncated stream, a slot that does not open, a bad passphrase — is the
/// single opaque [`Error::Decrypt`], so that no caller can build an oracle
/// out of *which* check failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// Authentication failed: wrong key, wrong context, modified, swapped,
    /// reordered, truncated or extended ciphertext.
    Decrypt,
    /// The input is not a panelcrypt structure at all (bad magic).
    NotABundle,
    /// The structure was written by a format version this library does not read.
    UnsupportedVersion(u8),
    /// The structure is well-formed bytes but breaks a MUST-reject rule of
    /// `docs/FORMAT.md`; the string names the rule.
    Malformed(&'static str),
    /// A key, salt or other fixed-size input has the wrong length.
    InvalidLength {
        /// What had the wrong length.
        what: &'static str,
        /// The length required.
        expected: usize,
        /// The length given.
        got: usize,
    },
    /// A principal string does not follow the grammar; the string says how.
    InvalidPrincipal(String),
    /// A recipient string is not a valid panelcrypt recipient; the string says how.
    InvalidRecipient(String),
    /// No key slot in the bundle can be opened with the keys given.
    NoMatchingSlot,
    /// A limit was exceeded (too many slots, too large a manifest, ...).
    LimitExceeded(&'static str),
    /// Argon2id parameters are out of the accepted range.
    InvalidKdfParams(&'static str),
    /// An operation failed that only fails on a broken system random number generator.
    Rng,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Decrypt => f.write_str(
                "decryption failed: wrong key, or the data was modified, swapped or truncated",
            ),
            Error::NotABundle => f.write_str("not a panelcrypt bundle (bad magic bytes)"),
            Error::UnsupportedVersion(v) => {
                write!(
                    f,
                    "unsupported panelcrypt format version {v}; upgrade panelcrypt"
                )
            }
            Error::Malformed(rule) => write!(f, "malformed bundle: {rule}"),
            Error::InvalidLength {
                what,
                expected,
                got,
            } => write!(f, "{what} must be {expected} bytes, got {got}"),
            Error::InvalidPrincipal(why) => write!(f, "invalid principal: {why}"),
            Error::InvalidRecipient(why) => write!(f, "invalid recipient: {why}"),
            Error::NoMatchingSlot => {
                f.write_str("no key slot in this bundle can be opened with the given keys")
            }
            Error::LimitExceeded(what) => write!(f, "limit exceeded: {what}"),
            Error::InvalidKdfParams(why) => write!(f, "invalid Argon2id parameters: {why}"),
            Error::Rng => f.write_str("the system random number generator failed"),
        }
    }
}

impl std::error::Error for Error {}

impl From<Error> for std::io::Error {
    fn from(e: Error) -> Self {
        let kind = match e {
            Error::Decrypt | Error::Malformed(_) | Error::NotABundle => {
                std::io::ErrorKind::InvalidData
            }
            _ => std::io::ErrorKind::Other,
        };
        std::io::Error::new(kind, e)
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = core::result::Result<T, E>;

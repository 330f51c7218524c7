//! Principals (who may see a bundle), their key pairs derived from one
//! master secret, and the public *recipient* strings that sealing needs.
//!
//! Grammar (see `docs/FORMAT.md`, "Principals"):
//!
//! ```text
//! principal = "user:" login
//!           / "team:" name [ "@" org-id ]
//!           / "role:" ( "Viewer" / "Editor" / "Admin" ) [ "@" org-id ]
//! org-id    = 1*DIGIT            ; Grafana's numeric org id, default 1
//! ```
//!
//! The canonical form always carries the org (`team:ops@1`); logins are
//! lower-cased, as Grafana matches logins case-insensitively.

use core::fmt;
use core::str::FromStr;

use hkdf::Hkdf;
use hpke::kem::{X25519HkdfSha256, XWing};

use crate::xwing::XWingExpanded;
use hpke::{Deserializable, Kem, Serializable};
use rand_core::CryptoRng;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::bech32;
use crate::error::{Error, Result};

/// Maximum length in bytes of a login or team name.
pub const MAX_NAME_LEN: usize = 256;

/// A Grafana organisation role. Higher roles imply the lower ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Grafana `Viewer`.
    Viewer,
    /// Grafana `Editor`.
    Editor,
    /// Grafana `Admin`.
    Admin,
}

impl Role {
    /// Parses Grafana's spelling; `None` and anything else is not a role.
    pub fn from_grafana(s: &str) -> Option<Role> {
        match s {
            "Viewer" => Some(Role::Viewer),
            "Editor" => Some(Role::Editor),
            "Admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// Grafana's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "Viewer",
            Role::Editor => "Editor",
            Role::Admin => "Admin",
        }
    }

    /// This role and every role below it (`Admin` → Admin, Editor, Viewer).
    pub fn with_implied(self) -> impl Iterator<Item = Role> {
        [Role::Admin, Role::Editor, Role::Viewer]
            .into_iter()
            .filter(move |r| *r <= self)
    }
}

/// Someone or some group that may be allowed to see a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Principal {
    /// A Grafana user, by login (lower-cased).
    User(String),
    /// A Grafana team in an org.
    Team {
        /// Team name, exactly as in Grafana.
        name: String,
        /// Numeric org id.
        org: u64,
    },
    /// Everyone with at least this org role in an org.
    Role {
        /// The role.
        role: Role,
        /// Numeric org id.
        org: u64,
    },
}

fn check_name(kind: &str, s: &str) -> Result<()> {
    if s.is_empty() {
        return Err(Error::InvalidPrincipal(format!("{kind} name is empty")));
    }
    if s.len() > MAX_NAME_LEN {
        return Err(Error::InvalidPrincipal(format!(
            "{kind} name is longer than {MAX_NAME_LEN} bytes"
        )));
    }
    if s.chars().any(char::is_control) {
        return Err(Error::InvalidPrincipal(format!(
            "{kind} name contains a control character"
        )));
    }
    Ok(())
}

fn split_org(s: &str) -> Result<(&str, u64)> {
    match s.rsplit_once('@') {
        Some((name, org)) if !org.is_empty() && org.bytes().all(|b| b.is_ascii_digit()) => {
            let org = org
                .parse::<u64>()
                .map_err(|_| Error::InvalidPrincipal(format!("org id {org:?} is too large")))?;
            if org == 0 {
                return Err(Error::InvalidPrincipal(
                    "org id 0 does not exist in Grafana".into(),
                ));
            }
            Ok((name, org))
        }
        _ => Ok((s, 1)),
    }
}

impl FromStr for Principal {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        if let Some(login) = s.strip_prefix("user:") {
            check_name("user", login)?;
            return Ok(Principal::User(login.to_lowercase()));
        }
        if let Some(rest) = s.strip_prefix("team:") {
            let (name, org) = split_org(rest)?;
            check_name("team", name)?;
            return Ok(Principal::Team {
                name: name.to_string(),
                org,
            });
        }
        if let Some(rest) = s.strip_prefix("role:") {
            let (name, org) = split_org(rest)?;
            let role = Role::from_grafana(name).ok_or_else(|| {
                Error::InvalidPrincipal(format!(
                    "role {name:?} is not one of Viewer, Editor, Admin (case matters)"
                ))
            })?;
            return Ok(Principal::Role { role, org });
        }
        Err(Error::InvalidPrincipal(format!(
            "{s:?} does not start with user:, team: or role: (e.g. user:alice, team:ops@1, role:Viewer@1)"
        )))
    }
}

impl fmt::Display for Principal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Principal::User(l) => write!(f, "user:{l}"),
            Principal::Team { name, org } => write!(f, "team:{name}@{org}"),
            Principal::Role { role, org } => write!(f, "role:{}@{org}", role.as_str()),
        }
    }
}

/// An HPKE suite for key slots: KEM, HKDF-SHA256, AES-256-GCM.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Suite {
    /// X-Wing (ML-KEM-768 + X25519), post-quantum hybrid. The default.
    XWing,
    /// DHKEM(X25519, HKDF-SHA256): small, classical only.
    X25519,
}

impl Suite {
    /// The label used in key derivation.
    pub fn label(self) -> &'static str {
        match self {
            Suite::XWing => "xwing",
            Suite::X25519 => "x25519",
        }
    }

    /// The Bech32 prefix of recipients of this suite.
    pub fn hrp(self) -> &'static str {
        match self {
            Suite::XWing => "pcpq",
            Suite::X25519 => "pcx",
        }
    }

    /// The key slot type byte of this suite.
    pub fn slot_type(self) -> u8 {
        match self {
            Suite::XWing => crate::slot::SLOT_HPKE_XWING,
            Suite::X25519 => crate::slot::SLOT_HPKE_X25519,
        }
    }

    /// Both suites, default first.
    pub const ALL: [Suite; 2] = [Suite::XWing, Suite::X25519];
}

/// The 32-byte secret from which every principal's key pair is derived.
/// Whoever holds it can open every bundle: it lives only in the key service.
pub struct MasterSecret(Zeroizing<[u8; 32]>);

impl MasterSecret {
    /// Length in bytes.
    pub const LEN: usize = 32;

    /// A fresh random master secret.
    pub fn generate(rng: &mut impl CryptoRng) -> Self {
        let mut b = Zeroizing::new([0u8; 32]);
        rng.fill_bytes(&mut b[..]);
        MasterSecret(b)
    }

    /// Wraps existing secret bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        MasterSecret(Zeroizing::new(bytes))
    }

    /// The secret bytes. Handle with care.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    /// The IKM for a principal's key pair:
    /// `HKDF-SHA256(salt = "panelcrypt/v1 principal-key", ikm = master,
    ///  info = suite-label || 0x00 || epoch (u32 BE) || canonical principal)`, 32 bytes.
    fn ikm(&self, principal: &Principal, suite: Suite, epoch: u32) -> Zeroizing<[u8; 32]> {
        let hk = Hkdf::<Sha256>::new(Some(b"panelcrypt/v1 principal-key"), &self.0[..]);
        let canonical = principal.to_string();
        let mut okm = Zeroizing::new([0u8; 32]);
        // 32 bytes is far below HKDF's 255*32 limit: expand cannot fail.
        hk.expand_multi_info(
            &[
                suite.label().as_bytes(),
                &[0u8],
                &epoch.to_be_bytes(),
                canonical.as_bytes(),
            ],
            &mut okm[..],
        )
        .unwrap_or_else(|_| unreachable!("32-byte HKDF output"));
        okm
    }

    /// The private key of `principal` for `suite` in key epoch `epoch`,
    /// by HPKE `DeriveKeyPair(ikm)`.
    pub fn identity(&self, principal: &Principal, suite: Suite, epoch: u32) -> Identity {
        let ikm = self.ikm(principal, suite, epoch);
        match suite {
            Suite::XWing => Identity::XWing(Box::new(XWingExpanded::derive_keypair(&ikm[..]))),
            Suite::X25519 => Identity::X25519(Box::new(X25519HkdfSha256::derive_keypair(&ikm[..]))),
        }
    }

    /// The public recipient of `principal`.
    pub fn recipient(&self, principal: &Principal, suite: Suite, epoch: u32) -> Recipient {
        self.identity(principal, suite, epoch).recipient()
    }
}

/// A principal's private key. Only the key service holds these.
pub enum Identity {
    /// X-Wing key pair, the private key kept expanded (see [`crate::xwing`]).
    XWing(Box<(crate::xwing::PrivateKey, <XWing as Kem>::PublicKey)>),
    /// X25519 key pair.
    X25519(
        Box<(
            <X25519HkdfSha256 as Kem>::PrivateKey,
            <X25519HkdfSha256 as Kem>::PublicKey,
        )>,
    ),
}

impl Identity {
    /// The matching public recipient.
    pub fn recipient(&self) -> Recipient {
        match self {
            Identity::XWing(kp) => Recipient::XWing(Box::new(kp.1.clone())),
            Identity::X25519(kp) => Recipient::X25519(Box::new(kp.1.clone())),
        }
    }
}

/// A public key that bundles can be sealed to. Text form: Bech32m with
/// prefix `pcpq` (X-Wing) or `pcx` (X25519), e.g. `pcx1...`.
#[derive(Clone, PartialEq, Eq)]
pub enum Recipient {
    /// X-Wing public key (1216 bytes).
    XWing(Box<<XWing as Kem>::PublicKey>),
    /// X25519 public key (32 bytes).
    X25519(Box<<X25519HkdfSha256 as Kem>::PublicKey>),
}

impl Recipient {
    /// The suite of this recipient.
    pub fn suite(&self) -> Suite {
        match self {
            Recipient::XWing(_) => Suite::XWing,
            Recipient::X25519(_) => Suite::X25519,
        }
    }

    /// The serialized public key.
    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            Recipient::XWing(pk) => pk.to_bytes().to_vec(),
            Recipient::X25519(pk) => pk.to_bytes().to_vec(),
        }
    }

    /// The slot identifier of this recipient in bundle `bundle_id`:
    /// `SHA-256("panelcrypt/v1 slot-id" || 0x00 || bundle_id || slot type || public key)[..16]`.
    /// Unlinkable across bundles without the recipient; reveals no principal name.
    pub fn slot_id(&self, bundle_id: &[u8; 16]) -> [u8; 16] {
        let mut h = Sha256::new();
        h.update(b"panelcrypt/v1 slot-id\x00");
        h.update(bundle_id);
        h.update([self.suite().slot_type()]);
        h.update(self.to_bytes());
        let d = h.finalize();
        let mut id = [0u8; 16];
        id.copy_from_slice(&d[..16]);
        id
    }
}

impl fmt::Display for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bech32::encode(self.suite().hrp(), &self.to_bytes()))
    }
}

impl fmt::Debug for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.to_string();
        write!(f, "Recipient({}…)", &s[..s.len().min(16)])
    }
}

impl FromStr for Recipient {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        let (hrp, bytes) = bech32::decode(s).map_err(|why| {
            let shown: String = s.chars().take(12).collect();
            Error::InvalidRecipient(format!("{shown}… {why}"))
        })?;
        let bad_key = || {
            Error::InvalidRecipient(format!(
                "{hrp}1… has the right checksum but is not a valid public key"
            ))
        };
        match hrp.as_str() {
            "pcpq" => Ok(Recipient::XWing(Box::new(
                <XWing as Kem>::PublicKey::from_bytes(&bytes).map_err(|_| bad_key())?,
            ))),
            "pcx" => Ok(Recipient::X25519(Box::new(
                <X25519HkdfSha256 as Kem>::PublicKey::from_bytes(&bytes).map_err(|_| bad_key())?,
            ))),
            other => Err(Error::InvalidRecipient(format!(
                "prefix {other:?} is not a panelcrypt recipient (expected pcpq1… or pcx1…)"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_canonicalises() {
        let cases = [
            ("user:Alice@example.com", "user:alice@example.com"),
            ("team:Plant Ops", "team:Plant Ops@1"),
            ("team:ops@3", "team:ops@3"),
            ("team:a@b@2", "team:a@b@2"),
            ("role:Viewer", "role:Viewer@1"),
            ("role:Admin@12", "role:Admin@12"),
        ];
        for (input, canon) in cases {
            let p: Principal = input.parse().unwrap();
            assert_eq!(p.to_string(), canon);
            assert_eq!(canon.parse::<Principal>().unwrap(), p);
        }
        for bad in [
            "alice",
            "user:",
            "team:@1",
            "role:viewer",
            "role:None",
            "team:x@0",
            "user:a\nb",
            "group:x",
        ] {
            assert!(
                bad.parse::<Principal>().is_err(),
                "{bad:?} must be rejected"
            );
        }
    }

    #[test]
    fn roles_imply_lower_roles() {
        let v: Vec<_> = Role::Admin.with_implied().collect();
        assert_eq!(v, [Role::Admin, Role::Editor, Role::Viewer]);
        let v: Vec<_> = Role::Viewer.with_implied().collect();
        assert_eq!(v, [Role::Viewer]);
    }

    #[test]
    fn derivation_is_deterministic_and_separated() {
        let m = MasterSecret::from_bytes([1u8; 32]);
        let alice: Principal = "user:alice".parse().unwrap();
        let bob: Principal = "user:bob".parse().unwrap();
        for suite in Suite::ALL {
            let a1 = m.recipient(&alice, suite, 0);
            assert_eq!(a1, m.recipient(&alice, suite, 0));
            assert_ne!(a1, m.recipient(&bob, suite, 0));
            assert_ne!(a1, m.recipient(&alice, suite, 1));
            assert_ne!(
                a1,
                MasterSecret::from_bytes([2u8; 32]).recipient(&alice, suite, 0)
            );
            let s = a1.to_string();
            assert!(s.starts_with(&format!("{}1", suite.hrp())));
            assert_eq!(s.parse::<Recipient>().unwrap(), a1);
        }
    }

    #[test]
    fn recipient_typos_are_caught() {
        let m = MasterSecret::from_bytes([1u8; 32]);
        let r = m
            .recipient(&"user:alice".parse().unwrap(), Suite::X25519, 0)
            .to_string();
        let mut b = r.clone().into_bytes();
        let i = b.len() - 10;
        b[i] = if b[i] == b'q' { b'z' } else { b'q' };
        let e = String::from_utf8(b)
            .unwrap()
            .parse::<Recipient>()
            .unwrap_err();
        assert!(e.to_string().contains("checksum"), "{e}");
        assert!("age1xyz".parse::<Recipient>().is_err());
    }
}

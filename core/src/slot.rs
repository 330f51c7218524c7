//! Key slots: the bundle key sealed to each principal (HPKE, RFC 9180, base
//! mode) and optionally to a recovery passphrase (Argon2id, RFC 9106).

use hpke::aead::AesGcm256;
use hpke::kdf::HkdfSha256;
use hpke::kem::{X25519HkdfSha256, XWing};

use crate::xwing::XWingExpanded;
use hpke::{Deserializable, Kem, OpModeR, OpModeS, Serializable};
use rand_core::CryptoRng;
use zeroize::Zeroizing;

use crate::BundleKey;
use crate::chunked;
use crate::error::{Error, Result};
use crate::principal::{Identity, Recipient};

/// Slot type: HPKE X-Wing / HKDF-SHA256 / AES-256-GCM.
pub const SLOT_HPKE_XWING: u8 = 0x01;
/// Slot type: HPKE DHKEM(X25519) / HKDF-SHA256 / AES-256-GCM.
pub const SLOT_HPKE_X25519: u8 = 0x02;
/// Slot type: Argon2id passphrase.
pub const SLOT_PASSPHRASE: u8 = 0x03;

/// Body length of an X-Wing slot: enc (1120) + sealed key (32 + 16).
pub const XWING_BODY_LEN: usize = 1120 + 48;
/// Body length of an X25519 slot: enc (32) + sealed key (32 + 16).
pub const X25519_BODY_LEN: usize = 32 + 48;
/// Body length of a passphrase slot: params (12) + Argon2 salt (16) +
/// Cobblestone ciphertext of the key (56 + 32 + 16).
pub const PASSPHRASE_BODY_LEN: usize = 12 + 16 + chunked::HEADER_LEN + 32 + chunked::TAG_LEN;

/// One key slot: `type || id || body`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// Slot type byte.
    pub kind: u8,
    /// Slot identifier: for HPKE slots, [`Recipient::slot_id`]; for
    /// passphrase slots, random.
    pub id: [u8; 16],
    /// Type-specific body.
    pub body: Vec<u8>,
}

fn hpke_info(bundle_id: &[u8; 16]) -> Vec<u8> {
    let mut v = b"panelcrypt/v1 slot\x00".to_vec();
    v.extend_from_slice(bundle_id);
    v
}

fn hpke_aad(kind: u8, id: &[u8; 16]) -> [u8; 17] {
    let mut a = [0u8; 17];
    a[0] = kind;
    a[1..].copy_from_slice(id);
    a
}

impl Slot {
    /// Seals `key` to `recipient` for bundle `bundle_id`:
    /// HPKE base mode, `info = "panelcrypt/v1 slot" || 0x00 || bundle_id`,
    /// `aad = type || id`, plaintext the 32-byte bundle key.
    pub fn seal_to(
        recipient: &Recipient,
        bundle_id: &[u8; 16],
        key: &BundleKey,
        rng: &mut impl CryptoRng,
    ) -> Result<Slot> {
        let kind = recipient.suite().slot_type();
        let id = recipient.slot_id(bundle_id);
        let info = hpke_info(bundle_id);
        let aad = hpke_aad(kind, &id);
        let body = match recipient {
            Recipient::XWing(pk) => {
                let (enc, ct) = hpke::single_shot_seal_with_rng::<AesGcm256, HkdfSha256, XWing>(
                    &OpModeS::Base,
                    pk,
                    &info,
                    key.expose(),
                    &aad,
                    rng,
                )
                .map_err(|_| Error::Rng)?;
                [enc.to_bytes().as_slice(), &ct].concat()
            }
            Recipient::X25519(pk) => {
                let (enc, ct) = hpke::single_shot_seal_with_rng::<
                    AesGcm256,
                    HkdfSha256,
                    X25519HkdfSha256,
                >(
                    &OpModeS::Base, pk, &info, key.expose(), &aad, rng
                )
                .map_err(|_| Error::Rng)?;
                [enc.to_bytes().as_slice(), &ct].concat()
            }
        };
        Ok(Slot { kind, id, body })
    }

    /// Opens this slot with `identity`. Any failure is [`Error::Decrypt`].
    pub fn open_with(&self, identity: &Identity, bundle_id: &[u8; 16]) -> Result<BundleKey> {
        let info = hpke_info(bundle_id);
        let aad = hpke_aad(self.kind, &self.id);
        let pt = match (identity, self.kind) {
            (Identity::XWing(kp), SLOT_HPKE_XWING) if self.body.len() == XWING_BODY_LEN => {
                let enc = <XWing as Kem>::EncappedKey::from_bytes(&self.body[..1120])
                    .map_err(|_| Error::Decrypt)?;
                hpke::single_shot_open::<AesGcm256, HkdfSha256, XWingExpanded>(
                    &OpModeR::Base,
                    &kp.0,
                    &enc,
                    &info,
                    &self.body[1120..],
                    &aad,
                )
            }
            (Identity::X25519(kp), SLOT_HPKE_X25519) if self.body.len() == X25519_BODY_LEN => {
                let enc = <X25519HkdfSha256 as Kem>::EncappedKey::from_bytes(&self.body[..32])
                    .map_err(|_| Error::Decrypt)?;
                hpke::single_shot_open::<AesGcm256, HkdfSha256, X25519HkdfSha256>(
                    &OpModeR::Base,
                    &kp.0,
                    &enc,
                    &info,
                    &self.body[32..],
                    &aad,
                )
            }
            _ => return Err(Error::Decrypt),
        }
        .map_err(|_| Error::Decrypt)?;
        let pt = Zeroizing::new(pt);
        BundleKey::from_slice(&pt).map_err(|_| Error::Decrypt)
    }

    /// Seals `key` under a passphrase with Argon2id `params`.
    pub fn seal_passphrase(
        passphrase: &[u8],
        params: &KdfParams,
        bundle_id: &[u8; 16],
        key: &BundleKey,
        rng: &mut impl CryptoRng,
    ) -> Result<Slot> {
        let mut id = [0u8; 16];
        rng.fill_bytes(&mut id);
        let body = passphrase_wrap(
            passphrase,
            params,
            &passphrase_context(bundle_id, &id),
            key.expose(),
            rng,
        )?;
        Ok(Slot {
            kind: SLOT_PASSPHRASE,
            id,
            body,
        })
    }

    /// Opens a passphrase slot. A wrong passphrase is [`Error::Decrypt`].
    pub fn open_passphrase(&self, passphrase: &[u8], bundle_id: &[u8; 16]) -> Result<BundleKey> {
        if self.kind != SLOT_PASSPHRASE {
            return Err(Error::Decrypt);
        }
        let pt = passphrase_unwrap(
            passphrase,
            &passphrase_context(bundle_id, &self.id),
            &self.body,
        )?;
        BundleKey::from_slice(&pt).map_err(|_| Error::Decrypt)
    }

    /// The Argon2id parameters of a passphrase slot (without running it).
    pub fn kdf_params(&self) -> Option<KdfParams> {
        (self.kind == SLOT_PASSPHRASE)
            .then(|| KdfParams::decode(&self.body).ok())
            .flatten()
    }

    /// The body length a slot of `kind` must have, or `None` for unknown
    /// kinds (which readers skip).
    pub fn expected_body_len(kind: u8) -> Option<usize> {
        match kind {
            SLOT_HPKE_XWING => Some(XWING_BODY_LEN),
            SLOT_HPKE_X25519 => Some(X25519_BODY_LEN),
            SLOT_PASSPHRASE => Some(PASSPHRASE_BODY_LEN),
            _ => None,
        }
    }
}

fn passphrase_context(bundle_id: &[u8; 16], slot_id: &[u8; 16]) -> Vec<u8> {
    let mut v = b"panelcrypt/v1 passphrase-slot\x00".to_vec();
    v.extend_from_slice(bundle_id);
    v.extend_from_slice(slot_id);
    v
}

/// Argon2id parameters (RFC 9106), stored next to what they protect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// The default: 64 MiB, 3 passes, 1 lane (RFC 9106 §4's second
    /// recommended option is 64 MiB, t=3, p=4; one lane because browsers and
    /// CI runners may not have threads).
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// Smallest memory a reader accepts (8 MiB).
    pub const MIN_M_KIB: u32 = 8 * 1024;
    /// Largest memory a reader accepts (4 GiB): bounds what a hostile file can demand.
    pub const MAX_M_KIB: u32 = 4 * 1024 * 1024;
    /// Largest pass count a reader accepts.
    pub const MAX_T: u32 = 64;
    /// Largest lane count a reader accepts.
    pub const MAX_P: u32 = 16;

    /// Checks the reader limits.
    pub fn validate(&self) -> Result<()> {
        if self.m_kib < Self::MIN_M_KIB || self.m_kib > Self::MAX_M_KIB {
            return Err(Error::InvalidKdfParams(
                "memory must be between 8 MiB and 4 GiB",
            ));
        }
        if self.t == 0 || self.t > Self::MAX_T {
            return Err(Error::InvalidKdfParams("passes must be between 1 and 64"));
        }
        if self.p == 0 || self.p > Self::MAX_P {
            return Err(Error::InvalidKdfParams("lanes must be between 1 and 16"));
        }
        if self.m_kib < 8 * self.p {
            return Err(Error::InvalidKdfParams(
                "memory must be at least 8 KiB per lane",
            ));
        }
        Ok(())
    }

    fn encode(&self) -> [u8; 12] {
        let mut b = [0u8; 12];
        b[..4].copy_from_slice(&self.m_kib.to_be_bytes());
        b[4..8].copy_from_slice(&self.t.to_be_bytes());
        b[8..].copy_from_slice(&self.p.to_be_bytes());
        b
    }

    fn decode(b: &[u8]) -> Result<Self> {
        if b.len() < 12 {
            return Err(Error::Malformed("Argon2id parameters are truncated"));
        }
        let u = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        Ok(KdfParams {
            m_kib: u(0),
            t: u(4),
            p: u(8),
        })
    }

    /// Runs Argon2id (version 0x13) with a 32-byte output.
    pub fn derive(&self, passphrase: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
        self.validate()?;
        let params = argon2::Params::new(self.m_kib, self.t, self.p, Some(32))
            .map_err(|_| Error::InvalidKdfParams("rejected by Argon2"))?;
        let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        a.hash_password_into(passphrase, salt, &mut out[..])
            .map_err(|_| Error::InvalidKdfParams("rejected by Argon2"))?;
        Ok(out)
    }
}

/// Wraps a 32-byte secret under a passphrase:
/// `params (12) || argon2 salt (16) || Cobblestone-256(input key =
/// Argon2id(passphrase, salt, params), context, secret)`.
/// The C2SP commitment makes a wrong passphrase fail before decryption.
pub fn passphrase_wrap(
    passphrase: &[u8],
    params: &KdfParams,
    context: &[u8],
    secret: &[u8; 32],
    rng: &mut impl CryptoRng,
) -> Result<Vec<u8>> {
    let mut salt = [0u8; 16];
    rng.fill_bytes(&mut salt);
    let mut csalt = [0u8; chunked::SALT_LEN];
    rng.fill_bytes(&mut csalt);
    let kek = params.derive(passphrase, &salt)?;
    let mut out = params.encode().to_vec();
    out.extend_from_slice(&salt);
    out.extend_from_slice(&chunked::encrypt(&kek, &csalt, context, secret)?);
    Ok(out)
}

/// Inverse of [`passphrase_wrap`]. Any failure to authenticate is [`Error::Decrypt`].
pub fn passphrase_unwrap(
    passphrase: &[u8],
    context: &[u8],
    wrapped: &[u8],
) -> Result<Zeroizing<Vec<u8>>> {
    if wrapped.len() != PASSPHRASE_BODY_LEN {
        return Err(Error::Malformed(
            "passphrase-wrapped key has the wrong length",
        ));
    }
    let params = KdfParams::decode(wrapped)?;
    let kek = params.derive(passphrase, &wrapped[12..28])?;
    Ok(Zeroizing::new(chunked::decrypt(
        &kek[..],
        context,
        &wrapped[28..],
    )?))
}

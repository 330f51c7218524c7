//! X-Wing decapsulation on an *expanded* private key.
//!
//! X-Wing (draft-connolly-cfrg-xwing-kem-06) keeps a decapsulation key as a
//! 32-byte seed `sk` and expands it on use: `SHAKE256(sk, 96)` gives the
//! ML-KEM-768 seed `d || z` (64 bytes) and the X25519 secret `sk_X`
//! (32 bytes); the ML-KEM key pair then comes from `ML-KEM.KeyGen_internal`
//! and `pk_X = X25519(sk_X, 9)`. `hpke::kem::XWing` (through the `x-wing`
//! crate) repeats that expansion on every decapsulation, which is more than
//! half of the cost of opening a slot. The key service derives each
//! principal's key once and opens many slots with it, so this module keeps
//! the expanded form and runs only the decapsulation proper:
//!
//! ```text
//! ss_M = ML-KEM-768.Decaps(dk_M, ct_M)
//! ss_X = X25519(sk_X, ct_X)
//! ss   = SHA3-256(ss_M || ss_X || ct_X || pk_X || XWingLabel)
//! ```
//!
//! [`XWingExpanded`] is an HPKE KEM with the same `KEM_ID`, public keys,
//! encapsulated keys and shared secrets as `hpke::kem::XWing` (tests check
//! this against X-Wing's published test vectors and against the `hpke`
//! crate), so a slot sealed with one opens with the other; only the
//! private-key representation differs. The HPKE key schedule and AEAD are
//! the `hpke` crate's.

use hpke::kem::{SharedSecret, XWing};
use hpke::{Deserializable, HpkeError, Kem, Serializable};
use ml_kem::{Decapsulate, DecapsulationKey768, KeyExport, Seed};
use sha3::Sha3_256;
use sha3::digest::{Digest, Update};
use shake::{ExtendableOutput, Shake256, XofReader};
use subtle::{Choice, ConstantTimeEq};
use x25519_dalek::{PublicKey as X25519PublicKey, StaticSecret};
use zeroize::{Zeroize, Zeroizing};

/// `XWingLabel` of the X-Wing combiner.
const XWING_LABEL: &[u8; 6] = br"\.//^\";
/// Length of an ML-KEM-768 ciphertext `ct_M`.
const CT_M_LEN: usize = 1088;
/// Length of an X-Wing ciphertext `ct_M || ct_X`.
const CT_LEN: usize = CT_M_LEN + 32;

/// An X-Wing private key in expanded form. Serializes as its 32-byte seed,
/// exactly like `hpke::kem::XWing`'s private key.
#[derive(Clone)]
pub struct PrivateKey {
    seed: Zeroizing<[u8; 32]>,
    dk_m: Box<DecapsulationKey768>,
    sk_x: StaticSecret,
    pk_x: X25519PublicKey,
    pk: <XWing as Kem>::PublicKey,
}

impl PrivateKey {
    /// Expands a 32-byte X-Wing seed (`sk` in the draft).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        let mut xof = Shake256::default();
        xof.update(seed);
        let mut reader = xof.finalize_xof();
        let mut expanded = Zeroizing::new([0u8; 96]);
        reader.read(&mut expanded[..]);
        let mut d_z = Seed::default();
        d_z.copy_from_slice(&expanded[..64]);
        let dk_m = Box::new(DecapsulationKey768::from_seed(d_z));
        let mut sk_x_bytes = [0u8; 32];
        sk_x_bytes.copy_from_slice(&expanded[64..]);
        let sk_x = StaticSecret::from(sk_x_bytes);
        sk_x_bytes.zeroize();
        let pk_x = X25519PublicKey::from(&sk_x);
        // pk = ek_M || pk_X (1216 bytes), parsed by `hpke`'s X-Wing type.
        let mut pk_bytes = [0u8; 1216];
        pk_bytes[..1184].copy_from_slice(&dk_m.encapsulation_key().to_bytes());
        pk_bytes[1184..].copy_from_slice(pk_x.as_bytes());
        let pk = <XWing as Kem>::PublicKey::from_bytes(&pk_bytes)
            // An ML-KEM key from KeyGen is always well-formed and the length is fixed.
            .expect("X-Wing public key from a freshly expanded key");
        PrivateKey {
            seed: Zeroizing::new(*seed),
            dk_m,
            sk_x,
            pk_x,
            pk,
        }
    }

    /// X-Wing `Decapsulate(sk, ct)` on the expanded key. `ct` must be
    /// [`CT_LEN`] bytes (the caller's `EncappedKey` guarantees it).
    fn decapsulate(&self, ct: &[u8]) -> Result<Zeroizing<[u8; 32]>, HpkeError> {
        if ct.len() != CT_LEN {
            return Err(HpkeError::DecapError);
        }
        let (ct_m, ct_x) = ct.split_at(CT_M_LEN);
        let ss_m = self
            .dk_m
            .decapsulate_slice(ct_m)
            .map_err(|_| HpkeError::DecapError)?;
        let mut ct_x_arr = [0u8; 32];
        ct_x_arr.copy_from_slice(ct_x);
        let ss_x = self.sk_x.diffie_hellman(&X25519PublicKey::from(ct_x_arr));
        let mut h = Sha3_256::new();
        Digest::update(&mut h, ss_m.as_slice());
        Digest::update(&mut h, ss_x.as_bytes());
        Digest::update(&mut h, ct_x);
        Digest::update(&mut h, self.pk_x.as_bytes());
        Digest::update(&mut h, XWING_LABEL);
        let mut ss = Zeroizing::new([0u8; 32]);
        ss.copy_from_slice(&h.finalize());
        Ok(ss)
    }
}

impl Serializable for PrivateKey {
    type OutputSize = <<XWing as Kem>::PrivateKey as Serializable>::OutputSize;

    fn write_exact(&self, buf: &mut [u8]) {
        buf.copy_from_slice(&self.seed[..]);
    }
}

impl Deserializable for PrivateKey {
    fn from_bytes(encoded: &[u8]) -> Result<Self, HpkeError> {
        let seed: &[u8; 32] = encoded
            .try_into()
            .map_err(|_| HpkeError::IncorrectInputLength(32, encoded.len()))?;
        Ok(PrivateKey::from_seed(seed))
    }
}

impl ConstantTimeEq for PrivateKey {
    fn ct_eq(&self, other: &Self) -> Choice {
        self.seed[..].ct_eq(&other.seed[..])
    }
}

/// The X-Wing HPKE KEM (`KEM_ID` 0x647a) with expanded private keys; see
/// the module documentation.
pub struct XWingExpanded;

impl Kem for XWingExpanded {
    type PublicKey = <XWing as Kem>::PublicKey;
    type PrivateKey = PrivateKey;
    type EncappedKey = <XWing as Kem>::EncappedKey;
    type NSecret = <XWing as Kem>::NSecret;

    const KEM_ID: u16 = <XWing as Kem>::KEM_ID;

    fn sk_to_pk(sk: &PrivateKey) -> Self::PublicKey {
        sk.pk.clone()
    }

    /// `DeriveKeyPair` exactly as `hpke::kem::XWing`, then expanded.
    fn derive_keypair(ikm: &[u8]) -> (PrivateKey, Self::PublicKey) {
        let (sk, pk) = XWing::derive_keypair(ikm);
        let mut seed = [0u8; 32];
        seed.copy_from_slice(&sk.to_bytes());
        let expanded = PrivateKey::from_seed(&seed);
        seed.zeroize();
        (expanded, pk)
    }

    fn decap(
        sk_recip: &PrivateKey,
        pk_sender_id: Option<&Self::PublicKey>,
        encapped_key: &Self::EncappedKey,
    ) -> Result<SharedSecret<Self>, HpkeError> {
        // X-Wing has no authenticated mode.
        if pk_sender_id.is_some() {
            return Err(HpkeError::DecapError);
        }
        let ss = sk_recip.decapsulate(&encapped_key.to_bytes())?;
        let mut out = SharedSecret::<Self>::default();
        out.0.copy_from_slice(&ss[..]);
        Ok(out)
    }

    fn encap_with_rng(
        pk_recip: &Self::PublicKey,
        sender_id_keypair: Option<(&PrivateKey, &Self::PublicKey)>,
        csprng: &mut impl rand_core::CryptoRng,
    ) -> Result<(SharedSecret<Self>, Self::EncappedKey), HpkeError> {
        if sender_id_keypair.is_some() {
            return Err(HpkeError::EncapError);
        }
        let (ss, enc) = XWing::encap_with_rng(pk_recip, None, csprng)?;
        let mut out = SharedSecret::<Self>::default();
        out.0.copy_from_slice(&ss.0);
        Ok((out, enc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Vector {
        sk: String,
        pk: String,
        ct: String,
        ss: String,
    }

    /// The X-Wing draft's test vectors (as shipped by RustCrypto's `x-wing`
    /// crate, from draft-connolly-cfrg-xwing-kem's spec/test-vectors.json):
    /// public key and decapsulation from the seed.
    #[test]
    fn xwing_draft_test_vectors() {
        let vectors: Vec<Vector> = serde_json::from_str(include_str!(
            "../tests/data/xwing-draft06-test-vectors.json"
        ))
        .unwrap();
        assert_eq!(vectors.len(), 3);
        for v in vectors {
            let seed: [u8; 32] = hex::decode(&v.sk).unwrap().try_into().unwrap();
            let sk = PrivateKey::from_seed(&seed);
            assert_eq!(hex::encode(sk.pk.to_bytes()), v.pk);
            let ct = hex::decode(&v.ct).unwrap();
            assert_eq!(hex::encode(&sk.decapsulate(&ct).unwrap()[..]), v.ss);
            // A flipped bit in ct_M gives ML-KEM's implicit-rejection secret,
            // one in ct_X another X25519 share: a different secret, never an error.
            for i in [5, CT_M_LEN + 5] {
                let mut bad = ct.clone();
                bad[i] ^= 1;
                assert_ne!(hex::encode(&sk.decapsulate(&bad).unwrap()[..]), v.ss);
            }
            assert!(sk.decapsulate(&ct[..CT_LEN - 1]).is_err());
        }
    }

    /// Same keys, same secrets as `hpke::kem::XWing`, both directions.
    #[test]
    fn interoperates_with_the_hpke_crate() {
        let mut rng = rand_core::UnwrapErr(getrandom::SysRng);
        for i in 0u8..8 {
            let ikm = [i; 32];
            let (sk_ref, pk_ref) = XWing::derive_keypair(&ikm);
            let (sk, pk) = XWingExpanded::derive_keypair(&ikm);
            assert_eq!(pk, pk_ref);
            assert_eq!(sk.to_bytes(), sk_ref.to_bytes());
            let (ss_ref, enc) = XWing::encap_with_rng(&pk_ref, None, &mut rng).unwrap();
            let ss = XWingExpanded::decap(&sk, None, &enc).unwrap();
            assert_eq!(ss.0, ss_ref.0);
            let (ss2, enc2) = XWingExpanded::encap_with_rng(&pk, None, &mut rng).unwrap();
            let ss2_ref = XWing::decap(&sk_ref, None, &enc2).unwrap();
            assert_eq!(ss2.0, ss2_ref.0);
            // Round trip through the serialized seed.
            let back = PrivateKey::from_bytes(&sk.to_bytes()).unwrap();
            assert!(bool::from(back.ct_eq(&sk)));
        }
    }
}

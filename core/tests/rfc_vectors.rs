//! Published vectors for the primitives behind key slots and key files:
//! RFC 9180 Appendix A.1 (HPKE base mode, DHKEM(X25519, HKDF-SHA256),
//! HKDF-SHA256, AES-128-GCM — same KEM, KDF and key schedule as our X25519
//! suite) and RFC 9106 §5.3 (Argon2id, version 0x13).

use hpke::aead::AesGcm128;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem, OpModeR, Serializable};
use panelcrypt_core::keyfile::{self, KeyFile};
use panelcrypt_core::slot::KdfParams;
use panelcrypt_core::{Error, MasterSecret};

fn h(s: &str) -> Vec<u8> {
    hex::decode(s).unwrap()
}

#[test]
fn rfc9180_a1_derive_key_pair_and_open() {
    let (sk_r, pk_r) = X25519HkdfSha256::derive_keypair(&h(
        "6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037",
    ));
    // The crate stores the private scalar clamped (RFC 7748 §5); the RFC prints it unclamped.
    let mut sk_rfc = h("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
    sk_rfc[0] &= 248;
    sk_rfc[31] &= 127;
    sk_rfc[31] |= 64;
    assert_eq!(sk_r.to_bytes().to_vec(), sk_rfc);
    assert_eq!(
        hex::encode(pk_r.to_bytes()),
        "3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d"
    );
    let enc = <X25519HkdfSha256 as Kem>::EncappedKey::from_bytes(&h(
        "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431",
    ))
    .unwrap();
    let pt = hpke::single_shot_open::<AesGcm128, HkdfSha256, X25519HkdfSha256>(
        &OpModeR::Base,
        &sk_r,
        &enc,
        &h("4f6465206f6e2061204772656369616e2055726e"),
        &h("f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a"),
        &h("436f756e742d30"),
    )
    .unwrap();
    assert_eq!(
        pt,
        h("4265617574792069732074727574682c20747275746820626561757479")
    );
}

#[test]
fn rfc9106_argon2id_vector() {
    // The backend KdfParams::derive uses: Argon2id, version 0x13.
    let params = argon2::ParamsBuilder::new()
        .m_cost(32)
        .t_cost(3)
        .p_cost(4)
        .output_len(32)
        .data(argon2::AssociatedData::new(&[4u8; 12]).unwrap())
        .build()
        .unwrap();
    let a = argon2::Argon2::new_with_secret(
        &[3u8; 8],
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        params,
    )
    .unwrap();
    let mut tag = [0u8; 32];
    a.hash_password_into(&[1u8; 32], &[2u8; 16], &mut tag)
        .unwrap();
    assert_eq!(
        hex::encode(tag),
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    );
}

#[test]
fn kdf_params_derive_is_plain_argon2id() {
    let p = KdfParams {
        m_kib: 8 * 1024,
        t: 1,
        p: 1,
    };
    let ours = p.derive(b"pw", b"saltsaltsaltsalt").unwrap();
    let a = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(8 * 1024, 1, 1, Some(32)).unwrap(),
    );
    let mut theirs = [0u8; 32];
    a.hash_password_into(b"pw", b"saltsaltsaltsalt", &mut theirs)
        .unwrap();
    assert_eq!(*ours, theirs);
    for bad in [
        KdfParams {
            m_kib: 1024,
            t: 1,
            p: 1,
        },
        KdfParams {
            m_kib: 8192,
            t: 0,
            p: 1,
        },
        KdfParams {
            m_kib: 8192,
            t: 65,
            p: 1,
        },
        KdfParams {
            m_kib: 8192,
            t: 1,
            p: 17,
        },
        KdfParams {
            m_kib: u32::MAX,
            t: 1,
            p: 1,
        },
    ] {
        assert!(
            matches!(
                bad.derive(b"", b"saltsaltsaltsalt"),
                Err(Error::InvalidKdfParams(_))
            ),
            "{bad:?}"
        );
    }
    const { assert!(KdfParams::DEFAULT.m_kib >= 64 * 1024 && KdfParams::DEFAULT.t >= 3) };
}

#[test]
fn key_files_round_trip_plain_and_encrypted() {
    let mut rng = rand_core::UnwrapErr(getrandom::SysRng);
    let m = MasterSecret::from_bytes([42u8; 32]);
    let plain = keyfile::encode(&m, None, &mut rng).unwrap();
    assert!(plain.contains("PANELCRYPT-MASTER-1"));
    let k = KeyFile::parse(&plain).unwrap();
    assert!(!k.is_encrypted());
    assert_eq!(k.unlock(None).unwrap().expose(), m.expose());

    let cheap = KdfParams {
        m_kib: 8 * 1024,
        t: 1,
        p: 1,
    };
    let enc = keyfile::encode(&m, Some((b"hunter2", &cheap)), &mut rng).unwrap();
    assert!(enc.contains("PANELCRYPT-MASTER-ENC-1"));
    assert!(!enc.contains(&plain.lines().last().unwrap()[20..40]));
    assert!(KeyFile::parse(&enc).unwrap().is_encrypted());
    assert_eq!(
        KeyFile::parse(&enc)
            .unwrap()
            .unlock(Some(b"hunter2"))
            .unwrap()
            .expose(),
        m.expose()
    );
    assert_eq!(
        KeyFile::parse(&enc).unwrap().unlock(Some(b"hunter3")).err(),
        Some(Error::Decrypt)
    );
    assert_eq!(
        KeyFile::parse(&enc).unwrap().unlock(None).err(),
        Some(Error::Decrypt)
    );
    // A typo in the key line is caught by the checksum.
    let mut typo = plain.to_string().into_bytes();
    let n = typo.len() - 5;
    typo[n] = if typo[n] == b'Q' { b'P' } else { b'Q' };
    assert!(KeyFile::parse(std::str::from_utf8(&typo).unwrap()).is_err());
}

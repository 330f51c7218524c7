//! Whole-bundle behaviour: slots for every suite and the passphrase,
//! object binding (swap, move, truncate, pad), header tampering.

mod common;

use std::io::Read;

use common::os_rng;
use panelcrypt_core::bundle::{self, Header, ObjectReader};
use panelcrypt_core::manifest::{Entry, ObjectRef, Variant};
use panelcrypt_core::slot::KdfParams;
use panelcrypt_core::{BundleKey, Error, Manifest, MasterSecret, ObjectId, Principal, Suite};

const CHEAP: KdfParams = KdfParams {
    m_kib: 8 * 1024,
    t: 1,
    p: 1,
};

struct Built {
    header: Vec<u8>,
    objects: Vec<(ObjectRef, u32, Vec<u8>, Vec<u8>)>, // ref, width, plaintext, ciphertext
    bundle_id: [u8; 16],
}

fn p(s: &str) -> Principal {
    s.parse().unwrap()
}

fn build(master: &MasterSecret, principals: &[&str], passphrase: Option<&[u8]>) -> Built {
    let mut rng = os_rng();
    let key = BundleKey::generate(&mut rng);
    let mut bundle_id = [0u8; 16];
    rand_core::Rng::fill_bytes(&mut rng, &mut bundle_id);
    let mut objects = Vec::new();
    let mut entries = Vec::new();
    for (name, len) in [("a.png", 0usize), ("b/c.jpg", 16384), ("d.gif", 40_000)] {
        let data: Vec<u8> = (0..len).map(|i| (i % 253) as u8).collect();
        let id = ObjectId::generate(&mut rng);
        let ct = bundle::encrypt_object(&key, &bundle_id, &id, 0, &data, &mut rng).unwrap();
        let r = ObjectRef {
            id,
            len: len as u64,
            media_type: "image/png".into(),
        };
        let small: Vec<u8> = data.iter().take(100).copied().collect();
        let vid = ObjectId::generate(&mut rng);
        let vct = bundle::encrypt_object(&key, &bundle_id, &vid, 480, &small, &mut rng).unwrap();
        let vr = ObjectRef {
            id: vid,
            len: small.len() as u64,
            media_type: "image/jpeg".into(),
        };
        entries.push(Entry {
            name: name.into(),
            object: r.clone(),
            width: Some(1000),
            height: Some(500),
            variants: vec![Variant {
                width: 480,
                height: 240,
                object: vr.clone(),
            }],
            placeholder: None,
        });
        objects.push((r, 0, data, ct));
        objects.push((vr, 480, small, vct));
    }
    let manifest = Manifest {
        version: 1,
        entries,
    };
    let mut recipients = Vec::new();
    for (i, pr) in principals.iter().enumerate() {
        let suite = if i % 2 == 0 {
            Suite::XWing
        } else {
            Suite::X25519
        };
        recipients.push(master.recipient(&p(pr), suite, 0));
    }
    let header = bundle::seal_header(
        &key,
        &bundle_id,
        &recipients,
        passphrase.map(|x| (x, &CHEAP)),
        &manifest,
        &mut rng,
    )
    .unwrap();
    Built {
        header,
        objects,
        bundle_id,
    }
}

#[test]
fn every_recipient_and_the_passphrase_open_the_bundle() {
    let m = MasterSecret::from_bytes([3u8; 32]);
    let b = build(
        &m,
        &["user:alice", "team:ops@1", "role:Viewer@2"],
        Some(b"correct horse"),
    );
    let h = Header::parse(&b.header).unwrap();
    assert_eq!(h.slots.len(), 4);
    for (i, pr) in ["user:alice", "team:ops@1", "role:Viewer@2"]
        .iter()
        .enumerate()
    {
        let suite = if i % 2 == 0 {
            Suite::XWing
        } else {
            Suite::X25519
        };
        let k = h.unlock(&[m.identity(&p(pr), suite, 0)]).unwrap();
        let manifest = h.open(&k).unwrap();
        assert_eq!(manifest.entries.len(), 3);
        for (r, w, data, ct) in &b.objects {
            assert_eq!(
                &bundle::decrypt_object(&k, &b.bundle_id, r, *w, ct).unwrap(),
                data
            );
            let mut out = Vec::new();
            ObjectReader::new(&ct[..], &k, &b.bundle_id, r, *w)
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(&out, data);
        }
    }
    let k = h.unlock_passphrase(b"correct horse").unwrap();
    assert!(h.open(&k).is_ok());
    assert_eq!(h.unlock_passphrase(b"wrong").unwrap_err(), Error::Decrypt);
}

#[test]
fn strangers_find_no_slot_and_wrong_epoch_or_suite_fails() {
    let m = MasterSecret::from_bytes([3u8; 32]);
    let b = build(&m, &["user:alice"], None);
    let h = Header::parse(&b.header).unwrap();
    for id in [
        m.identity(&p("user:bob"), Suite::XWing, 0),
        m.identity(&p("user:alice"), Suite::XWing, 1),
        m.identity(&p("user:alice"), Suite::X25519, 0),
        MasterSecret::from_bytes([4u8; 32]).identity(&p("user:alice"), Suite::XWing, 0),
    ] {
        assert_eq!(h.unlock(&[id]).unwrap_err(), Error::NoMatchingSlot);
    }
    assert_eq!(
        h.unlock_passphrase(b"x").unwrap_err(),
        Error::NoMatchingSlot
    );
}

#[test]
fn swapped_moved_truncated_or_repadded_objects_fail() {
    let m = MasterSecret::from_bytes([3u8; 32]);
    let b = build(&m, &["user:alice"], None);
    let k = Header::parse(&b.header)
        .unwrap()
        .unlock(&[m.identity(&p("user:alice"), Suite::XWing, 0)])
        .unwrap();
    let (r1, w1, _, ct1) = &b.objects[2];
    let (r2, w2, _, ct2) = &b.objects[4];
    // Swapped on the host: each name now holds the other's bytes.
    assert_eq!(
        bundle::decrypt_object(&k, &b.bundle_id, r1, *w1, ct2).unwrap_err(),
        Error::Decrypt
    );
    assert_eq!(
        bundle::decrypt_object(&k, &b.bundle_id, r2, *w2, ct1).unwrap_err(),
        Error::Decrypt
    );
    // Moved to another bundle id.
    assert!(bundle::decrypt_object(&k, &[0u8; 16], r1, *w1, ct1).is_err());
    // Claimed as another variant.
    assert!(bundle::decrypt_object(&k, &b.bundle_id, r1, 480, ct1).is_err());
    // Truncated, extended.
    for cut in [ct1.len() - 1, ct1.len() - 17, 56 + 16400, 57] {
        assert!(bundle::decrypt_object(&k, &b.bundle_id, r1, *w1, &ct1[..cut]).is_err());
        let mut out = Vec::new();
        assert!(
            ObjectReader::new(&ct1[..cut], &k, &b.bundle_id, r1, *w1)
                .read_to_end(&mut out)
                .is_err()
        );
    }
    let mut longer = ct1.clone();
    longer.push(0);
    assert!(bundle::decrypt_object(&k, &b.bundle_id, r1, *w1, &longer).is_err());
    // A manifest claiming a shorter true length (padding would be non-zero).
    let mut shorter = r1.clone();
    shorter.len -= 1;
    assert!(bundle::decrypt_object(&k, &b.bundle_id, &shorter, *w1, ct1).is_err());
}

#[test]
fn non_zero_padding_is_rejected() {
    use panelcrypt_core::chunked;
    let mut rng = os_rng();
    let key = BundleKey::generate(&mut rng);
    let bid = [5u8; 16];
    let id = ObjectId([6u8; 16]);
    // 9 bytes pad to 10: write 10 bytes whose last (padding) byte is 1.
    let ct = chunked::encrypt(
        key.expose(),
        &[1u8; 24],
        &bundle::object_context(&bid, &id, 0),
        &[0, 1, 2, 3, 4, 5, 6, 7, 8, 1],
    )
    .unwrap();
    let r = ObjectRef {
        id,
        len: 9,
        media_type: "image/png".into(),
    };
    assert_eq!(
        bundle::decrypt_object(&key, &bid, &r, 0, &ct).unwrap_err(),
        Error::Decrypt
    );
    let mut out = Vec::new();
    assert!(
        ObjectReader::new(&ct[..], &key, &bid, &r, 0)
            .read_to_end(&mut out)
            .is_err()
    );
}

#[test]
fn any_modified_header_byte_is_rejected() {
    let m = MasterSecret::from_bytes([3u8; 32]);
    let b = build(&m, &["user:alice", "team:ops"], None);
    let id = m.identity(&p("user:alice"), Suite::XWing, 0);
    let good = Header::parse(&b.header).unwrap();
    let k = good
        .unlock(&[m.identity(&p("user:alice"), Suite::XWing, 0)])
        .unwrap();
    assert!(good.open(&k).is_ok());
    let step = (b.header.len() / 600).max(1);
    let mut positions: Vec<usize> = (0..b.header.len()).step_by(step).collect();
    positions.extend(0..40);
    positions.extend(b.header.len() - 40..b.header.len());
    for i in positions {
        let mut t = b.header.clone();
        t[i] ^= 0x01;
        let ok = Header::parse(&t)
            .and_then(|h| {
                let k = h
                    .unlock(std::slice::from_ref(&id))
                    .or_else(|_| BundleKey::from_slice(k.expose()))?;
                h.open(&k)
            })
            .is_ok();
        assert!(!ok, "flipping header byte {i} went unnoticed");
    }
    // Truncated or extended headers are rejected by parse.
    assert!(Header::parse(&b.header[..b.header.len() - 1]).is_err());
    let mut ext = b.header.clone();
    ext.push(0);
    assert!(Header::parse(&ext).is_err());
    assert_eq!(Header::parse(b"GIF89a..").unwrap_err(), Error::NotABundle);
}

#[test]
fn manifest_rules_are_enforced() {
    let mut rng = os_rng();
    let id = ObjectId::generate(&mut rng);
    let entry = |name: &str, id: ObjectId| Entry {
        name: name.into(),
        object: ObjectRef {
            id,
            len: 1,
            media_type: "image/png".into(),
        },
        width: None,
        height: None,
        variants: vec![],
        placeholder: None,
    };
    let ok = Manifest {
        version: 1,
        entries: vec![entry("a", id)],
    };
    assert!(Manifest::from_plaintext(&ok.to_plaintext().unwrap()).is_ok());
    for bad in [
        Manifest {
            version: 2,
            entries: vec![],
        },
        Manifest {
            version: 1,
            entries: vec![entry("../x", id)],
        },
        Manifest {
            version: 1,
            entries: vec![entry("/abs", id)],
        },
        Manifest {
            version: 1,
            entries: vec![entry("b", id), entry("a", ObjectId::generate(&mut rng))],
        },
        Manifest {
            version: 1,
            entries: vec![entry("a", id), entry("b", id)],
        },
    ] {
        assert!(bad.validate().is_err(), "{bad:?}");
    }
    let mut pt = ok.to_plaintext().unwrap();
    *pt.last_mut().unwrap() = 1;
    assert!(Manifest::from_plaintext(&pt).is_err(), "non-zero padding");
}

//! panelcrypt's own format vectors: a small bundle made with fixed keys and
//! a deterministic RNG, committed under `data/bundle-v1/`. The test reads the
//! committed bytes (so readers cannot drift) and rebuilds them byte for byte
//! (so writers cannot drift). After an intentional format change, rewrite
//! them with `PANELCRYPT_WRITE_VECTORS=1 cargo test -p panelcrypt-core --test format_vectors`
//! and say so in docs/FORMAT.md.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::TestRng;
use panelcrypt_core::bundle::{self, Header};
use panelcrypt_core::keyfile::{self, KeyFile};
use panelcrypt_core::manifest::{Entry, ObjectRef, Placeholder, Variant};
use panelcrypt_core::slot::KdfParams;
use panelcrypt_core::{BundleKey, Manifest, MasterSecret, ObjectId, Principal, Suite};
use sha2::{Digest, Sha256};

const PASSPHRASE: &str = "panelcrypt test vector passphrase";
const KDF: KdfParams = KdfParams {
    m_kib: 8 * 1024,
    t: 1,
    p: 1,
};
const PRINCIPALS: [(&str, Suite); 3] = [
    ("user:alice", Suite::XWing),
    ("team:plant-ops@1", Suite::XWing),
    ("role:Viewer@1", Suite::X25519),
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/bundle-v1")
}

/// Deterministic file contents: (name, media type, bytes, variant bytes).
fn files() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let pattern = |n: usize, k: u8| {
        (0..n)
            .map(|i| (i as u8).wrapping_mul(k))
            .collect::<Vec<u8>>()
    };
    vec![
        ("diagram.png", "image/png", pattern(5, 3)),
        ("photos/plant-1.jpg", "image/jpeg", pattern(16384, 7)),
        ("photos/plant-2.jpg", "image/jpeg", pattern(20_000, 11)),
    ]
}

/// Builds the whole bundle: (master key file text, header, objects by file name).
fn generate() -> (String, Vec<u8>, BTreeMap<String, Vec<u8>>) {
    let mut rng = TestRng::new("panelcrypt format vector v1");
    let master = MasterSecret::generate(&mut rng);
    let key = BundleKey::generate(&mut rng);
    let mut bundle_id = [0u8; 16];
    rand_core::Rng::fill_bytes(&mut rng, &mut bundle_id);
    let mut objects = BTreeMap::new();
    let mut entries = Vec::new();
    for (name, ty, data) in files() {
        let id = ObjectId::generate(&mut rng);
        objects.insert(
            id.to_hex(),
            bundle::encrypt_object(&key, &bundle_id, &id, 0, &data, &mut rng).unwrap(),
        );
        let half = &data[..data.len() / 2];
        let vid = ObjectId::generate(&mut rng);
        objects.insert(
            vid.to_hex(),
            bundle::encrypt_object(&key, &bundle_id, &vid, 4, half, &mut rng).unwrap(),
        );
        entries.push(Entry {
            name: name.into(),
            object: ObjectRef {
                id,
                len: data.len() as u64,
                media_type: ty.into(),
            },
            width: Some(8),
            height: Some(6),
            variants: vec![Variant {
                width: 4,
                height: 3,
                object: ObjectRef {
                    id: vid,
                    len: half.len() as u64,
                    media_type: ty.into(),
                },
            }],
            placeholder: Some(Placeholder {
                media_type: "image/png".into(),
                data: "AAEC".into(),
            }),
        });
    }
    let recipients: Vec<_> = PRINCIPALS
        .iter()
        .map(|(p, s)| master.recipient(&p.parse().unwrap(), *s, 0))
        .collect();
    let header = bundle::seal_header(
        &key,
        &bundle_id,
        &recipients,
        Some((PASSPHRASE.as_bytes(), &KDF)),
        &Manifest {
            version: 1,
            entries,
        },
        &mut rng,
    )
    .unwrap();
    let keytext = keyfile::encode(&master, None, &mut rng)
        .unwrap()
        .to_string();
    (keytext, header, objects)
}

fn read_committed() -> (String, Vec<u8>, BTreeMap<String, Vec<u8>>) {
    let d = dir();
    let key = std::fs::read_to_string(d.join("master.key")).expect("committed vector master.key");
    let header = std::fs::read(d.join("header.pcb")).expect("committed vector header.pcb");
    let mut objects = BTreeMap::new();
    for e in std::fs::read_dir(d.join("o")).unwrap() {
        let e = e.unwrap();
        objects.insert(
            e.file_name().into_string().unwrap(),
            std::fs::read(e.path()).unwrap(),
        );
    }
    (key, header, objects)
}

#[test]
fn committed_bundle_decrypts_to_expected_contents() {
    if std::env::var_os("PANELCRYPT_WRITE_VECTORS").is_some() {
        let (k, h, o) = generate();
        let d = dir();
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("o")).unwrap();
        std::fs::write(d.join("master.key"), k).unwrap();
        std::fs::write(d.join("header.pcb"), h).unwrap();
        for (n, b) in o {
            std::fs::write(d.join("o").join(n), b).unwrap();
        }
        let expected: Vec<_> = files()
            .into_iter()
            .map(|(n, t, b)| serde_json::json!({"name": n, "type": t, "len": b.len(), "sha256": hex::encode(Sha256::digest(&b))}))
            .collect();
        std::fs::write(
            d.join("expected.json"),
            serde_json::to_string_pretty(&expected).unwrap() + "\n",
        )
        .unwrap();
    }
    let (keytext, header, objects) = read_committed();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir().join("expected.json")).unwrap())
            .unwrap();
    let master = KeyFile::parse(&keytext).unwrap().unlock(None).unwrap();
    let h = Header::parse(&header).unwrap();
    assert_eq!(h.slots.len(), 4);
    let mut keys = Vec::new();
    for (p, s) in PRINCIPALS {
        let p: Principal = p.parse().unwrap();
        keys.push(h.unlock(&[master.identity(&p, s, 0)]).unwrap());
    }
    keys.push(h.unlock_passphrase(PASSPHRASE.as_bytes()).unwrap());
    for k in &keys {
        let m = h.open(k).unwrap();
        assert_eq!(m.entries.len(), 3);
        for (e, want) in m.entries.iter().zip(expected.as_array().unwrap()) {
            assert_eq!(e.name, want["name"].as_str().unwrap());
            assert_eq!(e.object.media_type, want["type"].as_str().unwrap());
            let ct = &objects[&e.object.id.to_hex()];
            let pt = bundle::decrypt_object(k, &h.bundle_id, &e.object, 0, ct).unwrap();
            assert_eq!(
                hex::encode(Sha256::digest(&pt)),
                want["sha256"].as_str().unwrap()
            );
            let v = &e.variants[0];
            let vpt = bundle::decrypt_object(
                k,
                &h.bundle_id,
                &v.object,
                v.width,
                &objects[&v.object.id.to_hex()],
            )
            .unwrap();
            assert!(pt.starts_with(&vpt));
        }
    }
}

#[test]
fn writer_reproduces_committed_bytes() {
    let (k, h, o) = generate();
    let (ck, chh, co) = read_committed();
    assert_eq!(k, ck, "master.key drifted");
    assert!(
        h == chh,
        "header.pcb drifted: the writer no longer produces the committed format"
    );
    assert!(o == co, "objects drifted");
}

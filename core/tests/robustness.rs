//! Property tests: round trips at and around chunk boundaries, and
//! arbitrary or mutated bytes never panic any reader.

mod common;

use std::io::{Read, Write};

use common::{TestRng, os_rng};
use panelcrypt_core::bundle::{self, Header, ObjectReader};
use panelcrypt_core::chunked::{self, DecryptReader, EncryptWriter};
use panelcrypt_core::keyfile::KeyFile;
use panelcrypt_core::manifest::{Entry, ObjectRef};
use panelcrypt_core::{BundleKey, Manifest, MasterSecret, ObjectId, Principal, Recipient, Suite};
use proptest::prelude::*;

fn len_strategy() -> impl Strategy<Value = usize> {
    prop_oneof![
        Just(0usize),
        Just(1),
        Just(16383),
        Just(16384),
        Just(16385),
        Just(32768),
        16380usize..16390,
        32760usize..32780,
        0usize..70_000,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn chunked_round_trip(len in len_strategy(), split in 1usize..40_000, seed in any::<u64>()) {
        let data: Vec<u8> = (0..len).map(|i| (i as u64 ^ seed) as u8).collect();
        let key = [seed as u8; 32];
        let salt = [(seed >> 8) as u8; 24];
        let one = chunked::encrypt(&key, &salt, b"p", &data).unwrap();
        let mut w = EncryptWriter::new(Vec::new(), &key, &salt, b"p").unwrap();
        for piece in data.chunks(split) { w.write_all(piece).unwrap(); }
        prop_assert_eq!(&w.finish().unwrap(), &one);
        prop_assert_eq!(chunked::decrypt(&key, b"p", &one).unwrap(), data.clone());
        let mut got = Vec::new();
        DecryptReader::new(&one[..], &key, b"p").read_to_end(&mut got).unwrap();
        prop_assert_eq!(got, data);
    }

    #[test]
    fn object_round_trip_with_padding(len in len_strategy()) {
        let mut rng = os_rng();
        let key = BundleKey::generate(&mut rng);
        let bid = [1u8; 16];
        let id = ObjectId::generate(&mut rng);
        let data: Vec<u8> = (0..len).map(|i| i as u8).collect();
        let ct = bundle::encrypt_object(&key, &bid, &id, 0, &data, &mut rng).unwrap();
        prop_assert_eq!(ct.len() as u64, bundle::object_ciphertext_len(len as u64));
        let r = ObjectRef { id, len: len as u64, media_type: "image/png".into() };
        prop_assert_eq!(&bundle::decrypt_object(&key, &bid, &r, 0, &ct).unwrap(), &data);
        let mut got = Vec::new();
        ObjectReader::new(&ct[..], &key, &bid, &r, 0).read_to_end(&mut got).unwrap();
        prop_assert_eq!(got, data);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let _ = Header::parse(&bytes);
        let _ = bundle::parse_slot_section(&bytes);
        let mut with_magic = bundle::MAGIC.to_vec();
        with_magic.extend_from_slice(&bytes);
        let _ = Header::parse(&with_magic);
        let _ = Manifest::from_plaintext(&bytes);
        let _ = chunked::decrypt(&[0u8; 32], b"", &bytes);
        let mut sink = Vec::new();
        let _ = DecryptReader::new(&bytes[..], &[0u8; 32], b"").read_to_end(&mut sink);
        let r = ObjectRef { id: ObjectId([0; 16]), len: bytes.len() as u64 / 2, media_type: "a/b".into() };
        let _ = ObjectReader::new(&bytes[..], &BundleKey::from_slice(&[0u8; 32]).unwrap(), &[0; 16], &r, 0).read_to_end(&mut sink);
        let s = String::from_utf8_lossy(&bytes);
        let _ = s.parse::<Recipient>();
        let _ = s.parse::<Principal>();
        if let Ok(k) = KeyFile::parse(&s) { let _ = k.unlock(Some(b"x")); }
    }

    #[test]
    fn mutated_headers_never_panic_or_open(flips in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..6), cut in any::<prop::sample::Index>()) {
        let (master, header) = sample_header();
        let id = master.identity(&"user:alice".parse().unwrap(), Suite::X25519, 0);
        let mut t = header.clone();
        for (i, x) in &flips { let i = i.index(t.len()); t[i] ^= x; }
        if let Ok(h) = Header::parse(&t)
            && let Ok(k) = h.unlock(std::slice::from_ref(&id))
        {
            prop_assert!(h.open(&k).is_err(), "a mutated header opened");
        }
        let c = cut.index(header.len());
        prop_assert!(Header::parse(&header[..c]).is_err());
    }
}

fn sample_header() -> (MasterSecret, Vec<u8>) {
    let mut rng = TestRng::new("robustness");
    let master = MasterSecret::generate(&mut rng);
    let key = BundleKey::generate(&mut rng);
    let id = ObjectId::generate(&mut rng);
    let m = Manifest {
        version: 1,
        entries: vec![Entry {
            name: "x.png".into(),
            object: ObjectRef {
                id,
                len: 10,
                media_type: "image/png".into(),
            },
            width: Some(1),
            height: Some(1),
            variants: vec![],
            placeholder: None,
        }],
    };
    let r = master.recipient(&"user:alice".parse().unwrap(), Suite::X25519, 0);
    let h = bundle::seal_header(&key, &[9u8; 16], &[r], None, &m, &mut rng).unwrap();
    (master, h)
}

//! Project Wycheproof's C2SP chunked-encryption (Cobblestone-256) vectors,
//! `data/c2sp_chunked_encryption_aes_256_gcm_test.json`, one test per case,
//! through the one-shot, streaming and random-access APIs.

use std::io::Read;

use panelcrypt_core::chunked::{self, DecryptReader};
use serde_json::Value;
use sha2::{Digest, Sha512};

const FILE: &str = include_str!("data/c2sp_chunked_encryption_aes_256_gcm_test.json");

fn hexd(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().unwrap_or("")).expect("hex in vector file")
}

fn case(tc_id: u64) -> Value {
    let all: Value = serde_json::from_str(FILE).unwrap();
    let g = &all["testGroups"][0];
    assert_eq!(g["aead"], "AEAD_AES_256_GCM");
    assert_eq!(g["sha"], "SHA-512");
    g["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["tcId"] == tc_id)
        .cloned()
        .unwrap_or_else(|| panic!("no tcId {tc_id}"))
}

fn run(tc_id: u64) {
    let t = case(tc_id);
    let key = hexd(&t["key"]);
    let ctx = hexd(&t["ctx"]);
    let ct = miniz_oxide::inflate::decompress_to_vec_zlib(&hexd(&t["ct"])).expect("zlib");
    let flags: Vec<&str> = t["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    let valid = t["result"] == "valid";
    let has = |f: &str| flags.contains(&f);

    // Derivation: when the vector gives aeadKey/baseNonce, ours must match.
    if let (Some(k), Some(n)) = (t.get("aeadKey"), t.get("baseNonce")) {
        let ik: [u8; 32] = key[..].try_into().unwrap();
        let salt: [u8; 24] = ct[..24].try_into().unwrap();
        let d = chunked::derive(&ik, &salt, &ctx);
        assert_eq!(&d.key[..], &hexd(k)[..], "aeadKey");
        assert_eq!(&d.base_nonce[..], &hexd(n)[..], "baseNonce");
    }

    // One-shot: all or nothing.
    let one = chunked::decrypt(&key, &ctx, &ct);
    // Streaming: a prefix at most, then an error that repeats.
    let mut r = DecryptReader::new(&ct[..], &key, &ctx);
    let mut got = Vec::new();
    let mut buf = vec![0u8; 5000];
    let stream_err = loop {
        match r.read(&mut buf) {
            Ok(0) => break None,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) => break Some(e.to_string()),
        }
    };
    // Header checks happen before any chunk.
    let header = chunked::open_header(&key, &ctx, &ct);
    assert_eq!(
        header.is_err(),
        has("HeaderFailure"),
        "HeaderFailure flag vs header check"
    );

    if valid {
        let pt = one.expect("valid vector must decrypt one-shot");
        assert!(
            stream_err.is_none(),
            "valid vector failed streaming: {stream_err:?}"
        );
        assert_eq!(pt, got);
        assert_eq!(pt.len() as u64, t["msgLength"].as_u64().unwrap());
        assert_eq!(
            hex::encode(Sha512::digest(&pt)),
            t["msgSha512"].as_str().unwrap()
        );
    } else {
        assert!(one.is_err(), "invalid vector decrypted one-shot");
        assert!(stream_err.is_some(), "invalid vector decrypted streaming");
        // The error repeats.
        assert!(r.read(&mut buf).is_err() && r.read(&mut buf).is_err());
        if has("PartialPlaintext") {
            let n = t["msgLength"].as_u64().unwrap() as usize;
            assert!(got.len() <= n);
            if got.len() == n {
                assert_eq!(
                    hex::encode(Sha512::digest(&got)),
                    t["msgSha512"].as_str().unwrap()
                );
            }
        } else {
            assert!(got.is_empty(), "no plaintext may be released for {flags:?}");
        }
    }

    // Random access: authenticate the length by decrypting the final chunk
    // where the ciphertext length says it is. Succeeds only for valid
    // vectors and those flagged ValidFinalChunk.
    if let Ok(c) = header {
        let ra = chunked::plaintext_len(ct.len() as u64).and_then(|pt_len| {
            let last = chunked::chunk_count(pt_len) - 1;
            c.open_chunk(last, &ct[chunked::chunk_offset(last) as usize..])
        });
        assert_eq!(
            ra.is_ok(),
            valid || has("ValidFinalChunk"),
            "final-chunk authentication"
        );
    }
}

macro_rules! vectors {
    ($($name:ident = $id:expr),* $(,)?) => { $( #[test] fn $name() { run($id); } )* };
}

vectors! {
    tc01_empty = 1, tc02 = 2, tc03 = 3, tc04 = 4, tc05 = 5, tc06 = 6, tc07_rollover = 7,
    tc08_rollover = 8, tc09_context = 9, tc10_context_nul = 10, tc11 = 11, tc12 = 12, tc13 = 13,
    tc14 = 14, tc15 = 15, tc16 = 16, tc17 = 17, tc18 = 18, tc19 = 19, tc20 = 20, tc21 = 21,
    tc22_wrong_key = 22, tc23_short_key = 23, tc24_long_key = 24, tc25_wrong_ctx = 25, tc26 = 26,
    tc27 = 27, tc28 = 28, tc29 = 29, tc30 = 30, tc31 = 31, tc32 = 32, tc33 = 33, tc34 = 34, tc35 = 35,
}

#[test]
fn file_has_exactly_the_35_cases_above() {
    let all: Value = serde_json::from_str(FILE).unwrap();
    assert_eq!(all["numberOfTests"], 35);
    assert_eq!(all["testGroups"][0]["tests"].as_array().unwrap().len(), 35);
}

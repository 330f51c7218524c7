//! Project Wycheproof's AES-GCM vectors (`data/aes_gcm_test.json`): every
//! AES-256 / 96-bit-IV / 128-bit-tag case, run through the AES-GCM backend
//! the core uses for chunks (`chunked::aes256gcm`).

use panelcrypt_core::chunked::aes256gcm;
use serde_json::Value;

const FILE: &str = include_str!("data/aes_gcm_test.json");

fn hexd(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().unwrap()).unwrap()
}

#[test]
fn aes_256_gcm_96_bit_iv_cases() {
    let all: Value = serde_json::from_str(FILE).unwrap();
    let mut ran = 0;
    let mut failures = Vec::new();
    for g in all["testGroups"].as_array().unwrap() {
        if g["keySize"] != 256 || g["ivSize"] != 96 || g["tagSize"] != 128 {
            continue;
        }
        for t in g["tests"].as_array().unwrap() {
            ran += 1;
            let id = t["tcId"].as_u64().unwrap();
            let aead = aes256gcm::cipher(&hexd(&t["key"])).unwrap();
            let iv: [u8; 12] = hexd(&t["iv"]).try_into().unwrap();
            let (aad, msg, ct) = (hexd(&t["aad"]), hexd(&t["msg"]), hexd(&t["ct"]));
            let tag: [u8; 16] = hexd(&t["tag"]).try_into().unwrap();
            let mut buf = ct.clone();
            let opened = aes256gcm::open_detached(&aead, &iv, &aad, &mut buf, &tag);
            match t["result"].as_str().unwrap() {
                "valid" => {
                    if opened.is_err() || buf != msg {
                        failures.push(format!("tc {id}: valid case did not decrypt"));
                    }
                    let mut enc = msg.clone();
                    let got_tag = aes256gcm::seal_detached(&aead, &iv, &aad, &mut enc).unwrap();
                    if enc != ct || got_tag != tag {
                        failures.push(format!("tc {id}: encryption differs"));
                    }
                }
                "invalid" => {
                    if opened.is_ok() {
                        failures.push(format!("tc {id}: invalid case decrypted"));
                    }
                    if buf != ct {
                        failures.push(format!("tc {id}: plaintext released on failure"));
                    }
                }
                other => failures.push(format!("tc {id}: unexpected result {other}")),
            }
        }
    }
    assert_eq!(ran, 66, "the file's AES-256/96-bit group has 66 cases");
    assert!(failures.is_empty(), "{failures:#?}");
}

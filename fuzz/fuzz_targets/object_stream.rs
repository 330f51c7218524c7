//! Streaming object decryption (Cobblestone-256 reader plus padding checks)
//! over arbitrary ciphertext, with a length taken from the input.
#![no_main]

use std::io::Read;

use libfuzzer_sys::fuzz_target;
use panelcrypt_core::bundle::{ObjectReader, decrypt_object};
use panelcrypt_core::chunked::{self, DecryptReader};
use panelcrypt_core::manifest::ObjectRef;
use panelcrypt_core::{BundleKey, ObjectId};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let len = u16::from_be_bytes([data[0], data[1]]) as u64;
    let ct = &data[2..];
    let key = BundleKey::from_slice(&[3u8; 32]).expect("32 bytes");
    let r = ObjectRef { id: ObjectId([4u8; 16]), len, media_type: "image/png".into() };
    let mut sink = Vec::new();
    let _ = ObjectReader::new(ct, &key, &[5u8; 16], &r, 0).read_to_end(&mut sink);
    let _ = decrypt_object(&key, &[5u8; 16], &r, 0, ct);
    sink.clear();
    let _ = DecryptReader::new(ct, &[3u8; 32], b"ctx").read_to_end(&mut sink);
    let _ = chunked::decrypt(&[3u8; 32], b"ctx", ct);
    let _ = chunked::plaintext_len(ct.len() as u64);
});

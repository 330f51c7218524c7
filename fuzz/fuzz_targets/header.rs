//! Header parser: arbitrary bytes, then (if it parses) a real unlock attempt
//! and manifest open with a fixed key. Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use panelcrypt_core::bundle::Header;
use panelcrypt_core::{BundleKey, MasterSecret, Suite};

fuzz_target!(|data: &[u8]| {
    if let Ok(h) = Header::parse(data) {
        let m = MasterSecret::from_bytes([7u8; 32]);
        let who = "user:alice".parse().expect("valid principal literal");
        let ids = [m.identity(&who, Suite::X25519, 0), m.identity(&who, Suite::XWing, 0)];
        let key = h.unlock(&ids).unwrap_or_else(|_| BundleKey::from_slice(&[1u8; 32]).expect("32 bytes"));
        let _ = h.open(&key);
        let _ = h.manifest_ciphertext_len();
    }
});

//! Manifest plaintext parser (length field, padding, JSON, rules).
#![no_main]

use libfuzzer_sys::fuzz_target;
use panelcrypt_core::Manifest;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = Manifest::from_plaintext(data) {
        // Whatever parses must re-encode and parse to the same value.
        let pt = m.to_plaintext().expect("a valid manifest re-encodes");
        assert_eq!(Manifest::from_plaintext(&pt).expect("round trip"), m);
        for e in &m.entries {
            let _ = m.get(&e.name);
        }
    }
});

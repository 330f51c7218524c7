//! Text parsers: recipients, principals, key files.
#![no_main]

use libfuzzer_sys::fuzz_target;
use panelcrypt_core::keyfile::KeyFile;
use panelcrypt_core::{Principal, Recipient};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    if let Ok(r) = s.parse::<Recipient>() {
        assert_eq!(r.to_string().parse::<Recipient>().expect("round trip"), r);
    }
    if let Ok(p) = s.parse::<Principal>() {
        assert_eq!(p.to_string().parse::<Principal>().expect("round trip"), p);
    }
    if let Ok(k) = KeyFile::parse(&s) {
        if !k.is_encrypted() {
            let _ = k.unlock(None);
        }
    }
});

//! Slot section parser and HPKE slot opening. (Passphrase slots are parsed
//! but not opened: Argon2id at 8 MiB per input would only slow the fuzzer.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use panelcrypt_core::bundle::parse_slot_section;
use panelcrypt_core::{MasterSecret, Suite};

fuzz_target!(|data: &[u8]| {
    if let Ok((bundle_id, slots, _)) = parse_slot_section(data) {
        let m = MasterSecret::from_bytes([7u8; 32]);
        let who = "team:ops@1".parse().expect("valid principal literal");
        for s in &slots {
            for suite in Suite::ALL {
                let _ = s.open_with(&m.identity(&who, suite, 0), &bundle_id);
            }
            let _ = s.kdf_params();
        }
    }
});

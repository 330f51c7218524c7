//! Writes the fixtures `bench/keyservice.sh` needs into a directory:
//! `master.key` (a fixed, test-only master secret) and three unlock
//! request bodies: `body.json` (a bundle sealed with X-Wing to
//! `team:bench@1`), `body_x25519.json` (the same with X25519) and
//! `body_denied.json` (sealed to `team:nobody@1`, which the bench user is
//! not in: refused after the identity lookup, without any decapsulation).
//!
//! ```text
//! cargo run --release -p panelcrypt-keyservice --example bench_fixture -- DIR
//! ```

use std::path::PathBuf;

use base64::Engine;
use panelcrypt_core::bundle::{parse_slot_section, seal_header};
use panelcrypt_core::{BundleKey, Manifest, MasterSecret, Principal, Suite, keyfile};

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or_else(|| anyhow::anyhow!("usage: bench_fixture DIR"))?,
    );
    std::fs::create_dir_all(&dir)?;
    let mut rng = rand_core::UnwrapErr(getrandom::SysRng);
    let master = MasterSecret::from_bytes([42u8; 32]);
    std::fs::write(
        dir.join("master.key"),
        keyfile::encode(&master, None, &mut rng)?.as_bytes(),
    )?;
    for (file, principal, suite) in [
        ("body.json", "team:bench@1", Suite::XWing),
        ("body_x25519.json", "team:bench@1", Suite::X25519),
        ("body_denied.json", "team:nobody@1", Suite::XWing),
    ] {
        let p: Principal = principal.parse()?;
        let key = BundleKey::generate(&mut rng);
        let mut id = [0u8; 16];
        rand_core::Rng::fill_bytes(&mut rng, &mut id);
        let header = seal_header(
            &key,
            &id,
            &[master.recipient(&p, suite, 0)],
            None,
            &Manifest::new(),
            &mut rng,
        )?;
        let (_, _, end) = parse_slot_section(&header)?;
        let body = serde_json::json!({
            "slots": base64::engine::general_purpose::STANDARD.encode(&header[..end])
        });
        std::fs::write(dir.join(file), body.to_string())?;
    }
    Ok(())
}

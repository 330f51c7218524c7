//! Micro-benchmark: how long deriving a principal's key pair, opening one
//! slot and computing a slot id take, for X-Wing and X25519 (used by
//! `bench/keyservice.sh`).
use std::time::Instant;

use panelcrypt_core::bundle::{Header, seal_header};
use panelcrypt_core::{BundleKey, Manifest, MasterSecret, Principal, Suite};

fn main() -> anyhow::Result<()> {
    let mut rng = rand_core::UnwrapErr(getrandom::SysRng);
    let master = MasterSecret::from_bytes([42u8; 32]);
    let p: Principal = "team:bench@1".parse()?;
    for suite in Suite::ALL {
        let key = BundleKey::generate(&mut rng);
        let id = [1u8; 16];
        let header = seal_header(
            &key,
            &id,
            &[master.recipient(&p, suite, 0)],
            None,
            &Manifest::new(),
            &mut rng,
        )?;
        let h = Header::parse(&header)?;
        let t = Instant::now();
        let n = 200;
        for _ in 0..n {
            let _ = master.identity(&p, suite, 0);
        }
        let derive = t.elapsed() / n;
        let ident = master.identity(&p, suite, 0);
        let t = Instant::now();
        for _ in 0..n {
            h.slots[0]
                .open_with(&ident, &id)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        let open = t.elapsed() / n;
        let t = Instant::now();
        for _ in 0..n {
            let _ = ident.recipient().slot_id(&id);
        }
        let sid = t.elapsed() / n;
        println!("{suite:?}: derive {derive:?}, open {open:?}, slot_id {sid:?}");
    }
    Ok(())
}

//! `panelcrypt inspect`: what anyone who can fetch a bundle sees.

use std::path::PathBuf;

use clap::Args as ClapArgs;
use panelcrypt_core::bundle::{HEADER_FILE, VERSION};
use panelcrypt_core::slot::{SLOT_HPKE_X25519, SLOT_HPKE_XWING, SLOT_PASSPHRASE};
use serde_json::json;

use crate::bundle_dir::BundleDir;
use crate::error::{EXIT_OK, Result};
use crate::output;

const AFTER: &str = "\
Needs no keys: this is exactly what the public host, a CDN or anyone with the
URL learns: the number of key slots and their types, the number of object
files (originals plus variants) and their padded sizes (PADMÉ: only roughly
how large each one is). Names, types, dimensions and which object belongs to
which image are in the encrypted manifest; object files have random names;
key slots do not name principals.

Examples:
  panelcrypt inspect dist/
  panelcrypt inspect dist/ --json";

/// Show what anyone can see of a bundle (no keys needed)
#[derive(ClapArgs, Debug)]
#[command(after_help = AFTER)]
pub struct Args {
    /// The bundle directory
    #[arg(value_name = "BUNDLE")]
    pub bundle: PathBuf,

    /// Print as JSON on stdout
    #[arg(long)]
    pub json: bool,
}

fn slot_name(kind: u8) -> &'static str {
    match kind {
        SLOT_HPKE_XWING => "X-Wing (post-quantum hybrid)",
        SLOT_HPKE_X25519 => "X25519",
        SLOT_PASSPHRASE => "passphrase (Argon2id)",
        _ => "unknown type",
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<u8> {
    let b = BundleDir::read(&args.bundle)?;
    let h = b.header()?;
    let files = b.object_files()?;
    let obj_total: u64 = files.iter().map(|f| f.len).sum();
    let header_len = b.header_bytes.len() as u64;
    let mut kinds: Vec<(u8, usize)> = Vec::new();
    for s in &h.slots {
        match kinds.iter_mut().find(|(k, _)| *k == s.kind) {
            Some((_, n)) => *n += 1,
            None => kinds.push((s.kind, 1)),
        }
    }
    let kdfs: Vec<_> = h.slots.iter().filter_map(|s| s.kdf_params()).collect();
    if args.json {
        output::print_json(&json!({
            "bundle": args.bundle.display().to_string(),
            "format_version": VERSION,
            "bundle_id": hex::encode(h.bundle_id),
            "header_bytes": header_len,
            "key_slots": h.slots.len(),
            "slots_by_type": kinds.iter().map(|(k, n)| json!({"type": k, "name": slot_name(*k), "count": n})).collect::<Vec<_>>(),
            "passphrase_kdf": kdfs.iter().map(|p| json!({"m_kib": p.m_kib, "t": p.t, "p": p.p})).collect::<Vec<_>>(),
            "manifest_ciphertext_bytes": h.manifest_ciphertext_len(),
            "objects": files.iter().map(|f| json!({"name": f.name, "bytes": f.len})).collect::<Vec<_>>(),
            "object_count": files.len(),
            "object_bytes": obj_total,
            "total_bytes": obj_total + header_len,
        }))?;
        return Ok(EXIT_OK);
    }
    let mut t = String::new();
    t.push_str(&format!("bundle          {}\n", args.bundle.display()));
    t.push_str(&format!("format          panelcrypt version {VERSION}\n"));
    t.push_str(&format!("bundle id       {}\n", hex::encode(h.bundle_id)));
    t.push_str(&format!("{HEADER_FILE}      {} bytes\n", header_len));
    let by_kind: Vec<String> = kinds
        .iter()
        .map(|(k, n)| format!("{n} {}", slot_name(*k)))
        .collect();
    t.push_str(&format!(
        "key slots       {}: {}\n",
        h.slots.len(),
        by_kind.join(", ")
    ));
    for p in &kdfs {
        t.push_str(&format!(
            "passphrase KDF  Argon2id, {} MiB, {} passes, {} lane(s)\n",
            p.m_kib / 1024,
            p.t,
            p.p
        ));
    }
    t.push_str(&format!(
        "manifest        {} bytes encrypted (names, types, sizes, variants: hidden)\n",
        h.manifest_ciphertext_len()
    ));
    t.push_str(&format!(
        "objects         {} file(s), {} ({} bytes)\n",
        files.len(),
        output::size(obj_total),
        obj_total
    ));
    for f in &files {
        t.push_str(&format!("  o/{}  {:>12} bytes\n", f.name, f.len));
    }
    t.push_str(&format!(
        "total           {} ({} bytes)\n",
        output::size(obj_total + header_len),
        obj_total + header_len
    ));
    output::print(&t)?;
    Ok(EXIT_OK)
}

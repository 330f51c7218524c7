//! `panelcrypt verify`: structure without keys, every object with them.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufReader};
use std::path::PathBuf;

use clap::Args as ClapArgs;
use panelcrypt_core::bundle::{self, ObjectReader};
use panelcrypt_core::chunked;
use panelcrypt_core::padme::padme;
use serde_json::json;

use crate::bundle_dir::BundleDir;
use crate::cmd::UnlockArgs;
use crate::error::{EXIT_OK, EXIT_PARTIAL, Result, describe_core, describe_io};
use crate::output;

const AFTER: &str = "\
Without keys, checks what anyone can check: the header's structure, and that
every file under o/ is named like an object and has the exact length of a
padded, encrypted object. With --as or --passphrase, also authenticates the
header, decrypts the manifest, and decrypts every object it names (originals
and variants), reporting each one that is missing, truncated or modified.
Exit status 1 means something is damaged.

Examples:
  panelcrypt verify dist/
  panelcrypt verify dist/ --as team:plant-ops --json
  PANELCRYPT_BUNDLE_PASSPHRASE=... panelcrypt verify dist/ --passphrase";

/// Check a bundle's structure, and with keys every object's integrity
#[derive(ClapArgs, Debug)]
#[command(after_help = AFTER)]
pub struct Args {
    /// The bundle directory
    #[arg(value_name = "BUNDLE")]
    pub bundle: PathBuf,

    #[command(flatten)]
    pub unlock: UnlockArgs,

    /// Print the result as JSON on stdout
    #[arg(long)]
    pub json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<u8> {
    let b = BundleDir::read(&args.bundle)?;
    let what = args.bundle.display().to_string();
    let mut problems: Vec<String> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    let mut results = Vec::new();

    let header = match b.header() {
        Ok(h) => Some(h),
        Err(e) => {
            problems.push(e.message);
            None
        }
    };
    let files = b.object_files()?;
    for f in &files {
        if !f.is_file || f.id.is_none() {
            problems.push(format!(
                "o/{} is not an object file (objects are 32 hex digits)",
                f.name
            ));
            continue;
        }
        let ok = chunked::plaintext_len(f.len).is_ok_and(|p| padme(p) == p);
        if !ok {
            problems.push(format!(
                "o/{} is {} bytes, which no padded encrypted object has: truncated or extended",
                f.name, f.len
            ));
        }
    }

    let mut checked = 0usize;
    let mut opened_as = None;
    if args.unlock.given()
        && let Some(header) = &header
    {
        let key = args.unlock.unlock(header, &what)?;
        opened_as = Some(if args.unlock.passphrase {
            "the recovery passphrase".to_string()
        } else {
            args.unlock.principals.join(", ")
        });
        match header.open(&key) {
            Err(e) => problems.push(format!(
                "the header does not authenticate: {}",
                describe_core(&e).0
            )),
            Ok(manifest) => {
                let mut referenced = HashSet::new();
                for e in &manifest.entries {
                    let objs = std::iter::once((&e.object, 0))
                        .chain(e.variants.iter().map(|v| (&v.object, v.width)));
                    for (o, width) in objs {
                        referenced.insert(o.id);
                        checked += 1;
                        let label = if width == 0 {
                            format!("{} (original)", e.name)
                        } else {
                            format!("{} ({}px variant)", e.name, width)
                        };
                        let r = check_object(&b, header, &key, o, width);
                        if let Err(why) = &r {
                            problems.push(format!("{label}, object {}: {why}", o.id));
                        }
                        results.push(json!({
                            "name": e.name,
                            "width": width,
                            "object": o.id.to_hex(),
                            "ok": r.is_ok(),
                            "error": r.err(),
                        }));
                    }
                }
                for f in &files {
                    if let Some(id) = f.id
                        && !referenced.contains(&id)
                    {
                        warnings.push(format!("o/{} is not referenced by the manifest", f.name));
                    }
                }
            }
        }
    }

    let code = if problems.is_empty() {
        EXIT_OK
    } else {
        EXIT_PARTIAL
    };
    if args.json {
        output::print_json(&json!({
            "bundle": what,
            "structure_ok": header.is_some(),
            "object_files": files.len(),
            "opened_as": opened_as,
            "objects_checked": checked,
            "objects": results,
            "problems": problems,
            "warnings": warnings,
            "ok": problems.is_empty(),
            "exit_code": code,
        }))?;
    } else {
        let mut t = String::new();
        for p in &problems {
            t.push_str(&format!("DAMAGED {p}\n"));
        }
        for w in &warnings {
            t.push_str(&format!("warning: {w}\n"));
        }
        match &opened_as {
            Some(who) => t.push_str(&format!(
                "{what}: {} ({checked} object(s) decrypted, opened with {who}; {} object file(s))\n",
                if problems.is_empty() { "intact" } else { "DAMAGED" },
                files.len()
            )),
            None => t.push_str(&format!(
                "{what}: structure {} ({} object file(s); pass --as or --passphrase to decrypt every object)\n",
                if problems.is_empty() { "ok" } else { "DAMAGED" },
                files.len()
            )),
        }
        output::print(&t)?;
    }
    Ok(code)
}

fn check_object(
    b: &BundleDir,
    header: &panelcrypt_core::bundle::Header,
    key: &panelcrypt_core::BundleKey,
    o: &panelcrypt_core::manifest::ObjectRef,
    width: u32,
) -> std::result::Result<(), String> {
    let f =
        File::open(b.object_path(&o.id)).map_err(|e| format!("missing: {}", describe_io(&e)))?;
    let len = f.metadata().map_err(|e| describe_io(&e))?.len();
    let want = bundle::object_ciphertext_len(o.len);
    if len != want {
        return Err(format!(
            "{len} bytes, expected {want}: truncated, extended or replaced"
        ));
    }
    let mut r = ObjectReader::new(
        BufReader::with_capacity(256 * 1024, f),
        key,
        &header.bundle_id,
        o,
        width,
    );
    io::copy(&mut r, &mut io::sink()).map_err(|e| {
        if e.kind() == io::ErrorKind::InvalidData {
            "does not decrypt: modified, swapped or truncated".to_string()
        } else {
            describe_io(&e)
        }
    })?;
    Ok(())
}

//! `panelcrypt open`: every original back, byte for byte.

use std::fs::{self, File};
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};

use clap::Args as ClapArgs;
use panelcrypt_core::bundle::{self, ObjectReader};
use serde_json::json;

use crate::atomic::TempFile;
use crate::bundle_dir::BundleDir;
use crate::cmd::UnlockArgs;
use crate::error::{CliError, EXIT_OK, EXIT_PARTIAL, Result, describe_io};
use crate::output;
use crate::progress::Progress;

const AFTER: &str = "\
Decrypts every original (not the variants) to <DIR>/<name>. Each file is
written to a temporary file and renamed only once all of it has been
authenticated, so a damaged object never leaves a partial file. Files are
created readable only by you (mode 600). Existing files are not overwritten
unless --force. Names that would escape <DIR> or pass through a symbolic link
are refused.

Examples:
  panelcrypt open dist/ -o recovered/ --as team:plant-ops
  panelcrypt open dist/ -o recovered/ --as user:alice --max-epoch 3 --key-file master.key
  PANELCRYPT_BUNDLE_PASSPHRASE=... panelcrypt open dist/ -o recovered/ --passphrase";

/// Decrypt a bundle's originals into a directory
#[derive(ClapArgs, Debug)]
#[command(after_help = AFTER)]
pub struct Args {
    /// The bundle directory
    #[arg(value_name = "BUNDLE")]
    pub bundle: PathBuf,

    /// Directory to write the files into (created if needed)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,

    #[command(flatten)]
    pub unlock: UnlockArgs,

    /// Overwrite files that already exist in <DIR>
    #[arg(long)]
    pub force: bool,

    /// Print a JSON summary on stdout
    #[arg(long)]
    pub json: bool,

    /// No progress output
    #[arg(short, long)]
    pub quiet: bool,
}

/// `dir/name`, creating the folders on the way, refusing symbolic links.
fn destination(dir: &Path, name: &str) -> std::result::Result<PathBuf, String> {
    let segs: Vec<&str> = name.split('/').collect();
    let mut p = dir.to_path_buf();
    for (i, seg) in segs.iter().enumerate() {
        // The manifest forbids these; check again, it costs nothing.
        if seg.is_empty() || *seg == "." || *seg == ".." {
            return Err("its name would escape the output directory".into());
        }
        p.push(seg);
        let last = i + 1 == segs.len();
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(format!(
                    "{} is a symbolic link; refusing to write through it",
                    p.display()
                ));
            }
            Ok(m) if !last && !m.is_dir() => {
                return Err(format!("{} exists and is not a directory", p.display()));
            }
            Ok(m) if last && m.is_dir() => {
                return Err(format!("{} is a directory", p.display()));
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if !last {
                    fs::create_dir(&p)
                        .map_err(|e| format!("creating {}: {}", p.display(), describe_io(&e)))?;
                }
            }
            Err(e) => return Err(format!("{}: {}", p.display(), describe_io(&e))),
        }
    }
    Ok(p)
}

/// Runs the command.
pub fn run(args: Args) -> Result<u8> {
    let b = BundleDir::read(&args.bundle)?;
    let header = b.header()?;
    let what = args.bundle.display().to_string();
    if !args.unlock.given() {
        return Err(CliError::new(format!("say how to open {what}")).hint(
            "pass --as <principal> (uses the master key) or --passphrase (the recovery slot)",
        ));
    }
    let key = args.unlock.unlock(&header, &what)?;
    let manifest = header
        .open(&key)
        .map_err(|e| CliError::core(&format!("reading the manifest of {what}"), &e))?;
    fs::create_dir_all(&args.output).map_err(|e| CliError::io("creating", &args.output, &e))?;

    let total: u64 = manifest.entries.iter().map(|e| e.object.len).sum();
    let progress = Progress::new(manifest.entries.len(), total, args.quiet);
    let mut failed = Vec::new();
    let mut written = 0u64;
    for e in &manifest.entries {
        let r = (|| -> std::result::Result<(), String> {
            let dest = destination(&args.output, &e.name)?;
            if !args.force && fs::symlink_metadata(&dest).is_ok() {
                return Err(format!(
                    "{} exists (pass --force to overwrite)",
                    dest.display()
                ));
            }
            let src = b.object_path(&e.object.id);
            let f = File::open(&src)
                .map_err(|err| format!("object {}: {}", e.object.id, describe_io(&err)))?;
            let len = f.metadata().map_err(|err| describe_io(&err))?.len();
            if len != bundle::object_ciphertext_len(e.object.len) {
                return Err(format!(
                    "object {} is {len} bytes, expected {}: truncated or replaced",
                    e.object.id,
                    bundle::object_ciphertext_len(e.object.len)
                ));
            }
            let mut reader = ObjectReader::new(
                BufReader::with_capacity(256 * 1024, f),
                &key,
                &header.bundle_id,
                &e.object,
                0,
            );
            let mut tmp = TempFile::beside(&dest, 0o600).map_err(|err| {
                format!(
                    "creating a file beside {}: {}",
                    dest.display(),
                    describe_io(&err)
                )
            })?;
            io::copy(&mut reader, tmp.file()).map_err(|err| {
                if err.kind() == io::ErrorKind::InvalidData {
                    format!(
                        "object {} does not decrypt: wrong key, or it was modified",
                        e.object.id
                    )
                } else {
                    format!("writing {}: {}", dest.display(), describe_io(&err))
                }
            })?;
            tmp.persist(&dest)
                .map_err(|err| format!("writing {}: {}", dest.display(), describe_io(&err)))
        })();
        match r {
            Ok(()) => {
                written += 1;
                progress.file_done(e.object.len, &format!("opened {}", e.name));
            }
            Err(why) => {
                progress.warn(&format!("failed {}: {why}", e.name));
                progress.file_done(e.object.len, &format!("failed {}", e.name));
                failed.push((e.name.clone(), why));
            }
        }
    }
    progress.finish();
    let code = if failed.is_empty() {
        EXIT_OK
    } else {
        EXIT_PARTIAL
    };
    if args.json {
        output::print_json(&json!({
            "bundle": what,
            "output": args.output.display().to_string(),
            "files_written": written,
            "failed": failed.iter().map(|(n, w)| json!({"name": n, "reason": w})).collect::<Vec<_>>(),
            "exit_code": code,
        }))?;
    } else {
        let mut text = format!(
            "opened {written} of {} file(s) into {}\n",
            manifest.entries.len(),
            args.output.display()
        );
        for (n, w) in &failed {
            text.push_str(&format!("  failed {n}: {w}\n"));
        }
        output::print(&text)?;
    }
    Ok(code)
}

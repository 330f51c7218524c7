//! `panelcrypt keygen`: a new master secret.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args as ClapArgs;
use panelcrypt_core::MasterSecret;
use panelcrypt_core::keyfile;
use panelcrypt_core::slot::KdfParams;

use crate::atomic;
use crate::error::{CliError, EXIT_OK, Result};
use crate::{rng, secrets};

const AFTER: &str = "\
The master secret derives every principal's key pair: whoever holds it can open
every bundle. Keep it only where the key service runs; never commit it, never
put it in CI (CI needs only the public recipients from `panelcrypt recipients`).
The file is created with mode 600 and never overwritten.

Examples:
  panelcrypt keygen
  panelcrypt keygen --passphrase -o /etc/panelcrypt/master.key
  PANELCRYPT_KEY_PASSPHRASE=... panelcrypt keygen --passphrase   # no terminal";

/// Create a new master key file
#[derive(ClapArgs, Debug)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Where to write the key file
    #[arg(short, long, value_name = "PATH", default_value = secrets::DEFAULT_KEY_FILE)]
    pub output: PathBuf,

    /// Protect the file with a passphrase (Argon2id): from $PANELCRYPT_KEY_PASSPHRASE, or asked twice on the terminal
    #[arg(long)]
    pub passphrase: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<u8> {
    if args.output.exists() || args.output.is_symlink() {
        return Err(refuse(&args.output));
    }
    let pass = if args.passphrase {
        Some(secrets::passphrase(
            secrets::ENV_KEY_PASSPHRASE,
            "New passphrase for the master key: ",
            true,
            "keygen --passphrase",
        )?)
    } else {
        None
    };
    let mut rng = rng::os();
    let secret = MasterSecret::generate(&mut rng);
    let text = keyfile::encode(
        &secret,
        pass.as_ref().map(|p| (p.as_bytes(), &KdfParams::DEFAULT)),
        &mut rng,
    )
    .map_err(|e| CliError::core("encoding the key file", &e))?;
    let mut f = atomic::create_new(&args.output, 0o600).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            refuse(&args.output)
        } else {
            CliError::io("creating", &args.output, &e)
        }
    })?;
    if let Err(e) = f.write_all(text.as_bytes()).and_then(|()| f.sync_all()) {
        let _ = std::fs::remove_file(&args.output);
        return Err(CliError::io("writing", &args.output, &e));
    }
    eprintln!(
        "wrote a new master key to {}{} (mode 600)\n\
         next: panelcrypt recipients --key-file {} user:<login> team:<name> role:Viewer",
        args.output.display(),
        if pass.is_some() {
            ", passphrase-protected"
        } else {
            ""
        },
        args.output.display()
    );
    Ok(EXIT_OK)
}

fn refuse(p: &std::path::Path) -> CliError {
    CliError::new(format!(
        "{} already exists; refusing to overwrite a master key (it may be the only copy)",
        p.display()
    ))
    .hint("choose another path with -o, or move the old file away first")
}

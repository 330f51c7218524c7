//! Reading secrets: the master key and passphrases. Secrets come from files,
//! environment variables or an interactive terminal, never from argv, and
//! are never printed.

use std::fs;
use std::io::{self, IsTerminal};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use panelcrypt_core::MasterSecret;
use panelcrypt_core::keyfile::KeyFile;
use zeroize::Zeroizing;

use crate::error::{CliError, Result};

/// Path of the master key file (overrides the default).
pub const ENV_KEY_FILE: &str = "PANELCRYPT_KEY_FILE";
/// The master key file's text itself (for services that get secrets as variables).
pub const ENV_MASTER_KEY: &str = "PANELCRYPT_MASTER_KEY";
/// Passphrase of a passphrase-protected master key file.
pub const ENV_KEY_PASSPHRASE: &str = "PANELCRYPT_KEY_PASSPHRASE";
/// Passphrase of a bundle's recovery slot.
pub const ENV_BUNDLE_PASSPHRASE: &str = "PANELCRYPT_BUNDLE_PASSPHRASE";
/// Where the master key file is when nothing else says.
pub const DEFAULT_KEY_FILE: &str = "panelcrypt-master.key";

/// Where the master key comes from, in order: `--key-file` (or
/// `PANELCRYPT_KEY_FILE`), then `PANELCRYPT_MASTER_KEY`, then
/// `./panelcrypt-master.key`.
pub fn load_master(key_file: Option<&Path>) -> Result<MasterSecret> {
    let (text, source) = match key_file {
        Some(p) => (read_key_file(p)?, p.display().to_string()),
        None => match std::env::var(ENV_MASTER_KEY) {
            Ok(v) if !v.trim().is_empty() => (Zeroizing::new(v), format!("${ENV_MASTER_KEY}")),
            _ => {
                let p = PathBuf::from(DEFAULT_KEY_FILE);
                (read_key_file(&p)?, p.display().to_string())
            }
        },
    };
    let kf = KeyFile::parse(&text).map_err(|_| {
        CliError::new(format!(
            "{source} is not a panelcrypt master key (its key line is missing or does not decode)"
        ))
        .hint("a master key file has a line starting with `PANELCRYPT-MASTER-`; create one with `panelcrypt keygen`")
    })?;
    if let Some(p) = key_file.map(Path::to_path_buf).or_else(|| {
        std::env::var_os(ENV_MASTER_KEY)
            .is_none()
            .then(|| PathBuf::from(DEFAULT_KEY_FILE))
    }) {
        warn_if_exposed(&p);
    }
    if !kf.is_encrypted() {
        return kf
            .unlock(None)
            .map_err(|e| CliError::core(&format!("reading {source}"), &e));
    }
    let pass = passphrase(
        ENV_KEY_PASSPHRASE,
        &format!("Passphrase for {source}: "),
        false,
        &format!("the master key {source} is passphrase-protected and"),
    )?;
    kf.unlock(Some(pass.as_bytes())).map_err(|e| match e {
        panelcrypt_core::Error::Decrypt => {
            CliError::new(format!("wrong passphrase for the master key {source}")).hint(format!(
                "check {ENV_KEY_PASSPHRASE} or retype the passphrase"
            ))
        }
        other => CliError::core(&format!("unlocking {source}"), &other),
    })
}

fn read_key_file(p: &Path) -> Result<Zeroizing<String>> {
    let text = fs::read_to_string(p).map_err(|e| {
        let err = CliError::io("reading master key", p, &e);
        if e.kind() == io::ErrorKind::NotFound {
            err.hint(format!(
                "create one with `panelcrypt keygen -o {}`, pass --key-file PATH, or set {ENV_KEY_FILE} or {ENV_MASTER_KEY}",
                p.display()
            ))
        } else {
            err
        }
    })?;
    Ok(Zeroizing::new(text))
}

/// Warns when a key file can be read by other users.
fn warn_if_exposed(p: &Path) {
    if let Ok(m) = fs::metadata(p)
        && m.permissions().mode() & 0o077 != 0
    {
        eprintln!(
            "warning: {} is readable by other users (mode {:o}); run `chmod 600 {}`",
            p.display(),
            m.permissions().mode() & 0o777,
            p.display()
        );
    }
}

/// A passphrase from environment variable `env`, else typed at the terminal
/// (twice if `confirm`). `needs` completes the sentence "... needs a passphrase".
pub fn passphrase(
    env: &str,
    prompt: &str,
    confirm: bool,
    needs: &str,
) -> Result<Zeroizing<String>> {
    if let Ok(v) = std::env::var(env) {
        let v = Zeroizing::new(v);
        if v.is_empty() {
            return Err(CliError::new(format!("{env} is set but empty")));
        }
        return Ok(v);
    }
    if !io::stdin().is_terminal() {
        return Err(CliError::new(format!(
            "{needs} needs a passphrase, and there is no terminal to ask on"
        ))
        .hint(format!("set the environment variable {env}")));
    }
    let read = |p: &str| {
        rpassword::prompt_password(p)
            .map(Zeroizing::new)
            .map_err(|e| CliError::new(format!("reading the passphrase from the terminal: {e}")))
    };
    let first = read(prompt)?;
    if first.is_empty() {
        return Err(CliError::new("the passphrase is empty"));
    }
    if confirm {
        let again = read("Repeat the passphrase: ")?;
        if *again != *first {
            return Err(CliError::new(
                "the two passphrases differ; nothing was written",
            ));
        }
    }
    Ok(first)
}

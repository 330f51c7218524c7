//! The CLI's error type: a message that says what went wrong, an optional
//! hint that says what to do, and the process exit code.
//!
//! Exit codes (documented in `--help` and the man page):
//! - 0: everything done;
//! - 1: done, but something was skipped or failed (`seal` skipped files,
//!   `open`/`verify` found objects that do not decrypt);
//! - 2: nothing was done: a usage error, a missing key, an unreadable bundle,
//!   or any failure under `seal --strict`.

use std::fmt;
use std::io;
use std::path::Path;

use panelcrypt_core::Error as CoreError;

/// Exit code: everything done.
pub const EXIT_OK: u8 = 0;
/// Exit code: done, but some files were skipped or some objects failed.
pub const EXIT_PARTIAL: u8 = 1;
/// Exit code: failed, nothing (or nothing new) was written.
pub const EXIT_ERROR: u8 = 2;

/// A failure the user must act on.
#[derive(Debug)]
pub struct CliError {
    /// What went wrong, naming the file or thing involved.
    pub message: String,
    /// What to do about it, if there is something useful to say.
    pub hint: Option<String>,
    /// Process exit code.
    pub code: u8,
    /// Print nothing (e.g. stdout was closed by `| head`).
    pub silent: bool,
}

/// Shorthand for results of the CLI.
pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl CliError {
    /// A new error with exit code 2.
    pub fn new(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            hint: None,
            code: EXIT_ERROR,
            silent: false,
        }
    }

    /// Adds what to do about it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Sets the exit code.
    pub fn code(mut self, code: u8) -> Self {
        self.code = code;
        self
    }

    /// An I/O failure on `path` while `doing` something ("reading", "creating", ...).
    pub fn io(doing: &str, path: &Path, e: &io::Error) -> Self {
        CliError::new(format!("{doing} {}: {}", path.display(), describe_io(e)))
    }

    /// An error in the format library, with `what` saying what was being done.
    pub fn core(what: &str, e: &CoreError) -> Self {
        let (msg, hint) = describe_core(e);
        let mut err = CliError::new(format!("{what}: {msg}"));
        err.hint = hint.map(str::to_string);
        err
    }

    /// Writing to stdout failed: a closed pipe ends quietly, anything else is reported.
    pub fn stdout(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            CliError {
                message: String::new(),
                hint: None,
                code: EXIT_OK,
                silent: true,
            }
        } else {
            CliError::new(format!("writing to standard output: {e}"))
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CliError {}

/// A short, human description of an I/O error, without Rust's `(os error N)` noise.
pub fn describe_io(e: &io::Error) -> String {
    if let Some(inner) = e.get_ref()
        && let Some(c) = inner.downcast_ref::<CoreError>()
    {
        return describe_core(c).0;
    }
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::AlreadyExists => "already exists".into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        io::ErrorKind::NotADirectory => "not a directory".into(),
        io::ErrorKind::StorageFull => "no space left on the device".into(),
        io::ErrorKind::UnexpectedEof => "ends too early (truncated?)".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s,
            }
        }
    }
}

/// The CLI's words for a format-library error, and a hint.
pub fn describe_core(e: &CoreError) -> (String, Option<&'static str>) {
    match e {
        CoreError::Decrypt => (
            "wrong key or passphrase, or the bundle was modified".into(),
            None,
        ),
        CoreError::NoMatchingSlot => (
            "no key slot of this bundle matches the keys given".into(),
            Some(
                "check the principals (--as), the key epoch (--max-epoch) and that the master key is the one the recipients came from",
            ),
        ),
        CoreError::NotABundle => ("not a panelcrypt bundle (bad magic bytes)".into(), None),
        CoreError::UnsupportedVersion(v) => (
            format!("written by format version {v}, which this panelcrypt does not read"),
            Some("upgrade panelcrypt"),
        ),
        CoreError::Malformed(rule) => (format!("malformed: {rule}"), None),
        other => (other.to_string(), None),
    }
}

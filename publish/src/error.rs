//! The one error type of `panelcrypt publish` and `panelcrypt doctor`.
//!
//! Every message says what went wrong and what to do about it. No message
//! ever contains a credential: store options are never echoed, and URLs are
//! shown without user info or query strings (see [`redact_url`]).

use std::fmt;
use std::path::PathBuf;

/// Everything that can go wrong while publishing or checking a bundle.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The local bundle folder is missing a part or holds something that is
    /// not part of a valid bundle; nothing was uploaded.
    InvalidBundle {
        /// The file or folder at fault.
        path: PathBuf,
        /// What is wrong with it, and what to do.
        problem: String,
    },
    /// Reading a local file failed.
    Io {
        /// The file being read.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The destination or bundle URL cannot be used; the string says why and
    /// what is accepted.
    BadUrl {
        /// The URL as given (redacted).
        url: String,
        /// Why it was refused.
        why: String,
    },
    /// The store refused our credentials, or none were found.
    Credentials {
        /// The destination (redacted).
        target: String,
        /// The environment variables to check, for this kind of store.
        env_help: &'static str,
        /// The store's own error text (contains no secret).
        detail: String,
    },
    /// The container or bucket does not exist.
    MissingContainer {
        /// The destination (redacted).
        target: String,
        /// How to create it.
        fix: String,
        /// The store's own error text.
        detail: String,
    },
    /// Another store operation failed.
    Store {
        /// What was being done, e.g. "uploading o/3f0c…".
        action: String,
        /// The destination (redacted).
        target: String,
        /// The store's own error text.
        detail: String,
        /// Whether the new header was already live when this happened.
        header_live: bool,
    },
    /// `panelcrypt doctor` found problems; they were printed with their fixes.
    ChecksFailed {
        /// How many checks failed.
        failed: usize,
    },
    /// Setting up the HTTP client failed.
    Http(String),
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidBundle { path, problem } => write!(
                f,
                "refusing to publish {}: {problem}. Nothing was uploaded.",
                path.display()
            ),
            Error::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            Error::BadUrl { url, why } => write!(f, "cannot use {url}: {why}"),
            Error::Credentials {
                target,
                env_help,
                detail,
            } => write!(
                f,
                "the store at {target} refused the credentials, or none were found ({detail}). \
                 Check these environment variables: {env_help}"
            ),
            Error::MissingContainer {
                target,
                fix,
                detail,
            } => write!(
                f,
                "the container or bucket of {target} does not exist ({detail}). Create it: {fix}"
            ),
            Error::Store {
                action,
                target,
                detail,
                header_live,
            } => {
                write!(f, "{action} at {target} failed: {detail}. ")?;
                if *header_live {
                    f.write_str(
                        "The new header is already live, so readers see the new bundle; \
                         run the same publish again to finish.",
                    )
                } else {
                    f.write_str(
                        "The header was not replaced, so readers still see the previous \
                         bundle; run the same publish again: objects already uploaded are skipped.",
                    )
                }
            }
            Error::ChecksFailed { failed } => write!(
                f,
                "{failed} check{} failed; apply the fixes printed above and run the doctor again",
                if *failed == 1 { "" } else { "s" }
            ),
            Error::Http(why) => write!(f, "cannot set up the HTTP client: {why}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A URL fit to print: user info, query string and fragment removed (a SAS
/// token or a password must never reach a log).
pub fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) => {
            let had_secret =
                u.password().is_some() || !u.username().is_empty() || u.query().is_some();
            let _ = u.set_password(None);
            let _ = u.set_username("");
            u.set_query(None);
            u.set_fragment(None);
            let mut s = u.to_string();
            if had_secret {
                s.push_str(" (credentials removed)");
            }
            s
        }
        // Not a URL: keep only what precedes anything that looks like a query.
        Err(_) => raw.split(['?', '#']).next().unwrap_or_default().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn redact_removes_secrets() {
        let r = redact_url("https://user:pw@acct.blob.core.windows.net/c/p?sv=1&sig=SECRET");
        assert!(!r.contains("SECRET") && !r.contains("pw") && !r.contains("user"));
        assert!(r.starts_with("https://acct.blob.core.windows.net/c/p"));
        assert_eq!(redact_url("az://c/p"), "az://c/p");
        assert_eq!(redact_url("not a url?sig=x"), "not a url");
    }
}

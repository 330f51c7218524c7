//! `panelcrypt.toml`: settings for `seal`, so that a CI job is one short
//! command. Only public things belong here (recipients, not secrets).
//!
//! ```toml
//! [seal]
//! recipients = ["pcpq1...", "pcx1..."]   # or, and:
//! recipients_file = "recipients.txt"     # one recipient per line, # comments
//! output = "dist"
//! variants = [480, 960, 1920]            # or no_variants = true
//! placeholder = true
//! allow_non_images = false
//! strict = false
//! ```
//!
//! Relative paths are relative to the directory of the config file.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{CliError, Result};

/// Name of the config file looked up in the current directory.
pub const DEFAULT_CONFIG: &str = "panelcrypt.toml";

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Settings of `panelcrypt seal`.
    #[serde(default)]
    pub seal: SealConfig,
    /// Directory of the config file (relative paths are relative to it).
    #[serde(skip)]
    pub dir: PathBuf,
    /// Where it was read from, for messages.
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

/// `[seal]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealConfig {
    /// Recipient strings.
    pub recipients: Option<Vec<String>>,
    /// A file of recipients.
    pub recipients_file: Option<PathBuf>,
    /// Bundle directory.
    pub output: Option<PathBuf>,
    /// Variant widths.
    pub variants: Option<Vec<u32>>,
    /// No variants.
    pub no_variants: Option<bool>,
    /// Make a placeholder.
    pub placeholder: Option<bool>,
    /// Seal files that are not images.
    pub allow_non_images: Option<bool>,
    /// Any failure is fatal.
    pub strict: Option<bool>,
    /// Include hidden files found inside folders.
    pub include_hidden: Option<bool>,
    /// Largest width or height accepted.
    pub max_dimension: Option<u32>,
    /// Memory budget for decoding, MiB.
    pub max_decode_mib: Option<u64>,
    /// Wait for the disk before swapping the bundle in (default true).
    pub fsync: Option<bool>,
}

impl Config {
    /// Loads `explicit` if given (it must exist), else `./panelcrypt.toml` if present.
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => {
                let p = PathBuf::from(DEFAULT_CONFIG);
                if !p.is_file() {
                    return Ok(Config {
                        dir: PathBuf::from("."),
                        ..Config::default()
                    });
                }
                p
            }
        };
        let text =
            fs::read_to_string(&path).map_err(|e| CliError::io("reading config", &path, &e))?;
        let mut cfg: Config = toml::from_str(&text).map_err(|e| {
            CliError::new(format!(
                "{} is not a valid panelcrypt config: {}",
                path.display(),
                e.message()
            ))
            .hint("see `panelcrypt seal --help` for the [seal] keys")
        })?;
        cfg.dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        cfg.source = Some(path);
        Ok(cfg)
    }

    /// A path from the config, made relative to the config's directory.
    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.dir.join(p)
        }
    }
}

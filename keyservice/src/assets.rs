//! The decoder's static assets, served at `/decoder/<file>`.
//!
//! Assets are held in memory. Today they are loaded from a directory
//! (`--assets-dir`); once the decoder build is part of the workspace they
//! will be embedded with one line:
//!
//! ```text
//! Assets::from_static(&[("loader.js", include_bytes!("../decoder/loader.js")), /* ... */])
//! ```

use std::collections::HashMap;
use std::io;
use std::path::Path;

use axum::body::Bytes;

/// Largest single asset accepted from a directory.
pub const MAX_ASSET_BYTES: u64 = 32 * 1024 * 1024;
/// Most files accepted from a directory.
pub const MAX_ASSETS: usize = 256;

/// `Cache-Control` of content-hashed names: they never change.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of other names (the loader): revalidate soon.
pub const SHORT: &str = "public, max-age=300, must-revalidate";

/// One asset.
#[derive(Clone, Debug)]
pub struct Asset {
    /// The bytes.
    pub body: Bytes,
    /// `Content-Type`.
    pub content_type: &'static str,
    /// `Cache-Control`.
    pub cache_control: &'static str,
}

/// The set of decoder assets.
#[derive(Clone, Debug, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

/// The content type for a file name, or `None` if it is not a kind we serve.
pub fn content_type(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.')?.1;
    Some(match ext {
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "map" | "json" => "application/json",
        "css" => "text/css; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        _ => return None,
    })
}

/// True when a name carries a content hash: a `.`/`-`/`_`-separated part
/// of at least 8 hex digits, e.g. `decoder.3f0c1a2b.wasm`, `loader-9a8b7c6d5e.js`.
pub fn is_hashed(name: &str) -> bool {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    stem.split(['.', '-', '_'])
        .any(|part| part.len() >= 8 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A name we are willing to serve: one path segment, `[A-Za-z0-9._-]`, not
/// starting with a dot.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

impl Assets {
    /// No assets (every `/decoder/` request is 404).
    pub fn none() -> Self {
        Assets::default()
    }

    /// The decoder built from this source tree (`panel-snippet/dist/`,
    /// embedded at compile time): what `panelcrypt serve` serves unless
    /// `--assets-dir` says otherwise.
    pub fn embedded() -> Self {
        let files: Vec<(&str, &'static [u8])> = panelcrypt_snippet::DECODER_ASSETS
            .iter()
            .map(|(name, _content_type, bytes)| (*name, *bytes))
            .collect();
        Self::from_static(&files)
    }

    /// Assets compiled into the binary (`include_bytes!`).
    pub fn from_static(files: &[(&str, &'static [u8])]) -> Self {
        let mut a = Assets::default();
        for (name, bytes) in files {
            a.add(name, Bytes::from_static(bytes));
        }
        a
    }

    /// Every servable file directly inside `dir` (not recursive). Files of
    /// unknown types and invalid names are skipped.
    pub fn from_dir(dir: &Path) -> io::Result<Self> {
        let mut a = Assets::default();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let meta = entry.metadata()?;
            if !meta.is_file() {
                continue;
            }
            let Some(name) = entry.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if !valid_name(&name) || content_type(&name).is_none() {
                continue;
            }
            if meta.len() > MAX_ASSET_BYTES {
                return Err(io::Error::other(format!(
                    "{} is larger than {MAX_ASSET_BYTES} bytes",
                    entry.path().display()
                )));
            }
            if a.files.len() >= MAX_ASSETS {
                return Err(io::Error::other(format!(
                    "{} holds more than {MAX_ASSETS} assets",
                    dir.display()
                )));
            }
            let bytes = std::fs::read(entry.path())?;
            a.add(&name, Bytes::from(bytes));
        }
        Ok(a)
    }

    fn add(&mut self, name: &str, body: Bytes) {
        let Some(content_type) = content_type(name) else {
            return;
        };
        if !valid_name(name) {
            return;
        }
        let cache_control = if is_hashed(name) { IMMUTABLE } else { SHORT };
        self.files.insert(
            name.to_string(),
            Asset {
                body,
                content_type,
                cache_control,
            },
        );
    }

    /// The asset called `name`.
    pub fn get(&self, name: &str) -> Option<&Asset> {
        if !valid_name(name) {
            return None;
        }
        self.files.get(name)
    }

    /// Number of assets.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_types_and_hashes() {
        assert!(is_hashed("decoder.3f0c1a2b.wasm"));
        assert!(is_hashed("loader-9a8b7c6d5e.js"));
        assert!(!is_hashed("loader.js"));
        assert!(!is_hashed("panelcrypt.js"));
        assert!(!is_hashed("abc.js"));
        assert!(valid_name("a-b_c.1.js"));
        for bad in ["", ".env", "../x.js", "a/b.js", "a b.js", "%2e.js"] {
            assert!(!valid_name(bad), "{bad}");
        }
        assert_eq!(content_type("x.wasm"), Some("application/wasm"));
        assert_eq!(content_type("x.js"), Some("text/javascript; charset=utf-8"));
        assert_eq!(content_type("x.exe"), None);
        let a = Assets::from_static(&[
            ("loader.js", b"1"),
            ("d.0123abcd.wasm", b"2"),
            ("k.key", b"3"),
        ]);
        assert_eq!(a.len(), 2);
        assert_eq!(a.get("loader.js").map(|x| x.cache_control), Some(SHORT));
        assert_eq!(
            a.get("d.0123abcd.wasm").map(|x| x.cache_control),
            Some(IMMUTABLE)
        );
    }
}

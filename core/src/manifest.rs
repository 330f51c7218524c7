//! The manifest: what a bundle holds, encrypted inside the header.
//!
//! Plaintext layout: `json_len (u32 BE) || JSON || zero padding`, padded to
//! PADMÉ(4 + json_len) bytes so the header size says little about the
//! number of images.

use serde::{Deserialize, Serialize};

use crate::ObjectId;
use crate::error::{Error, Result};
use crate::padme::padme;

/// Largest manifest JSON accepted (4 MiB).
pub const MAX_MANIFEST_JSON: usize = 4 << 20;
/// Largest number of entries.
pub const MAX_ENTRIES: usize = 100_000;
/// Largest variants per entry.
pub const MAX_VARIANTS: usize = 16;
/// Largest logical name in bytes.
pub const MAX_NAME: usize = 1024;
/// Largest inline placeholder (bytes before base64).
pub const MAX_PLACEHOLDER: usize = 4096;
/// Largest object (1 TiB).
pub const MAX_OBJECT_LEN: u64 = 1 << 40;

/// The decrypted manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always 1.
    pub version: u32,
    /// The files in the bundle, sorted by name.
    pub entries: Vec<Entry>,
}

/// One logical file (usually an image).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Logical name, a relative path with `/` separators (e.g. `plant/a.jpg`).
    pub name: String,
    /// The original object.
    pub object: ObjectRef,
    /// Pixel width of the original, if an image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// Pixel height of the original, if an image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// Resized variants, by increasing width.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// A tiny inline preview shown while the real image loads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<Placeholder>,
}

/// Where an object is and what it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectRef {
    /// Object id: 32 lower-case hex digits; also its file name under `o/`.
    pub id: ObjectId,
    /// True plaintext length in bytes (before padding).
    pub len: u64,
    /// Media type sniffed from the bytes, e.g. `image/png`.
    #[serde(rename = "type")]
    pub media_type: String,
}

/// A resized copy of an image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Pixel width (its identity within the entry; never 0).
    pub width: u32,
    /// Pixel height.
    pub height: u32,
    /// The object.
    pub object: ObjectRef,
}

/// A tiny image embedded in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placeholder {
    /// Media type of `data`.
    #[serde(rename = "type")]
    pub media_type: String,
    /// Standard base64 (RFC 4648 §4, padded) of the image bytes.
    pub data: String,
}

fn check_media_type(t: &str) -> Result<()> {
    let ok = !t.is_empty()
        && t.len() <= 127
        && t.split_once('/')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && t.bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"/+-.".contains(&c));
    if ok {
        Ok(())
    } else {
        Err(Error::Malformed("media type is not a type/subtype token"))
    }
}

fn check_object(o: &ObjectRef, ids: &mut std::collections::HashSet<ObjectId>) -> Result<()> {
    if o.len > MAX_OBJECT_LEN {
        return Err(Error::Malformed("object length exceeds 1 TiB"));
    }
    check_media_type(&o.media_type)?;
    if !ids.insert(o.id) {
        return Err(Error::Malformed("an object id appears twice"));
    }
    Ok(())
}

impl Manifest {
    /// An empty version-1 manifest.
    pub fn new() -> Self {
        Manifest {
            version: 1,
            entries: Vec::new(),
        }
    }

    /// Checks every MUST-reject rule of FORMAT.md §Manifest.
    pub fn validate(&self) -> Result<()> {
        if self.version != 1 {
            return Err(Error::Malformed("manifest version is not 1"));
        }
        if self.entries.len() > MAX_ENTRIES {
            return Err(Error::LimitExceeded("more than 100000 entries"));
        }
        let mut ids = std::collections::HashSet::new();
        let mut prev: Option<&str> = None;
        for e in &self.entries {
            if e.name.is_empty() || e.name.len() > MAX_NAME {
                return Err(Error::Malformed(
                    "entry name is empty or longer than 1024 bytes",
                ));
            }
            if e.name.starts_with('/')
                || e.name.chars().any(|c| c.is_control() || c == '\\')
                || e.name
                    .split('/')
                    .any(|seg| seg.is_empty() || seg == "." || seg == "..")
            {
                return Err(Error::Malformed(
                    "entry name must be a relative path without '.', '..', empty segments, backslashes or control characters",
                ));
            }
            if prev.is_some_and(|p| p >= e.name.as_str()) {
                return Err(Error::Malformed(
                    "entries are not sorted by name or a name repeats",
                ));
            }
            prev = Some(&e.name);
            check_object(&e.object, &mut ids)?;
            if e.width.is_some() != e.height.is_some() || e.width == Some(0) || e.height == Some(0)
            {
                return Err(Error::Malformed(
                    "width and height must both be present and non-zero, or both absent",
                ));
            }
            if e.variants.len() > MAX_VARIANTS {
                return Err(Error::LimitExceeded("more than 16 variants in one entry"));
            }
            let mut last_w = 0;
            for v in &e.variants {
                if v.width <= last_w || v.height == 0 {
                    return Err(Error::Malformed(
                        "variant widths must be non-zero and strictly increasing",
                    ));
                }
                last_w = v.width;
                check_object(&v.object, &mut ids)?;
            }
            if let Some(p) = &e.placeholder {
                check_media_type(&p.media_type)?;
                if p.data.len() > MAX_PLACEHOLDER.div_ceil(3) * 4 {
                    return Err(Error::LimitExceeded("placeholder larger than 4 KiB"));
                }
            }
        }
        Ok(())
    }

    /// The entry called `name`.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| e.name.as_str().cmp(name))
            .ok()
            .map(|i| &self.entries[i])
    }

    /// Every object of the bundle with its variant width (0 = original).
    pub fn objects(&self) -> impl Iterator<Item = (&ObjectRef, u32)> {
        self.entries.iter().flat_map(|e| {
            core::iter::once((&e.object, 0)).chain(e.variants.iter().map(|v| (&v.object, v.width)))
        })
    }

    /// The padded plaintext that gets encrypted.
    pub fn to_plaintext(&self) -> Result<Vec<u8>> {
        self.validate()?;
        let json = serde_json::to_vec(self)
            .map_err(|_| Error::Malformed("manifest does not serialise"))?;
        if json.len() > MAX_MANIFEST_JSON {
            return Err(Error::LimitExceeded("manifest JSON larger than 4 MiB"));
        }
        let total = padme(4 + json.len() as u64) as usize;
        let mut out = Vec::with_capacity(total);
        out.extend_from_slice(&(json.len() as u32).to_be_bytes());
        out.extend_from_slice(&json);
        out.resize(total, 0);
        Ok(out)
    }

    /// Parses a decrypted manifest plaintext, checking padding and every rule.
    pub fn from_plaintext(pt: &[u8]) -> Result<Self> {
        if pt.len() < 4 {
            return Err(Error::Malformed(
                "manifest plaintext shorter than its length field",
            ));
        }
        let n = u32::from_be_bytes([pt[0], pt[1], pt[2], pt[3]]) as usize;
        if n > MAX_MANIFEST_JSON || n > pt.len() - 4 {
            return Err(Error::Malformed(
                "manifest length field exceeds the plaintext",
            ));
        }
        if pt.len() as u64 != padme(4 + n as u64) || pt[4 + n..].iter().any(|&b| b != 0) {
            return Err(Error::Malformed(
                "manifest padding is not PADMÉ zero padding",
            ));
        }
        let m: Manifest = serde_json::from_slice(&pt[4..4 + n])
            .map_err(|_| Error::Malformed("manifest is not valid JSON of the documented shape"))?;
        m.validate()?;
        Ok(m)
    }
}

impl Default for Manifest {
    fn default() -> Self {
        Self::new()
    }
}

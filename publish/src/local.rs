//! The local bundle folder: checked completely before anything is uploaded.

use std::path::{Path, PathBuf};

use panelcrypt_core::bundle::{self, HEADER_FILE, Header, MAX_HEADER_LEN, OBJECT_DIR};
use panelcrypt_core::{ObjectId, chunked, padme::padme};

use crate::error::{Error, Result};

/// Largest object plaintext the format allows (2^40 bytes), padded.
const MAX_OBJECT_PADDED: u64 = padme(1 << 40);

/// A local bundle that passed [`validate_bundle`].
#[derive(Debug, Clone)]
pub struct LocalBundle {
    /// The bundle folder.
    pub dir: PathBuf,
    /// The bytes of `header.pcb` (parsed successfully).
    pub header: Vec<u8>,
    /// Number of key slots in the header.
    pub slot_count: usize,
    /// Every object under `o/`, sorted by name.
    pub objects: Vec<LocalObject>,
    /// Files and folders beside `header.pcb` and `o/` that are not part of
    /// the bundle and will not be uploaded (e.g. a stray `master.key`).
    pub ignored: Vec<PathBuf>,
}

impl LocalBundle {
    /// Total size of all objects in bytes.
    pub fn object_bytes(&self) -> u64 {
        self.objects.iter().map(|o| o.len).sum()
    }
}

/// One encrypted object file, `o/<32 hex>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalObject {
    /// The file name: 32 lower-case hex digits.
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// Its length in bytes (a valid Cobblestone-256 ciphertext length of a
    /// PADMÉ-padded plaintext).
    pub len: u64,
}

fn invalid(path: &Path, problem: impl Into<String>) -> Error {
    Error::InvalidBundle {
        path: path.to_path_buf(),
        problem: problem.into(),
    }
}

fn io(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Checks a sealed bundle folder without any key: the header parses (every
/// structural rule of `docs/FORMAT.md`), `o/` exists, and every entry of
/// `o/` is a file named by 32 lower-case hex digits whose length is exactly
/// the ciphertext length of some PADMÉ-padded object. A broken bundle is
/// refused with the reason, before anything is uploaded.
///
/// What cannot be checked without the bundle key: that the encrypted
/// manifest names exactly these objects. `panelcrypt verify` (with a key)
/// checks that; sealing writes both together.
pub fn validate_bundle(dir: &Path) -> Result<LocalBundle> {
    let meta = std::fs::metadata(dir).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            invalid(
                dir,
                "the folder does not exist; pass the folder that `panelcrypt seal` wrote",
            )
        } else {
            io(dir, e)
        }
    })?;
    if !meta.is_dir() {
        return Err(invalid(
            dir,
            "not a folder; pass the bundle folder (the one holding header.pcb and o/)",
        ));
    }

    let header_path = dir.join(HEADER_FILE);
    let header = match std::fs::metadata(&header_path) {
        Ok(m) if !m.is_file() => return Err(invalid(&header_path, "is not a file")),
        Ok(m) if m.len() > MAX_HEADER_LEN as u64 => {
            return Err(invalid(
                &header_path,
                format!(
                    "is {} bytes, larger than any valid header ({MAX_HEADER_LEN} bytes); re-seal the bundle",
                    m.len()
                ),
            ));
        }
        Ok(_) => std::fs::read(&header_path).map_err(|e| io(&header_path, e))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(invalid(
                dir,
                format!(
                    "there is no {HEADER_FILE} in it; pass the folder that `panelcrypt seal` wrote"
                ),
            ));
        }
        Err(e) => return Err(io(&header_path, e)),
    };
    let parsed = Header::parse(&header).map_err(|e| {
        invalid(
            &header_path,
            format!("not a valid panelcrypt header ({e}); re-seal the bundle"),
        )
    })?;

    let odir = dir.join(OBJECT_DIR);
    match std::fs::metadata(&odir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(invalid(&odir, "is not a folder")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(invalid(
                dir,
                format!(
                    "there is no {OBJECT_DIR}/ folder beside {HEADER_FILE} (a sealed bundle always has one); \
                     copy the whole bundle folder, or create an empty {OBJECT_DIR}/ if the bundle really has no objects"
                ),
            ));
        }
        Err(e) => return Err(io(&odir, e)),
    }

    let mut objects = Vec::new();
    for entry in std::fs::read_dir(&odir).map_err(|e| io(&odir, e))? {
        let entry = entry.map_err(|e| io(&odir, e))?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            return Err(invalid(
                &path,
                "is not an object (its name is not UTF-8); remove it from o/",
            ));
        };
        if name.parse::<ObjectId>().is_err() {
            return Err(invalid(
                &path,
                "is not an object (object names are 32 lower-case hex digits); remove it from o/",
            ));
        }
        // Follows symbolic links: a linked object is uploaded as its target.
        let m = std::fs::metadata(&path).map_err(|e| io(&path, e))?;
        if !m.is_file() {
            return Err(invalid(&path, "is not a regular file; remove it from o/"));
        }
        let len = m.len();
        let valid = match chunked::plaintext_len(len) {
            Ok(p) => padme(p) == p && p <= MAX_OBJECT_PADDED,
            Err(_) => false,
        };
        if !valid {
            return Err(invalid(
                &path,
                format!(
                    "is {len} bytes, not the length of any encrypted object (truncated or modified?); \
                     re-seal the bundle, or copy the file again from where it was sealed"
                ),
            ));
        }
        debug_assert_eq!(
            bundle::object_ciphertext_len(chunked::plaintext_len(len).unwrap_or(0)),
            len
        );
        objects.push(LocalObject { name, path, len });
    }
    objects.sort_by(|a, b| a.name.cmp(&b.name));

    let mut ignored = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io(dir, e))? {
        let entry = entry.map_err(|e| io(dir, e))?;
        let n = entry.file_name();
        if n != HEADER_FILE && n != OBJECT_DIR {
            ignored.push(entry.path());
        }
    }
    ignored.sort();

    Ok(LocalBundle {
        dir: dir.to_path_buf(),
        header,
        slot_count: parsed.slots.len(),
        objects,
        ignored,
    })
}

//! Reading a bundle directory: `header.pcb` and `o/<object id>`.

use std::fs;
use std::path::{Path, PathBuf};

use panelcrypt_core::ObjectId;
use panelcrypt_core::bundle::{HEADER_FILE, Header, MAX_HEADER_LEN, OBJECT_DIR};

use crate::error::{CliError, Result};

/// A bundle on disk.
pub struct BundleDir {
    /// The bundle directory.
    pub root: PathBuf,
    /// The raw header bytes.
    pub header_bytes: Vec<u8>,
}

/// An object file found in `o/`.
#[derive(Debug, Clone)]
pub struct ObjectFile {
    /// File name.
    pub name: String,
    /// Parsed id, if the name is one.
    pub id: Option<ObjectId>,
    /// Size in bytes.
    pub len: u64,
    /// Is a regular file.
    pub is_file: bool,
}

impl BundleDir {
    /// Reads the header of the bundle at `path` (the directory, or its `header.pcb`).
    pub fn read(path: &Path) -> Result<BundleDir> {
        let root = if path.is_file() && path.file_name().is_some_and(|n| n == HEADER_FILE) {
            path.parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."))
        } else {
            path.to_path_buf()
        };
        let hp = root.join(HEADER_FILE);
        let meta = fs::metadata(&hp).map_err(|e| {
            if !root.is_dir() {
                CliError::io("reading bundle", &root, &e)
            } else {
                CliError::new(format!(
                    "{} is not a panelcrypt bundle: it has no {HEADER_FILE}",
                    root.display()
                ))
            }
        })?;
        if meta.len() > MAX_HEADER_LEN as u64 {
            return Err(CliError::new(format!(
                "{} is larger than any valid header",
                hp.display()
            )));
        }
        let header_bytes = fs::read(&hp).map_err(|e| CliError::io("reading", &hp, &e))?;
        Ok(BundleDir { root, header_bytes })
    }

    /// Parses the header (structure only, nothing authenticated).
    pub fn header(&self) -> Result<Header> {
        Header::parse(&self.header_bytes)
            .map_err(|e| CliError::core(&format!("{}", self.root.join(HEADER_FILE).display()), &e))
    }

    /// Path of an object file.
    pub fn object_path(&self, id: &ObjectId) -> PathBuf {
        self.root.join(OBJECT_DIR).join(id.to_hex())
    }

    /// Every entry of `o/`, sorted by name.
    pub fn object_files(&self) -> Result<Vec<ObjectFile>> {
        let dir = self.root.join(OBJECT_DIR);
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(CliError::io("reading", &dir, &e)),
        };
        let mut out = Vec::new();
        for item in rd {
            let item = item.map_err(|e| CliError::io("reading", &dir, &e))?;
            let name = item.file_name().to_string_lossy().into_owned();
            let meta = item
                .metadata()
                .map_err(|e| CliError::io("reading", &item.path(), &e))?;
            out.push(ObjectFile {
                id: name.parse().ok(),
                name,
                len: meta.len(),
                is_file: meta.is_file(),
            });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }
}

//! Turning the paths given to `seal` into files with logical names.
//!
//! A file argument is named by its file name; a folder's files are named by
//! their path relative to the folder, with `/` separators. Symbolic links
//! are followed; a loop, a broken link, an unreadable folder, a non-UTF-8
//! name or something that is not a regular file is reported and skipped.
//! Hidden files and folders (names starting with `.`) inside folders are
//! ignored unless asked for.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::{CliError, Result, describe_io};

/// A file to seal.
#[derive(Debug, Clone)]
pub struct Input {
    /// Where it is.
    pub path: PathBuf,
    /// Its logical name in the bundle.
    pub name: String,
}

/// A file that is not sealed, and why.
#[derive(Debug, Clone)]
pub struct Skip {
    /// The path as the user would recognise it.
    pub path: String,
    /// Why.
    pub reason: String,
}

/// The result of walking.
#[derive(Debug, Default)]
pub struct Walked {
    /// Files to seal, sorted by logical name.
    pub inputs: Vec<Input>,
    /// Things skipped while walking.
    pub skipped: Vec<Skip>,
    /// Hidden files and folders ignored.
    pub hidden: usize,
}

/// Checks a logical name against the manifest's rules; `Err` says why not.
fn check_name(name: &str) -> std::result::Result<(), &'static str> {
    if name.len() > panelcrypt_core::manifest::MAX_NAME {
        return Err("its name is longer than 1024 bytes");
    }
    if name.chars().any(|c| c.is_control() || c == '\\') {
        return Err("its name contains a backslash or a control character");
    }
    Ok(())
}

fn name_of(rel: &Path) -> std::result::Result<String, &'static str> {
    let mut parts = Vec::new();
    for c in rel.components() {
        match c {
            std::path::Component::Normal(s) => {
                parts.push(s.to_str().ok_or("its name is not valid UTF-8; rename it")?)
            }
            _ => return Err("its path cannot be made relative"),
        }
    }
    let name = parts.join("/");
    if name.is_empty() {
        return Err("it has no file name");
    }
    check_name(&name)?;
    Ok(name)
}

fn not_regular(ft: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_fifo() {
        "not a regular file (a named pipe)"
    } else if ft.is_socket() {
        "not a regular file (a socket)"
    } else if ft.is_block_device() || ft.is_char_device() {
        "not a regular file (a device)"
    } else {
        "not a regular file"
    }
}

/// Walks `paths`. `exclude` are directories never entered (the output
/// bundle, when it sits inside an input folder). A path that does not exist
/// is an error; so are two files with the same logical name.
pub fn collect(paths: &[PathBuf], include_hidden: bool, exclude: &[PathBuf]) -> Result<Walked> {
    let mut w = Walked::default();
    for root in paths {
        let meta = fs::metadata(root).map_err(|e| {
            let err = CliError::io("cannot seal", root, &e);
            if e.kind() == io::ErrorKind::NotFound && fs::symlink_metadata(root).is_ok() {
                CliError::new(format!(
                    "cannot seal {}: broken symbolic link",
                    root.display()
                ))
            } else {
                err
            }
        })?;
        if !meta.is_dir() {
            if !meta.is_file() {
                w.skipped.push(Skip {
                    path: root.display().to_string(),
                    reason: not_regular(meta.file_type()).into(),
                });
                continue;
            }
            let name = root
                .file_name()
                .map(Path::new)
                .ok_or_else(|| CliError::new(format!("{} has no file name", root.display())))?;
            match name_of(name) {
                Ok(name) => w.inputs.push(Input {
                    path: root.clone(),
                    name,
                }),
                Err(why) => w.skipped.push(Skip {
                    path: root.display().to_string(),
                    reason: why.into(),
                }),
            }
            continue;
        }
        let mut hidden = 0usize;
        let walker = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if e.depth() == 0 {
                    return true;
                }
                let name = e.file_name().to_string_lossy();
                if name.contains(crate::atomic::TMP_MARK) || name.contains(".panelcrypt-old-") {
                    return false;
                }
                if !include_hidden && name.starts_with('.') {
                    hidden += 1;
                    return false;
                }
                if e.file_type().is_dir()
                    && !exclude.is_empty()
                    && let Ok(c) = fs::canonicalize(e.path())
                    && exclude.contains(&c)
                {
                    return false;
                }
                true
            });
        for item in walker {
            let entry = match item {
                Ok(e) => e,
                Err(e) => {
                    let path = e
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| root.display().to_string());
                    let reason = if let Some(anc) = e.loop_ancestor() {
                        format!(
                            "symbolic link loop: it leads back to {}, which is being walked already",
                            anc.display()
                        )
                    } else if let Some(io) = e.io_error() {
                        let broken = io.kind() == io::ErrorKind::NotFound
                            && e.path().is_some_and(|p| {
                                fs::symlink_metadata(p).is_ok_and(|m| m.is_symlink())
                            });
                        if broken {
                            "broken symbolic link".to_string()
                        } else {
                            format!("cannot read: {}", describe_io(io))
                        }
                    } else {
                        e.to_string()
                    };
                    w.skipped.push(Skip { path, reason });
                    continue;
                }
            };
            let ft = entry.file_type();
            if ft.is_dir() {
                continue;
            }
            let shown = entry.path().display().to_string();
            if !ft.is_file() {
                w.skipped.push(Skip {
                    path: shown,
                    reason: not_regular(ft).into(),
                });
                continue;
            }
            // Invariant: walkdir yields paths below the root it was given.
            let rel = entry
                .path()
                .strip_prefix(root)
                .expect("walkdir paths start with the root");
            match name_of(rel) {
                Ok(name) => w.inputs.push(Input {
                    path: entry.into_path(),
                    name,
                }),
                Err(why) => w.skipped.push(Skip {
                    path: shown,
                    reason: why.into(),
                }),
            }
        }
        w.hidden += hidden;
    }
    w.inputs.sort_by(|a, b| a.name.cmp(&b.name));
    for pair in w.inputs.windows(2) {
        if pair[0].name == pair[1].name {
            return Err(CliError::new(format!(
                "two files would have the same name {:?} in the bundle: {} and {}",
                pair[0].name,
                pair[0].path.display(),
                pair[1].path.display()
            ))
            .hint(
                "seal the folder that contains both, so that their names include their folders",
            ));
        }
    }
    Ok(w)
}

//! Atomic output: a bundle is built in a temporary directory beside its
//! target (same filesystem), synced, then swapped in with one
//! `renameat2(RENAME_EXCHANGE)`; a file written by `open` goes to a
//! temporary file renamed on success. Whatever happens before the swap — an
//! error, Ctrl-C, SIGKILL, a power cut — the previous bundle is untouched.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use rustix::fs::{CWD, RenameFlags, renameat_with};

use crate::error::{CliError, Result};
use crate::rng;

/// Marker in the names of temporary directories and files.
pub const TMP_MARK: &str = ".panelcrypt-tmp-";

/// A directory being built; removed on drop unless committed.
pub struct Staging {
    tmp: PathBuf,
    target: PathBuf,
    done: bool,
    durable: bool,
}

fn parent_of(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn file_name(p: &Path) -> Result<String> {
    p.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_string)
        .ok_or_else(|| {
            CliError::new(format!(
                "{} does not end in a usable directory name",
                p.display()
            ))
        })
}

/// True if `p` is a directory that a bundle may replace: empty, or holding
/// a `header.pcb`.
fn replaceable(p: &Path) -> Result<bool> {
    let meta = match fs::symlink_metadata(p) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(CliError::io("checking", p, &e)),
    };
    let refuse = |why: &str| {
        Err(CliError::new(format!(
            "{} {why}; refusing to replace it with a bundle",
            p.display()
        ))
        .hint("remove it, or choose another output with -o"))
    };
    if meta.file_type().is_symlink() {
        return refuse("is a symbolic link");
    }
    if !meta.is_dir() {
        return refuse("exists and is not a directory");
    }
    if p.join(panelcrypt_core::bundle::HEADER_FILE).is_file() {
        return Ok(true);
    }
    let mut entries = fs::read_dir(p).map_err(|e| CliError::io("reading", p, &e))?;
    if entries.next().is_none() {
        return Ok(true);
    }
    refuse("is a directory that is not empty and holds no panelcrypt bundle (no header.pcb)")
}

impl Staging {
    /// Prepares a temporary directory for a bundle that will replace `target`.
    /// With `durable`, names are fsynced so that the swap survives a power cut.
    pub fn new(target: &Path, durable: bool) -> Result<Staging> {
        replaceable(target)?;
        let name = file_name(target)?;
        let parent = parent_of(target);
        fs::create_dir_all(&parent).map_err(|e| CliError::io("creating", &parent, &e))?;
        if let Ok(rd) = fs::read_dir(&parent) {
            let prefix = format!(".{name}{TMP_MARK}");
            for e in rd.flatten() {
                if e.file_name().to_string_lossy().starts_with(&prefix) {
                    eprintln!(
                        "warning: {} was left by an interrupted seal; it is safe to delete",
                        e.path().display()
                    );
                }
            }
        }
        let tmp = parent.join(format!(".{name}{TMP_MARK}{}", rng::hex_token(6)));
        fs::create_dir(&tmp).map_err(|e| CliError::io("creating", &tmp, &e))?;
        Ok(Staging {
            tmp,
            target: target.to_path_buf(),
            done: false,
            durable,
        })
    }

    /// Where to build.
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// Syncs the temporary directory and swaps it into place. The previous
    /// bundle, if any, is deleted only after the new one is in place.
    pub fn commit(mut self) -> Result<()> {
        // The caller has synced the files inside; sync their names.
        self.sync(&self.tmp)?;
        let existed = replaceable(&self.target)?;
        let swap_err = |e: io::Error| {
            CliError::new(format!(
                "moving the new bundle into {}: {}",
                self.target.display(),
                crate::error::describe_io(&e)
            ))
        };
        if existed {
            match renameat_with(CWD, &self.tmp, CWD, &self.target, RenameFlags::EXCHANGE) {
                Ok(()) => {
                    // `tmp` now holds the previous bundle.
                    self.done = true;
                    self.sync(&parent_of(&self.target))?;
                    remove_tree(&self.tmp);
                    return Ok(());
                }
                Err(e)
                    if e == rustix::io::Errno::INVAL
                        || e == rustix::io::Errno::NOSYS
                        || e == rustix::io::Errno::OPNOTSUPP =>
                {
                    // No RENAME_EXCHANGE on this filesystem: move the old
                    // bundle aside first. It stays complete under its new
                    // name until the new one is in place.
                    let name = file_name(&self.target)?;
                    let old = parent_of(&self.target)
                        .join(format!(".{name}.panelcrypt-old-{}", rng::hex_token(6)));
                    fs::rename(&self.target, &old).map_err(&swap_err)?;
                    if let Err(e) = fs::rename(&self.tmp, &self.target) {
                        let _ = fs::rename(&old, &self.target);
                        return Err(swap_err(e));
                    }
                    self.done = true;
                    self.sync(&parent_of(&self.target))?;
                    remove_tree(&old);
                    return Ok(());
                }
                Err(e) => return Err(swap_err(e.into())),
            }
        }
        match renameat_with(CWD, &self.tmp, CWD, &self.target, RenameFlags::NOREPLACE) {
            Ok(()) => {}
            Err(e)
                if e == rustix::io::Errno::INVAL
                    || e == rustix::io::Errno::NOSYS
                    || e == rustix::io::Errno::OPNOTSUPP =>
            {
                fs::rename(&self.tmp, &self.target).map_err(&swap_err)?;
            }
            Err(e) => return Err(swap_err(e.into())),
        }
        self.done = true;
        self.sync(&parent_of(&self.target))?;
        Ok(())
    }
}

impl Staging {
    fn sync(&self, dir: &Path) -> Result<()> {
        if self.durable { sync_dir(dir) } else { Ok(()) }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            remove_tree(&self.tmp);
        }
    }
}

fn remove_tree(p: &Path) {
    if let Err(e) = fs::remove_dir_all(p)
        && e.kind() != io::ErrorKind::NotFound
    {
        eprintln!(
            "warning: could not remove {}: {}; delete it by hand",
            p.display(),
            crate::error::describe_io(&e)
        );
    }
}

/// A thread that fsyncs files handed to it, so that the threads writing
/// them go on working while the disk catches up. The queue is bounded:
/// writers wait when the disk is far behind.
pub struct Syncer {
    tx: Option<std::sync::mpsc::SyncSender<(File, PathBuf)>>,
    thread: Option<std::thread::JoinHandle<Option<CliError>>>,
}

impl Syncer {
    /// Starts the thread.
    pub fn start() -> Syncer {
        let (tx, rx) = std::sync::mpsc::sync_channel::<(File, PathBuf)>(32);
        let thread = std::thread::spawn(move || {
            let mut first_error = None;
            for (f, path) in rx {
                if let Err(e) = f.sync_data()
                    && first_error.is_none()
                {
                    first_error = Some(CliError::io("syncing", &path, &e));
                }
            }
            first_error
        });
        Syncer {
            tx: Some(tx),
            thread: Some(thread),
        }
    }

    /// Queues a written file for fsync.
    pub fn push(&self, f: File, path: PathBuf) {
        if let Some(tx) = &self.tx {
            // If the thread is gone, `finish` reports why.
            let _ = tx.send((f, path));
        }
    }

    /// Waits until every queued file is on disk.
    pub fn finish(mut self) -> Result<()> {
        self.tx = None;
        match self.thread.take().map(std::thread::JoinHandle::join) {
            Some(Ok(None)) | None => Ok(()),
            Some(Ok(Some(e))) => Err(e),
            Some(Err(_)) => Err(CliError::new("the thread syncing files to disk failed")),
        }
    }
}

/// fsync a directory, so that the names in it survive a crash.
pub fn sync_dir(p: &Path) -> Result<()> {
    File::open(p)
        .and_then(|d| d.sync_all())
        .map_err(|e| CliError::io("syncing", p, &e))
}

/// Creates a new file that must not exist yet, with `mode`.
pub fn create_new(p: &Path, mode: u32) -> io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(p)
}

/// A file being written beside its final name; removed on drop unless
/// [`TempFile::persist`] succeeded.
pub struct TempFile {
    tmp: PathBuf,
    file: Option<File>,
}

impl TempFile {
    /// Creates a temporary file in the directory of `target`.
    pub fn beside(target: &Path, mode: u32) -> io::Result<TempFile> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let short: String = name.chars().take(64).collect();
        let tmp = parent_of(target).join(format!(".{short}{TMP_MARK}{}", rng::hex_token(6)));
        let file = create_new(&tmp, mode)?;
        Ok(TempFile {
            tmp,
            file: Some(file),
        })
    }

    /// The open file.
    pub fn file(&mut self) -> &mut File {
        // Invariant: `file` is Some until `persist` consumes self.
        self.file.as_mut().expect("file present until persisted")
    }

    /// Flushes, syncs and renames the file to `target` (replacing it).
    pub fn persist(mut self, target: &Path) -> io::Result<()> {
        if let Some(mut f) = self.file.take() {
            f.flush()?;
            f.sync_all()?;
        }
        fs::rename(&self.tmp, target)?;
        self.tmp = PathBuf::new();
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

//! Progress: a bar on a terminal, plain lines otherwise, nothing with --quiet.
//! Everything goes to stderr; stdout is for results.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Where progress goes.
pub enum Progress {
    /// An indicatif bar counting bytes.
    Bar(ProgressBar),
    /// One line per file.
    Plain {
        /// Files done.
        done: AtomicUsize,
        /// Files in all.
        total: usize,
    },
    /// Only warnings.
    Quiet,
}

impl Progress {
    /// Chooses by whether stderr is a terminal.
    pub fn new(total_files: usize, total_bytes: u64, quiet: bool) -> Self {
        if quiet {
            return Progress::Quiet;
        }
        if std::io::stderr().is_terminal() {
            let bar =
                ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, {eta}) {msg}",
            ) {
                bar.set_style(style);
            }
            Progress::Bar(bar)
        } else {
            Progress::Plain {
                done: AtomicUsize::new(0),
                total: total_files,
            }
        }
    }

    /// A file is finished (sealed, skipped or checked).
    pub fn file_done(&self, bytes: u64, line: &str) {
        match self {
            Progress::Bar(b) => {
                b.inc(bytes);
                b.set_message(line.to_string());
            }
            Progress::Plain { done, total } => {
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                eprintln!("[{n}/{total}] {line}");
            }
            Progress::Quiet => {}
        }
    }

    /// A warning or a skipped file: always shown.
    pub fn warn(&self, line: &str) {
        match self {
            Progress::Bar(b) => b.println(line),
            _ => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Progress::Bar(b) = self {
            b.finish_and_clear();
        }
    }
}

//! Writing results to stdout (a closed pipe ends quietly) and human sizes.

use std::io::{self, Write};

use crate::error::{CliError, Result};

/// Writes `text` to stdout.
pub fn print(text: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(CliError::stdout)
}

/// Writes pretty JSON and a newline to stdout.
pub fn print_json(v: &serde_json::Value) -> Result<()> {
    // Serialising a `Value` cannot fail.
    let s = serde_json::to_string_pretty(v).unwrap_or_default();
    print(&format!("{s}\n"))
}

/// `1234567` → `1.2 MB` (decimal units, like file managers and hosts show).
pub fn size(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1000.0 && u < UNITS.len() - 1 {
        v /= 1000.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_well() {
        assert_eq!(super::size(0), "0 B");
        assert_eq!(super::size(999), "999 B");
        assert_eq!(super::size(1_234_567), "1.2 MB");
    }
}

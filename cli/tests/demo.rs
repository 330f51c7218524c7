//! `panelcrypt demo --check`: the whole system (seal, public host with CORS,
//! key service in dev mode, the shipped decoder) in real headless Chromium.
//! scripts/test.sh installs Chromium before the Rust tests run.

use std::ffi::OsStr;
use std::process::{Command, Output};

fn chromium() -> String {
    std::env::var("PANELCRYPT_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

/// `panelcrypt demo --check` with the test's Chromium, plus `extra`.
fn demo_check(extra: &[&OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_panelcrypt"))
        .args([
            "demo",
            "--check",
            "--timeout",
            "90",
            "--chromium",
            &chromium(),
        ])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn demo_check_decrypts_the_allowed_panels_and_refuses_the_other() {
    let out = demo_check(&[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    for line in [
        "ok   thermal     line-3-thermal.png  decrypted and shown",
        "ok   throughput  throughput.png      decrypted and shown",
        "ok   margins     q4-margins.png      refused, as it should be",
        "secure context, WebCrypto",
        "demo check passed",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    assert!(!stdout.contains("FAIL"), "{stdout}");
}

#[test]
fn demo_keeps_its_files_only_when_asked_and_they_are_real_bundles() {
    let dir = tempfile::tempdir().unwrap();
    let keep = dir.path().join("demo");
    let out = demo_check(&[OsStr::new("--dir"), keep.as_os_str()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The bundles the browser decrypted are ordinary bundles: `inspect`
    // reads them, and nothing in them is plaintext.
    for b in ["plant", "finance"] {
        let bundle = keep.join("public-host").join(b);
        assert!(bundle.join("header.pcb").is_file(), "{b}");
        let inspect = Command::new(env!("CARGO_BIN_EXE_panelcrypt"))
            .arg("inspect")
            .arg(&bundle)
            .output()
            .unwrap();
        assert!(
            inspect.status.success(),
            "{}",
            String::from_utf8_lossy(&inspect.stderr)
        );
        for f in std::fs::read_dir(bundle.join("o")).unwrap() {
            let bytes = std::fs::read(f.unwrap().path()).unwrap();
            assert!(
                !bytes.windows(4).any(|w| w == b"\x89PNG"),
                "plaintext PNG in {b}"
            );
        }
    }
    let png = std::fs::read(keep.join("images/plant/throughput.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
}

//! The `panelcrypt-keyservice` binary (what `panelcrypt serve` runs):
//! flags and environment, start-up refusals, serving, SIGTERM.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{master, os_rng, post_unlock, seal};

fn key_text() -> String {
    panelcrypt_core::keyfile::encode(&master(), None, &mut os_rng())
        .expect("encode")
        .to_string()
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_panelcrypt-keyservice"));
    c.env_remove("PANELCRYPT_KEY_FILE")
        .env_remove("PANELCRYPT_MASTER_KEY")
        .env_remove("PANELCRYPT_IDENTITY")
        .env_remove("PANELCRYPT_GRAFANA_ORIGIN")
        .stdin(Stdio::null());
    c
}

#[test]
fn refuses_bad_configurations_at_startup() {
    let out = bin()
        .args([
            "--identity",
            "dev",
            "--dev-user",
            "alice",
            "--listen",
            "0.0.0.0:0",
        ])
        .env("PANELCRYPT_MASTER_KEY", key_text())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("loopback"), "{err}");

    let out = bin()
        .args([
            "--grafana-origin",
            "http://g.test",
            "--listen",
            "127.0.0.1:0",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no master key"));

    let out = bin().args(["--help"]).output().expect("run");
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--key-file",
        "--grafana-origin",
        "--identity",
        "--cache-ttl",
        "--rate-limit",
    ] {
        assert!(help.contains(flag), "{flag} missing from --help:\n{help}");
    }
}

#[tokio::test]
async fn serves_and_stops_gracefully_on_sigterm() {
    let port = panelcrypt_e2e::free_port().expect("port");
    let mut child = bin()
        .args([
            "--identity",
            "dev",
            "--dev-user",
            "alice",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--grafana-origin",
            common::ORIGIN,
        ])
        .env("PANELCRYPT_MASTER_KEY", key_text())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let b = seal(&["user:alice"]);
    let a = post_unlock(
        &format!("http://127.0.0.1:{port}/api/unlock"),
        None,
        &b.body(),
    )
    .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.json["key"], b.key_b64());

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        assert!(Instant::now() < deadline, "did not stop on SIGTERM");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert!(exit.success(), "{exit}");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read");
    let lines: Vec<serde_json::Value> = err
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["message"] == "panelcrypt key service listening"),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l["target"] == "panelcrypt::audit" && l["outcome"] == "granted"),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l["message"] == "panelcrypt key service stopped"),
        "{err}"
    );
    assert!(!err.contains(&b.key_b64()));
}

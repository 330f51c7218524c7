//! Serve a Grafana double described by a JSON seed.
//!
//! ```text
//! grafana-double [--config seed.json] [--listen 127.0.0.1:3000]
//! ```
//!
//! Prints one JSON line on stdout once listening:
//! `{"url":"http://127.0.0.1:3000","sessions":{"alice":["<token>"]}}`,
//! then serves until SIGINT/SIGTERM.

use std::collections::BTreeMap;
use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use panelcrypt_e2e::{GrafanaDouble, Seed, spawn_grafana_at};

struct Args {
    config: Option<String>,
    listen: SocketAddr,
}

fn parse_args() -> Result<Args, String> {
    let mut config = None;
    let mut listen = SocketAddr::from(([127, 0, 0, 1], 3000));
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--config" => config = Some(it.next().ok_or("--config needs a path")?),
            "--listen" => {
                let v = it.next().ok_or("--listen needs an address")?;
                listen = v.parse().map_err(|e| format!("--listen {v}: {e}"))?;
            }
            "-h" | "--help" => {
                return Err("usage: grafana-double [--config seed.json] [--listen ADDR]".into());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args { config, listen })
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = ctrl_c => {},
                _ = term.recv() => {},
            }
        }
        Err(_) => {
            let _ = ctrl_c.await;
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let seed: Seed = match &args.config {
        None => Seed::default(),
        Some(path) => {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("reading {path}: {e}");
                    return ExitCode::from(2);
                }
            };
            match serde_json::from_str(&text) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("parsing {path}: {e}");
                    return ExitCode::from(2);
                }
            }
        }
    };
    let logins: Vec<String> = seed.users.iter().map(|u| u.login.clone()).collect();
    let double = match GrafanaDouble::from_seed(seed) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("invalid seed: {e}");
            return ExitCode::from(2);
        }
    };
    let server = match spawn_grafana_at(double.clone(), args.listen).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("listening on {}: {e}", args.listen);
            return ExitCode::from(1);
        }
    };
    let sessions: BTreeMap<String, Vec<String>> = logins
        .into_iter()
        .map(|l| {
            let tokens = double.session_tokens(&l);
            (l, tokens)
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let line = serde_json::json!({"url": server.url(), "sessions": sessions});
    let mut out = std::io::stdout();
    if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
        return ExitCode::from(1);
    }
    shutdown_signal().await;
    match server.stop().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("shutdown: {e}");
            ExitCode::from(1)
        }
    }
}

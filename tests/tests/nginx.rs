//! The nginx harness in front of the double, and the `grafana-double` binary.
//!
//! These tests need `/usr/sbin/nginx` (`apt-get install -y nginx`); they fail
//! with that instruction when it is missing.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use axum::http::StatusCode;
use common::{client, get_json, keys_datasource, set_cookie_value, upstream, world};
use panelcrypt_e2e::{Nginx, NginxError};
use serde_json::{Value, json};

#[tokio::test]
async fn nginx_proxies_login_api_user_and_the_datasource_proxy() {
    let w = world().await;
    let (up, up_addr) = upstream().await;
    w.double
        .add_datasource(keys_datasource(up_addr))
        .expect("ds");
    let nginx = Nginx::start_locations(
        "location / {
            proxy_pass http://{{grafana}};
            proxy_set_header Host $host;
        }
        location /static/ {
            alias {{dir}}/www/;
        }",
        &[("grafana", w.addr.to_string())],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(nginx.dir().join("www/hello.txt"), "hello").expect("static file");

    let resp = client()
        .post(format!("{}/login", nginx.url()))
        .json(&json!({"user": "alice", "password": "alice-pw"}))
        .send()
        .await
        .expect("login through nginx");
    assert_eq!(resp.status(), 200);
    let token = set_cookie_value(resp.headers(), "grafana_session").expect("cookie through nginx");
    let cookie = w.double.cookie_header(&token);

    let (status, user) = get_json(&format!("{}/api/user", nginx.url()), Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["login"], "alice");

    let resp = client()
        .get(format!("{}/api/datasources/proxy/uid/keys/k", nginx.url()))
        .header("Cookie", &cookie)
        .header("X-Grafana-User", "mallory")
        .send()
        .await
        .expect("proxy through nginx");
    assert_eq!(resp.status(), 200);
    assert_eq!(
        up.last()
            .headers
            .get("x-grafana-user")
            .map(|v| v.as_bytes()),
        Some(&b"alice"[..])
    );

    let text = client()
        .get(format!("{}/static/hello.txt", nginx.url()))
        .send()
        .await
        .expect("static")
        .text()
        .await
        .expect("body");
    assert_eq!(text, "hello");
    assert!(
        nginx.access_log().contains("GET /api/user"),
        "{}",
        nginx.access_log()
    );
    assert_eq!(w.double.counters().api_user, 1);
}

#[test]
fn nginx_with_two_servers_and_bad_configs() {
    let nginx = Nginx::start(
        "server { listen 127.0.0.1:{{port0}}; location / { return 200 'zero'; } }
         server { listen 127.0.0.1:{{port1}}; location / { return 204; } }",
        &[],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(nginx.ports().len(), 2);
    assert_ne!(nginx.ports()[0], nginx.ports()[1]);
    let port1 = nginx.ports()[1];
    drop(nginx);
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port1)).is_err(),
        "nginx is gone after drop"
    );

    match Nginx::start_locations("location / { no_such_directive; }", &[]) {
        Err(NginxError::Failed { error_log, .. }) => {
            assert!(error_log.contains("no_such_directive"), "{error_log}");
        }
        other => panic!("expected a config failure, got {other:?}"),
    }
    match Nginx::start_locations("location / { proxy_pass http://{{nowhere}}; }", &[]) {
        Err(NginxError::UnboundPlaceholder(name)) => assert_eq!(name, "nowhere"),
        other => panic!("expected an unbound placeholder, got {other:?}"),
    }
}

#[test]
fn missing_nginx_says_how_to_install_it() {
    let missing = std::path::Path::new("/nonexistent/sbin/nginx");
    match Nginx::start_with(missing, "server { listen 127.0.0.1:{{port0}}; }", &[]) {
        Err(err @ NginxError::NotInstalled(_)) => {
            let msg = err.to_string();
            assert!(msg.contains("apt-get install -y nginx"), "{msg}");
            assert!(msg.contains("/nonexistent/sbin/nginx"), "{msg}");
        }
        other => panic!("expected NotInstalled, got {other:?}"),
    }
}

#[tokio::test]
async fn grafana_double_binary_serves_a_json_seed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let seed = json!({
        "settings": {"token_rotation_interval_seconds": 120, "login_cookie_name": "gs"},
        "orgs": [{"id": 2, "name": "Plant B"}],
        "users": [
            {"login": "carol", "password": "pw", "orgs": [{"org_id": 2, "role": "Editor"}]}
        ],
        "teams": [{"org_id": 2, "name": "ops", "members": ["carol"]}],
        "sessions": [{"login": "carol", "token": "carol-browser-session"}]
    });
    let path = dir.path().join("seed.json");
    std::fs::write(&path, seed.to_string()).expect("write seed");
    let mut child = Command::new(env!("CARGO_BIN_EXE_grafana-double"))
        .arg("--config")
        .arg(&path)
        .arg("--listen")
        .arg("127.0.0.1:0")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn grafana-double");
    let stdout = child.stdout.take().expect("stdout");
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).map(|_| line)
    })
    .await
    .expect("join")
    .expect("read line");
    let started: Value = serde_json::from_str(&line).expect("json line");
    let url = started["url"].as_str().expect("url").to_string();
    assert_eq!(
        started["sessions"]["carol"],
        json!(["carol-browser-session"])
    );

    let (status, teams) = get_json(
        &format!("{url}/api/user/teams"),
        Some("gs=carol-browser-session"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(teams[0]["name"], "ops");
    let (_, orgs) = get_json(
        &format!("{url}/api/user/orgs"),
        Some("gs=carol-browser-session"),
    )
    .await;
    assert_eq!(
        orgs,
        json!([{"orgId": 2, "name": "Plant B", "role": "Editor"}])
    );

    let _ = child.kill();
    let _ = child.wait();

    // A bad seed is refused with exit code 2.
    std::fs::write(&path, r#"{"users": [{"login": "x", "bogus": 1}]}"#).expect("write");
    let status = Command::new(env!("CARGO_BIN_EXE_grafana-double"))
        .arg("--config")
        .arg(&path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run");
    assert_eq!(status.code(), Some(2));
}

//! The router on its own (`tower::ServiceExt::oneshot`): request checks,
//! dev mode, epochs and suites, rate limit, assets, health, metrics, audit
//! lines, configuration, and Grafana answers a real Grafana rarely gives
//! (service account, garbled body) from a scripted fake.

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use clap::Parser;
use common::{Logs, ORIGIN, master, seal, seal_with, session_config, world};
use panelcrypt_core::Suite;
use panelcrypt_keyservice::config::{load_master, parse_duration};
use panelcrypt_keyservice::{AppState, Assets, Config, IdentityConfig, ServeArgs, app};
use serde_json::{Value, json};
use tower::ServiceExt;

fn dev_state(extra: &[&str]) -> AppState {
    let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    let id = IdentityConfig::dev("alice", &extra).expect("dev");
    AppState::new(
        Config::new(id, Some(ORIGIN)).expect("config"),
        master(),
        Assets::none(),
    )
}

fn unlock_req(body: impl Into<Body>) -> axum::http::request::Builder {
    let _ = body;
    Request::post("/api/unlock")
        .header("content-type", "application/json")
        .header("origin", ORIGIN)
        .header("sec-fetch-site", "same-origin")
}

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
    fn error(&self) -> String {
        self.json()["error"].as_str().unwrap_or("").to_string()
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

async fn call(state: &AppState, req: Request<Body>) -> Resp {
    let resp = app(state.clone()).oneshot(req).await.expect("infallible");
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .expect("body")
        .to_vec();
    Resp {
        status,
        headers,
        body,
    }
}

async fn unlock(state: &AppState, body: &str) -> Resp {
    let req = unlock_req(())
        .body(Body::from(body.to_string()))
        .expect("request");
    call(state, req).await
}

fn assert_api_headers(r: &Resp) {
    assert_eq!(
        r.header("cache-control"),
        Some("no-store"),
        "{:?}",
        r.headers
    );
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    for (name, _) in &r.headers {
        assert!(
            !name.as_str().starts_with("access-control-"),
            "no CORS headers ever: {name}"
        );
    }
}

#[tokio::test]
async fn dev_mode_grants_the_users_principals_and_nothing_else() {
    let state = dev_state(&["team:ops@1", "role:Editor@2"]);
    for (principals, ok) in [
        (&["user:alice"][..], true),
        (&["user:Alice"][..], true),
        (&["team:ops@1"][..], true),
        (&["user:bob", "role:Editor@2"][..], true),
        (&["user:bob"][..], false),
        (&["team:ops@2"][..], false),
        (&["role:Viewer@2"][..], false), // dev principals imply nothing
    ] {
        let b = seal(principals);
        let r = unlock(&state, &b.body()).await;
        assert_api_headers(&r);
        if ok {
            assert_eq!(r.status, StatusCode::OK, "{principals:?}: {:?}", r.json());
            assert_eq!(
                r.json(),
                json!({"key": b.key_b64(), "bundle_id": b.id_hex()})
            );
        } else {
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{principals:?}");
            assert_eq!(r.error(), "forbidden");
        }
    }
    // The full header is accepted too.
    let b = seal(&["user:alice"]);
    let r = unlock(&state, &b.full_body()).await;
    assert_eq!(r.json()["key"], b.key_b64());
}

#[tokio::test]
async fn a_matching_slot_that_fails_to_open_looks_exactly_like_no_slot() {
    let state = dev_state(&[]);
    let mut b = seal(&["user:alice"]);
    // Corrupt the sealed key of alice's (only) slot: the slot id still
    // matches, the HPKE open fails.
    let last = {
        let (_, _, end) = panelcrypt_core::bundle::parse_slot_section(&b.header).expect("parse");
        end - 1
    };
    b.header[last] ^= 1;
    let tampered = unlock(&state, &b.body()).await;
    let other = unlock(&state, &seal(&["user:bob"]).body()).await;
    assert_eq!(tampered.status, StatusCode::FORBIDDEN);
    assert_eq!(tampered.status, other.status);
    assert_eq!(tampered.body, other.body);
}

#[tokio::test]
async fn epochs_and_both_suites() {
    let id = IdentityConfig::dev("alice", &[]).expect("dev");
    let mut config = Config::new(id, Some(ORIGIN)).expect("config");
    config.epochs = vec![1, 0];
    let state = AppState::new(config, master(), Assets::none());
    for (suite, epoch, ok) in [
        (Suite::XWing, 0, true),
        (Suite::X25519, 0, true),
        (Suite::X25519, 1, true),
        (Suite::XWing, 1, true),
        (Suite::XWing, 2, false),
    ] {
        let b = seal_with(&master(), &[("user:alice", suite)], epoch);
        let r = unlock(&state, &b.body()).await;
        assert_eq!(r.status == StatusCode::OK, ok, "{suite:?} epoch {epoch}");
    }
    // A different master secret opens nothing.
    let other = panelcrypt_core::MasterSecret::from_bytes([9u8; 32]);
    let b = seal_with(&other, &[("user:alice", Suite::X25519)], 0);
    assert_eq!(
        unlock(&state, &b.body()).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn malformed_requests_are_400_405_413() {
    let state = dev_state(&[]);
    let good = seal(&["user:alice"]).body();

    let r = call(
        &state,
        Request::get("/api/unlock")
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.error(), "method_not_allowed");
    assert_eq!(r.header("allow"), Some("POST"));
    assert_api_headers(&r);
    let r = call(
        &state,
        Request::post("/healthz").body(Body::empty()).expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.header("allow"), Some("GET, HEAD"));

    for ct in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ] {
        let req = Request::post("/api/unlock")
            .header("content-type", ct)
            .header("origin", ORIGIN)
            .body(Body::from(good.clone()))
            .expect("req");
        let r = call(&state, req).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{ct}");
        assert_eq!(r.error(), "bad_request");
    }
    let req = Request::post("/api/unlock")
        .body(Body::from(good.clone()))
        .expect("req");
    assert_eq!(call(&state, req).await.status, StatusCode::BAD_REQUEST);
    let req = Request::post("/api/unlock")
        .header("content-type", "application/json; charset=utf-8")
        .body(Body::from(good.clone()))
        .expect("req");
    assert_eq!(call(&state, req).await.status, StatusCode::OK, "charset ok");

    for body in [
        "",
        "{",
        "[]",
        r#"{"slot":"AAAA"}"#,
        r#"{"slots":5}"#,
        r#"{"slots":"***"}"#,
        r#"{"slots":"AAAA"}"#,
        r#"{"slots":"UE5MQ1JZUFQCAA=="}"#, // PNLCRYPT version 2
    ] {
        let r = unlock(&state, body).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(r.error(), "bad_request");
        assert_api_headers(&r);
    }

    // Over 64 KiB: refused while reading (oneshot requests carry no
    // Content-Length) and up front by a declared Content-Length.
    let big = format!(r#"{{"slots":"{}"}}"#, "A".repeat(70 * 1024));
    let r = unlock(&state, &big).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.error(), "too_large");
    assert_api_headers(&r);
    let req = unlock_req(())
        .header("content-length", "1000000")
        .body(Body::from(good.clone()))
        .expect("req");
    assert_eq!(
        call(&state, req).await.status,
        StatusCode::PAYLOAD_TOO_LARGE
    );

    // Unknown routes.
    let r = call(
        &state,
        Request::get("/nope").body(Body::empty()).expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.error(), "not_found");
}

#[tokio::test]
async fn cross_site_requests_are_refused_without_cors() {
    let state = dev_state(&[]);
    let body = seal(&["user:alice"]).body();
    let cases: [(&[(&str, &str)], bool); 9] = [
        (
            &[("origin", ORIGIN), ("sec-fetch-site", "same-origin")],
            true,
        ),
        (&[("origin", "HTTP://Grafana.TEST:80")], true),
        (&[], true), // no Origin at all (not a browser)
        (&[("origin", "https://evil.example")], false),
        (&[("origin", "null")], false),
        (&[("origin", "http://grafana.test.evil.example")], false),
        (
            &[("origin", ORIGIN), ("sec-fetch-site", "cross-site")],
            false,
        ),
        (
            &[("origin", ORIGIN), ("sec-fetch-site", "same-site")],
            false,
        ),
        (&[("sec-fetch-site", "cross-site")], false),
    ];
    for (headers, ok) in cases {
        let mut req = Request::post("/api/unlock").header("content-type", "application/json");
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let r = call(&state, req.body(Body::from(body.clone())).expect("req")).await;
        assert_api_headers(&r);
        if ok {
            assert_eq!(r.status, StatusCode::OK, "{headers:?}");
        } else {
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{headers:?}");
            assert_eq!(r.error(), "cross_site");
        }
    }
    // A CORS preflight gets no CORS answer.
    let r = call(
        &state,
        Request::options("/api/unlock")
            .header("origin", "https://evil.example")
            .header("access-control-request-method", "POST")
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_api_headers(&r);

    // Without a configured origin, any Origin header is refused.
    let id = IdentityConfig::dev("alice", &[]).expect("dev");
    let state = AppState::new(
        Config::new(id, None).expect("config"),
        master(),
        Assets::none(),
    );
    let r = unlock(&state, &body).await;
    assert_eq!(r.error(), "cross_site");
}

#[tokio::test]
async fn per_user_rate_limit_answers_429_with_retry_after() {
    let id = IdentityConfig::dev("alice", &[]).expect("dev");
    let mut config = Config::new(id, Some(ORIGIN)).expect("config");
    config.rate_limit = 0.5;
    config.rate_burst = 3;
    let state = AppState::new(config, master(), Assets::none());
    let body = seal(&["user:alice"]).body();
    for _ in 0..3 {
        assert_eq!(unlock(&state, &body).await.status, StatusCode::OK);
    }
    let r = unlock(&state, &body).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.error(), "rate_limited");
    let retry: u64 = r
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("secs");
    assert!((1..=2).contains(&retry), "{retry}");
    assert_api_headers(&r);
}

#[tokio::test]
async fn health_metrics_and_decoder_assets() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("panelcrypt-loader.js"),
        "export const x = 1;\n",
    )
    .expect("w");
    std::fs::write(
        dir.path().join("decoder.0123abcd89.wasm"),
        b"\0asm\x01\0\0\0",
    )
    .expect("w");
    std::fs::write(dir.path().join("decoder-0123abcd89.js"), "//js").expect("w");
    std::fs::write(dir.path().join("master.key"), "SECRET").expect("w");
    std::fs::write(dir.path().join(".hidden.js"), "//").expect("w");
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    std::fs::write(dir.path().join("sub/inner.js"), "//").expect("w");
    let assets = Assets::from_dir(dir.path()).expect("assets");
    assert_eq!(assets.len(), 3);
    let id = IdentityConfig::dev("alice", &[]).expect("dev");
    let state = AppState::new(Config::new(id, Some(ORIGIN)).expect("c"), master(), assets);

    let get = |p: &str| {
        Request::get(p.to_string())
            .body(Body::empty())
            .expect("req")
    };
    let r = call(&state, get("/decoder/panelcrypt-loader.js")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=300, must-revalidate")
    );
    assert_eq!(r.body, b"export const x = 1;\n");
    let r = call(&state, get("/decoder/decoder.0123abcd89.wasm")).await;
    assert_eq!(r.header("content-type"), Some("application/wasm"));
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    let r = call(&state, get("/decoder/decoder-0123abcd89.js")).await;
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let head = Request::head("/decoder/decoder-0123abcd89.js")
        .body(Body::empty())
        .expect("req");
    assert_eq!(call(&state, head).await.status, StatusCode::OK);
    for missing in [
        "/decoder/master.key",
        "/decoder/.hidden.js",
        "/decoder/sub/inner.js",
        "/decoder/..%2Fmaster.key",
        "/decoder/nope.js",
    ] {
        let r = call(&state, get(missing)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{missing}");
    }

    let r = call(&state, get("/healthz")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json(), json!({"status": "ok"}));

    unlock(&state, &seal(&["user:alice"]).body()).await;
    unlock(&state, &seal(&["user:bob"]).body()).await;
    unlock(&state, "{").await;
    let r = call(&state, get("/metrics")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.header("content-type")
            .is_some_and(|c| c.starts_with("text/plain; version=0.0.4"))
    );
    let text = String::from_utf8(r.body).expect("utf8");
    for line in [
        "panelcrypt_unlock_requests_total{outcome=\"granted\"} 1",
        "panelcrypt_unlock_requests_total{outcome=\"forbidden\"} 1",
        "panelcrypt_unlock_requests_total{outcome=\"bad_request\"} 1",
        "panelcrypt_unlock_requests_total{outcome=\"identity_unavailable\"} 0",
        "panelcrypt_key_cache_misses_total 1",
        "panelcrypt_key_cache_hits_total 1",
        "panelcrypt_identity_cache_hits_total 0",
        "# TYPE panelcrypt_grafana_request_duration_seconds histogram",
        "panelcrypt_grafana_request_duration_seconds_count{endpoint=\"/api/user\"} 0",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in\n{text}"
        );
    }
}

#[tokio::test]
async fn audit_lines_name_the_decision_and_never_a_key_or_cookie() {
    let w = world().await;
    let state = AppState::new(session_config(&w.url()), master(), Assets::none());
    let token = w.double.create_session("alice").expect("session");
    let cookie = w.double.cookie_header(&token);
    let team = seal(&["team:plant-a@1"]);
    let nobody = seal(&["user:bob"]);
    let (logs, _guard) = Logs::capture();
    for (b, c) in [
        (&team, Some(&cookie)),
        (&nobody, Some(&cookie)),
        (&team, None),
    ] {
        let mut req = unlock_req(());
        if let Some(c) = c {
            req = req.header("cookie", c.as_str());
        }
        call(&state, req.body(Body::from(b.body())).expect("req")).await;
    }
    let audit = logs.audit();
    assert_eq!(audit.len(), 3, "{}", logs.text());
    let a = &audit[0];
    assert_eq!(a["outcome"], "granted");
    assert_eq!(a["reason"], "granted");
    assert_eq!(a["user"], "alice");
    assert_eq!(a["bundle_id"], team.id_hex());
    assert_eq!(a["principal"], "team");
    assert_eq!(a["mode"], "grafana-session");
    assert_eq!(a["status"], 200);
    assert_eq!(a["level"], "INFO");
    assert!(a["timestamp"].is_string());
    assert_eq!(audit[1]["outcome"], "refused");
    assert_eq!(audit[1]["reason"], "forbidden");
    assert_eq!(audit[1]["user"], "alice");
    assert_eq!(audit[1]["bundle_id"], nobody.id_hex());
    assert_eq!(audit[1]["principal"], "");
    assert_eq!(audit[2]["reason"], "not_signed_in");
    assert_eq!(audit[2]["user"], "");
    assert_eq!(audit[2]["status"], 401);

    let text = logs.text();
    for secret in [
        token.clone(),
        team.key_b64(),
        hex::encode(team.key),
        nobody.key_b64(),
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, MASTER_BYTES),
    ] {
        assert!(!text.contains(&secret), "log leaks {secret}:\n{text}");
    }
}

const MASTER_BYTES: [u8; 32] = common::MASTER;

/// A scripted Grafana: `/api/user` answers what the test says.
async fn fake_grafana(user: (u16, &'static str)) -> SocketAddr {
    let app = Router::new()
        .route(
            "/api/user",
            get(move || async move {
                (StatusCode::from_u16(user.0).expect("status"), user.1).into_response()
            }),
        )
        .route("/api/user/teams", get(|| async { "[]" }))
        .route(
            "/api/user/orgs",
            get(|| async { r#"[{"orgId":1,"name":"Main Org.","role":"Viewer"}]"# }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    addr
}

#[tokio::test]
async fn grafana_answers_are_mapped_and_doubt_fails_closed() {
    let body = seal(&["user:alice", "role:Viewer@1"]).body();
    let cases: [((u16, &'static str), u16, &str); 10] = [
        ((200, r#"{"id":3,"login":"alice","orgId":1}"#), 200, ""),
        (
            (200, r#"{"id":0,"login":"sa-1-robot","orgId":1}"#),
            403,
            "service_account",
        ),
        (
            (403, r#"{"message":"Endpoint only available for users"}"#),
            403,
            "service_account",
        ),
        ((200, r#"{"id":4,"login":"","orgId":1}"#), 403, "anonymous"),
        (
            (
                200,
                r#"{"id":3,"login":"alice","orgId":1,"isDisabled":true}"#,
            ),
            401,
            "not_signed_in",
        ),
        (
            (
                401,
                r#"{"message":"Unauthorized","messageId":"session.token.rotate"}"#,
            ),
            401,
            "session_rotate",
        ),
        ((401, r#"{"message":"Unauthorized"}"#), 401, "not_signed_in"),
        (
            (200, "<html>proxy error page</html>"),
            503,
            "identity_unavailable",
        ),
        (
            (500, r#"{"message":"database is locked: secret detail"}"#),
            503,
            "identity_unavailable",
        ),
        ((302, ""), 503, "identity_unavailable"),
    ];
    for (answer, status, code) in cases {
        let addr = fake_grafana(answer).await;
        let state = AppState::new(
            session_config(&format!("http://{addr}")),
            master(),
            Assets::none(),
        );
        let req = unlock_req(())
            .header("cookie", "grafana_session=abc")
            .body(Body::from(body.clone()))
            .expect("req");
        let r = call(&state, req).await;
        assert_eq!(r.status.as_u16(), status, "{answer:?}: {:?}", r.json());
        if status != 200 {
            assert_eq!(r.error(), code, "{answer:?}");
            let text = String::from_utf8_lossy(&r.body);
            assert!(
                !text.contains("secret detail") && !text.contains("html"),
                "{text}"
            );
        }
    }
}

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    serve: ServeArgs,
}

fn args(argv: &[&str]) -> ServeArgs {
    Cli::try_parse_from(std::iter::once("serve").chain(argv.iter().copied()))
        .unwrap_or_else(|e| panic!("{e}"))
        .serve
}

#[test]
fn configuration_is_validated_at_startup() {
    let no_env = |_: &str| None::<String>;
    // dev mode only on loopback.
    let e = Config::from_args(
        &args(&[
            "--identity",
            "dev",
            "--dev-user",
            "a",
            "--listen",
            "0.0.0.0:8787",
        ]),
        &no_env,
    )
    .expect_err("non-loopback dev");
    assert!(e.to_string().contains("loopback"), "{e}");
    let c = Config::from_args(
        &args(&[
            "--identity",
            "dev",
            "--dev-user",
            "a",
            "--listen",
            "[::1]:8787",
        ]),
        &no_env,
    )
    .expect("loopback dev");
    assert_eq!(c.identity.name(), "dev");
    assert!(
        Config::from_args(&args(&["--identity", "dev"]), &no_env).is_err(),
        "needs a user"
    );
    // Session mode needs the public origin.
    let e = Config::from_args(&args(&[]), &no_env).expect_err("origin");
    assert!(e.to_string().contains("--grafana-origin"), "{e}");
    let c = Config::from_args(
        &args(&[
            "--grafana-origin",
            "https://g.example.com/",
            "--epochs",
            "0,2,1",
            "--cache-ttl",
            "250ms",
        ]),
        &no_env,
    )
    .expect("session");
    assert_eq!(c.grafana_origin.as_deref(), Some("https://g.example.com"));
    assert_eq!(c.epochs, vec![2, 1, 0]);
    assert_eq!(c.cache_ttl, Duration::from_millis(250));
    assert!(
        Config::from_args(
            &args(&[
                "--grafana-origin",
                "https://g",
                "--grafana-url",
                "https://g:3000"
            ]),
            &no_env
        )
        .is_err(),
        "only http to Grafana"
    );
    // Dataproxy mode needs a long secret and credentials.
    let dp = args(&["--identity", "grafana-dataproxy"]);
    assert!(Config::from_args(&dp, &no_env).is_err());
    let env = |k: &str| match k {
        "PANELCRYPT_DATAPROXY_SECRET" => Some("0123456789abcdef0123".to_string()),
        "PANELCRYPT_GRAFANA_TOKEN" => Some("glsa_x_y".to_string()),
        _ => None,
    };
    assert!(
        Config::from_args(&dp, &env)
            .expect("dataproxy")
            .identity
            .is_dataproxy()
    );
    let short = |k: &str| match k {
        "PANELCRYPT_DATAPROXY_SECRET" => Some("short".to_string()),
        "PANELCRYPT_GRAFANA_TOKEN" => Some("glsa_x_y".to_string()),
        _ => None,
    };
    assert!(Config::from_args(&dp, &short).is_err());
    assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
}

#[test]
fn master_key_from_file_env_and_passphrase() {
    use panelcrypt_core::keyfile;
    use panelcrypt_core::slot::KdfParams;
    let mut rng = common::os_rng();
    let plain = keyfile::encode(&master(), None, &mut rng).expect("encode");
    let params = KdfParams {
        m_kib: 8192,
        t: 1,
        p: 1,
    };
    let locked = keyfile::encode(&master(), Some((b"hunter2", &params)), &mut rng).expect("encode");
    let dir = tempfile::tempdir().expect("tempdir");
    let plain_path = dir.path().join("plain.key");
    let locked_path = dir.path().join("locked.key");
    std::fs::write(&plain_path, plain.as_bytes()).expect("w");
    std::fs::write(&locked_path, locked.as_bytes()).expect("w");
    let no_env = |_: &str| None::<String>;

    let m = load_master(Some(&plain_path), &no_env).expect("plain file");
    assert_eq!(m.expose(), &common::MASTER);
    let plain_text = plain.to_string();
    let env_key = move |k: &str| (k == "PANELCRYPT_MASTER_KEY").then(|| plain_text.clone());
    assert_eq!(
        load_master(None, &env_key).expect("env").expose(),
        &common::MASTER
    );
    assert!(load_master(Some(&plain_path), &env_key).is_err(), "both");
    assert!(load_master(None, &no_env).is_err(), "neither");

    let e = load_master(Some(&locked_path), &no_env)
        .err()
        .expect("needs passphrase");
    assert!(e.to_string().contains("PANELCRYPT_KEY_PASSPHRASE"), "{e}");
    let wrong = |k: &str| (k == "PANELCRYPT_KEY_PASSPHRASE").then(|| "nope".to_string());
    let e = load_master(Some(&locked_path), &wrong)
        .err()
        .expect("wrong passphrase");
    assert!(e.to_string().contains("wrong passphrase"), "{e}");
    let right = |k: &str| (k == "PANELCRYPT_KEY_PASSPHRASE").then(|| "hunter2".to_string());
    assert_eq!(
        load_master(Some(&locked_path), &right)
            .expect("unlocked")
            .expose(),
        &common::MASTER
    );

    let garbage = dir.path().join("garbage.key");
    std::fs::write(&garbage, "# comment\nnot a key\n").expect("w");
    assert!(load_master(Some(&garbage), &no_env).is_err());
}

#[test]
fn deploy_doc_shows_the_tested_nginx_blocks_verbatim() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let doc = std::fs::read_to_string(format!("{root}/docs/DEPLOY.md")).expect("DEPLOY.md");
    for file in ["panelcrypt-upstream.conf", "panelcrypt-locations.conf"] {
        let conf = std::fs::read_to_string(format!("{root}/docs/nginx/{file}")).expect("conf");
        assert!(
            doc.contains(&format!("```nginx\n{conf}```")),
            "docs/DEPLOY.md must show docs/nginx/{file} verbatim"
        );
    }
}

//! `doctor` against real hosts: Azurite (with and without a CORS rule, set
//! through its REST API as `az storage cors add` does) as the bundle host,
//! and a small HTTP server standing in for Grafana's nginx, with the key
//! endpoint answering as documented, missing, or down.

mod common;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::post;
use base64::Engine as _;
use common::{Azurite, free_port, make_bundle};
use panelcrypt_core::bundle::parse_slot_section;
use panelcrypt_publish::{
    CheckStatus, DoctorArgs, DoctorOptions, Error, PublishOptions, Report, doctor, doctor_cmd,
    publish,
};

#[derive(Clone, Copy)]
enum KeyEndpoint {
    /// The key service behind nginx: 401 not_signed_in without a session.
    Documented,
    /// No nginx location: Grafana answers its 404 page.
    Missing,
    /// The location exists but the key service is not running.
    Down,
}

type Seen = Arc<Mutex<Vec<(HeaderMap, Bytes)>>>;

async fn grafana(mode: KeyEndpoint) -> (SocketAddr, Seen) {
    let seen: Seen = Arc::default();
    let s2 = Arc::clone(&seen);
    let not_found = || async {
        (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<!DOCTYPE html><html><title>Grafana</title><body>Page not found</body></html>",
        )
    };
    let app = match mode {
        KeyEndpoint::Documented => Router::new()
            .route(
                "/panelcrypt/api/unlock",
                post(move |h: HeaderMap, body: Bytes| {
                    let seen = Arc::clone(&s2);
                    async move {
                        seen.lock().unwrap().push((h, body));
                        (
                            StatusCode::UNAUTHORIZED,
                            [
                                (header::CONTENT_TYPE, "application/json"),
                                (header::CACHE_CONTROL, "no-store"),
                            ],
                            r#"{"error":"not_signed_in","message":"sign in to Grafana, then reload the dashboard"}"#,
                        )
                            .into_response()
                    }
                }),
            )
            .fallback(not_found),
        KeyEndpoint::Missing => Router::new().fallback(not_found),
        KeyEndpoint::Down => Router::new()
            .route(
                "/panelcrypt/api/unlock",
                post(|| async {
                    (
                        StatusCode::BAD_GATEWAY,
                        [(header::CONTENT_TYPE, "text/html")],
                        "<html><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
                    )
                }),
            )
            .fallback(not_found),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (addr, seen)
}

/// Azurite with a public container `bundles` holding a published bundle at
/// `site/plant`; returns the bundle's public URL and header bytes.
async fn published(az: &Azurite) -> (String, Vec<u8>) {
    az.create_container("bundles", true).await;
    let b = make_bundle(2, "plant");
    let o = PublishOptions {
        store_options: az.options(),
        progress: false,
        ..PublishOptions::default()
    };
    publish(b.path(), "az://bundles/site/plant", &o)
        .await
        .unwrap();
    (az.public_url("bundles", "site/plant"), b.header.clone())
}

fn opts(origin: &str, bundle: &str) -> DoctorOptions {
    DoctorOptions {
        grafana_origin: origin.to_string(),
        bundle_url: bundle.to_string(),
        key_endpoint: None,
        skip_key_endpoint: false,
        timeout: Duration::from_secs(10),
    }
}

fn status(r: &Report, name: &str) -> CheckStatus {
    r.get(name)
        .unwrap_or_else(|| panic!("no check {name}:\n{r}"))
        .status
}

fn fix(r: &Report, name: &str) -> String {
    r.get(name).and_then(|c| c.fix.clone()).unwrap_or_default()
}

#[tokio::test]
async fn finds_a_missing_cors_rule_prints_the_az_command_and_passes_once_it_is_set() {
    let az = Azurite::start();
    let (bundle_url, header) = published(&az).await;
    let (g, seen) = grafana(KeyEndpoint::Documented).await;
    let origin = format!("http://{g}");

    // No CORS rule on the account.
    let r = doctor(&opts(&origin, &bundle_url)).await.unwrap();
    assert_eq!(status(&r, "header"), CheckStatus::Pass, "{r}");
    assert_eq!(status(&r, "cors"), CheckStatus::Fail, "{r}");
    assert_eq!(status(&r, "cors-preflight"), CheckStatus::Fail, "{r}");
    assert_eq!(status(&r, "key-endpoint"), CheckStatus::Pass, "{r}");
    assert_eq!(status(&r, "mixed-content"), CheckStatus::Pass, "{r}");
    assert_eq!(status(&r, "header-cache"), CheckStatus::Pass, "{r}");
    assert_eq!(r.failed(), 2, "{r}");
    let f = fix(&r, "cors");
    assert!(
        f.starts_with(&format!(
            "az storage cors add --services b --methods GET HEAD OPTIONS --origins {origin} --allowed-headers '*'"
        )),
        "{f}"
    );
    assert!(
        f.contains(&format!("BlobEndpoint={}", az.endpoint())),
        "{f}"
    );
    let text = r.to_string();
    assert!(text.contains("[FAIL] cors:"), "{text}");
    assert!(text.contains("2 checks failed"), "{text}");

    // The key endpoint got what the decoder sends: the slot section.
    {
        let seen = seen.lock().unwrap();
        let (h, body) = seen.last().expect("the key endpoint was called");
        assert_eq!(h["origin"], origin.as_str());
        assert_eq!(h["content-type"], "application/json");
        assert!(h.get("cookie").is_none());
        let v: serde_json::Value = serde_json::from_slice(body).unwrap();
        let (id, _, end) = parse_slot_section(&header).unwrap();
        let slots = base64::engine::general_purpose::STANDARD
            .decode(v["slots"].as_str().unwrap())
            .unwrap();
        assert_eq!(slots, header[..end]);
        assert_eq!(v["bundle_id"], hex::encode(id));
    }

    // doctor_cmd exits non-zero.
    let args = DoctorArgs {
        grafana_origin: origin.clone(),
        bundle_url: bundle_url.clone(),
        key_endpoint: None,
        skip_key_endpoint: false,
        timeout: 10,
    };
    match doctor_cmd(args.clone()).await {
        Err(Error::ChecksFailed { failed: 2 }) => {}
        other => panic!("{other:?}"),
    }

    // Apply the fix (what `az storage cors add` does) and run again.
    az.set_cors(Some(&origin)).await;
    let r = doctor(&opts(&origin, &format!("{bundle_url}/")))
        .await
        .unwrap();
    assert_eq!(r.failed(), 0, "{r}");
    assert_eq!(status(&r, "cors"), CheckStatus::Pass, "{r}");
    assert_eq!(status(&r, "cors-preflight"), CheckStatus::Pass, "{r}");
    assert!(r.to_string().contains("all checks passed"), "{r}");
    let rep = doctor_cmd(args).await.unwrap();
    assert_eq!(rep.failed(), 0);
}

#[tokio::test]
async fn a_cors_rule_for_another_origin_is_a_failure() {
    let az = Azurite::start();
    let (bundle_url, _) = published(&az).await;
    az.set_cors(Some("https://other.example.com")).await;
    let (g, _) = grafana(KeyEndpoint::Documented).await;
    let origin = format!("http://{g}");
    let r = doctor(&opts(&origin, &format!("{bundle_url}/header.pcb")))
        .await
        .unwrap();
    assert_eq!(status(&r, "cors"), CheckStatus::Fail, "{r}");
    assert_eq!(status(&r, "cors-preflight"), CheckStatus::Fail, "{r}");
    assert!(
        fix(&r, "cors").contains(&format!("--origins {origin}")),
        "{r}"
    );
}

#[tokio::test]
async fn a_missing_key_endpoint_gets_the_nginx_location() {
    let az = Azurite::start();
    let (bundle_url, _) = published(&az).await;
    let (g, _) = grafana(KeyEndpoint::Missing).await;
    let origin = format!("http://{g}");
    az.set_cors(Some(&origin)).await;
    let r = doctor(&opts(&origin, &bundle_url)).await.unwrap();
    assert_eq!(status(&r, "cors"), CheckStatus::Pass, "{r}");
    assert_eq!(status(&r, "key-endpoint"), CheckStatus::Fail, "{r}");
    assert_eq!(r.failed(), 1, "{r}");
    let c = r.get("key-endpoint").unwrap();
    assert!(c.detail.contains("404"), "{r}");
    assert!(
        c.detail
            .contains("nginx location for /panelcrypt/ is missing"),
        "{r}"
    );
    let f = fix(&r, "key-endpoint");
    assert!(f.contains("location /panelcrypt/ {"), "{f}");
    assert!(
        f.contains("proxy_pass http://panelcrypt_keyservice/;"),
        "{f}"
    );
}

#[tokio::test]
async fn skip_key_endpoint_checks_the_host_only_and_never_calls_the_endpoint() {
    let az = Azurite::start();
    let (bundle_url, _) = published(&az).await;
    // A Grafana that records every call to its key endpoint.
    let (g, seen) = grafana(KeyEndpoint::Documented).await;
    let origin = format!("http://{g}");
    az.set_cors(Some(&origin)).await;
    let mut o = opts(&origin, &bundle_url);
    o.skip_key_endpoint = true;
    let r = doctor(&o).await.unwrap();
    assert_eq!(status(&r, "cors"), CheckStatus::Pass, "{r}");
    assert_eq!(status(&r, "key-endpoint"), CheckStatus::Skip, "{r}");
    assert_eq!(r.failed(), 0, "{r}");
    assert!(r.to_string().contains("--skip-key-endpoint"), "{r}");
    assert!(
        seen.lock().unwrap().is_empty(),
        "the key endpoint was called"
    );
}

#[tokio::test]
async fn a_key_service_that_is_down_behind_nginx_is_reported() {
    let az = Azurite::start();
    let (bundle_url, _) = published(&az).await;
    let (g, _) = grafana(KeyEndpoint::Down).await;
    let origin = format!("http://{g}");
    az.set_cors(Some(&origin)).await;
    let r = doctor(&opts(&origin, &bundle_url)).await.unwrap();
    assert_eq!(status(&r, "key-endpoint"), CheckStatus::Fail, "{r}");
    assert!(
        r.get("key-endpoint")
            .unwrap()
            .detail
            .contains("does not answer"),
        "{r}"
    );
    assert!(fix(&r, "key-endpoint").contains("panelcrypt serve"), "{r}");
}

#[tokio::test]
async fn an_unpublished_bundle_and_a_private_container_are_reported() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    az.create_container("private", false).await;
    let (g, _) = grafana(KeyEndpoint::Documented).await;
    let origin = format!("http://{g}");
    az.set_cors(Some(&origin)).await;

    let r = doctor(&opts(&origin, &az.public_url("bundles", "nothing-here")))
        .await
        .unwrap();
    assert_eq!(status(&r, "header"), CheckStatus::Fail, "{r}");
    assert_eq!(status(&r, "header-cache"), CheckStatus::Skip, "{r}");
    assert!(
        fix(&r, "header").contains("panelcrypt publish <bundle-dir> az://bundles/nothing-here"),
        "{r}"
    );
    // Without a header the key endpoint is still probed (and reachable).
    assert_eq!(status(&r, "key-endpoint"), CheckStatus::Pass, "{r}");

    let b = make_bundle(1, "p");
    let o = PublishOptions {
        store_options: az.options(),
        progress: false,
        ..PublishOptions::default()
    };
    publish(b.path(), "az://private/p", &o).await.unwrap();
    let r = doctor(&opts(&origin, &az.public_url("private", "p")))
        .await
        .unwrap();
    assert_eq!(status(&r, "header"), CheckStatus::Fail, "{r}");
    assert!(fix(&r, "header").contains("--public-access blob"), "{r}");
}

#[tokio::test]
async fn an_unreachable_grafana_and_host_fail_clearly() {
    let closed = free_port();
    let r = doctor(&opts(
        &format!("http://127.0.0.1:{closed}"),
        &format!("http://127.0.0.1:{closed}/b/"),
    ))
    .await
    .unwrap();
    assert_eq!(status(&r, "header"), CheckStatus::Fail, "{r}");
    assert_eq!(status(&r, "cors"), CheckStatus::Skip, "{r}");
    assert_eq!(status(&r, "key-endpoint"), CheckStatus::Fail, "{r}");
    assert!(
        r.get("key-endpoint")
            .unwrap()
            .detail
            .contains("cannot reach"),
        "{r}"
    );
}

#[tokio::test]
async fn store_urls_are_refused_with_the_public_url_to_use() {
    let e = doctor(&opts("https://grafana.example.com", "az://bundles/p"))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("public http(s) URL"), "{e}");
}

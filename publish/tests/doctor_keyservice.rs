//! `doctor` against the real key service (`panelcrypt-keyservice`'s router,
//! grafana-session mode), mounted under `/panelcrypt/` on a stand-in for
//! Grafana's origin the way the documented nginx location mounts it.
//! Without a session cookie the service never calls Grafana, so none runs.

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::routing::get;
use common::{free_port, make_bundle};
use panelcrypt_keyservice::{AppState, Assets, Config, IdentityConfig, app};
use panelcrypt_publish::{CheckStatus, DoctorOptions, Report, doctor};

/// How the key service is mounted on the Grafana origin.
enum Mount {
    /// `location /panelcrypt/ { proxy_pass http://…/; }`: prefix stripped.
    Documented,
    /// `proxy_pass http://…;` without the trailing slash: prefix kept.
    PrefixKept,
}

/// Grafana's origin: the key service under /panelcrypt/, configured with
/// `service_origin`, and a bundle host (same server, `/b/`, CORS `*`).
async fn serve(mount: Mount, service_origin: Option<&str>) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let origin = format!("http://{addr}");
    let grafana_api = format!("http://127.0.0.1:{}", free_port()); // never called
    let cfg = Config::new(
        IdentityConfig::session(&grafana_api, Duration::from_secs(2)).unwrap(),
        Some(service_origin.unwrap_or(&origin)),
    )
    .unwrap();
    let state = AppState::new(cfg, common::master(), Assets::none());
    let bundle = make_bundle(1, "ks");
    let header_bytes = bundle.header.clone();
    let host = Router::new().route(
        "/b/header.pcb",
        get(move || {
            let h = header_bytes.clone();
            async move {
                (
                    StatusCode::OK,
                    [
                        (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
                        (header::CACHE_CONTROL, "no-cache"),
                    ],
                    h,
                )
            }
        })
        .options(|| async { (StatusCode::OK, [(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")]) }),
    );
    let router = match mount {
        Mount::Documented => host.nest("/panelcrypt", app(state)),
        Mount::PrefixKept => host.merge(app(state)),
    };
    tokio::spawn(async move {
        axum::serve(listener, router).await.unwrap();
    });
    addr
}

async fn run(addr: SocketAddr) -> Report {
    doctor(&DoctorOptions {
        grafana_origin: format!("http://{addr}"),
        bundle_url: format!("http://{addr}/b/"),
        key_endpoint: None,
        skip_key_endpoint: false,
        timeout: Duration::from_secs(10),
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn the_real_key_service_answers_as_documented() {
    let addr = serve(Mount::Documented, None).await;
    let r = run(addr).await;
    let c = r.get("key-endpoint").unwrap();
    assert_eq!(c.status, CheckStatus::Pass, "{r}");
    assert!(c.detail.contains("401 not_signed_in"), "{r}");
    assert_eq!(r.failed(), 0, "{r}");
}

#[tokio::test]
async fn a_key_service_configured_for_another_origin_is_caught() {
    let addr = serve(Mount::Documented, Some("https://grafana.example.com")).await;
    let r = run(addr).await;
    let c = r.get("key-endpoint").unwrap();
    assert_eq!(c.status, CheckStatus::Fail, "{r}");
    assert!(c.detail.contains("cross-site"), "{r}");
    assert!(
        c.fix
            .as_deref()
            .unwrap()
            .contains(&format!("panelcrypt serve --grafana-origin http://{addr}")),
        "{r}"
    );
}

#[tokio::test]
async fn an_nginx_location_that_keeps_the_prefix_is_caught() {
    let addr = serve(Mount::PrefixKept, None).await;
    let r = run(addr).await;
    let c = r.get("key-endpoint").unwrap();
    assert_eq!(c.status, CheckStatus::Fail, "{r}");
    assert!(c.detail.contains("proxy_pass must end with `/`"), "{r}");
}

//! The data source proxy: `/api/datasources/proxy/uid/<uid>/<path>`.

mod common;

use axum::http::StatusCode;
use common::{client, keys_datasource, upstream, world};
use panelcrypt_e2e::{AnonymousAccess, DataSourceSeed, OrgRole};

#[tokio::test]
async fn proxy_strips_cookies_and_forged_identity_and_sets_the_user_header() {
    let w = world().await;
    let (up, up_addr) = upstream().await;
    w.double
        .add_datasource(keys_datasource(up_addr))
        .expect("ds");
    let token = w.double.create_session("alice").expect("session");

    let resp = client()
        .post(w.url("/api/datasources/proxy/uid/keys/v1/unwrap?bundle=b1&x=%2F"))
        .header(
            "Cookie",
            format!("grafana_session={token}; grafana_session_expiry=1; other=2"),
        )
        .header("X-Grafana-User", "admin")
        .header("X-Panelcrypt-Secret", "forged-by-the-browser")
        .header("Origin", "http://grafana.test")
        .header("Referer", "http://grafana.test/d/abc")
        .header("X-Forwarded-Host", "evil.test")
        .header("Content-Type", "application/json")
        .body(r#"{"slots":[1,2]}"#)
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 200);
    assert!(
        resp.headers().get("set-cookie").is_none(),
        "upstream Set-Cookie stripped"
    );
    assert_eq!(
        resp.headers()
            .get("content-security-policy")
            .map(|v| v.as_bytes()),
        Some(&b"sandbox"[..])
    );
    assert_eq!(
        resp.headers().get("x-upstream").map(|v| v.as_bytes()),
        Some(&b"yes"[..])
    );
    assert_eq!(
        resp.text().await.expect("body"),
        r#"{"upstream":"secret body"}"#
    );

    let seen = up.last();
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.uri, "/svc/v1/unwrap?bundle=b1&x=%2F");
    assert_eq!(seen.body, br#"{"slots":[1,2]}"#);
    let h = &seen.headers;
    assert!(h.get("cookie").is_none(), "all cookies stripped: {h:?}");
    let users: Vec<_> = h.get_all("x-grafana-user").iter().collect();
    assert_eq!(users.len(), 1);
    assert_eq!(users[0], "alice");
    assert_eq!(
        h.get("x-panelcrypt-secret").map(|v| v.as_bytes()),
        Some(&b"s3cret-from-secureJsonData"[..]),
        "secureJsonData header replaces the client's"
    );
    assert!(h.get("origin").is_none() && h.get("referer").is_none());
    assert!(h.get("x-forwarded-host").is_none());
    assert_eq!(
        h.get("x-grafana-referer").map(|v| v.as_bytes()),
        Some(&b"http://grafana.test/d/abc"[..])
    );
    assert_eq!(
        h.get("x-forwarded-for").map(|v| v.as_bytes()),
        Some(&b"127.0.0.1"[..])
    );
    assert!(
        h.get("user-agent")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ua| ua.starts_with("Grafana/"))
    );
    assert_eq!(w.double.counters().datasource_proxy, 1);
}

#[tokio::test]
async fn upstream_401_becomes_400_and_403_passes_through() {
    let w = world().await;
    let (up, up_addr) = upstream().await;
    w.double
        .add_datasource(keys_datasource(up_addr))
        .expect("ds");
    let cookie = w
        .double
        .cookie_header(&w.double.create_session("bob").expect("session"));

    up.set_status(StatusCode::UNAUTHORIZED);
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 400);
    assert!(
        resp.headers().get("x-upstream").is_none(),
        "headers replaced"
    );
    assert_eq!(
        resp.text().await.expect("body"),
        "Authentication to data source failed"
    );

    up.set_status(StatusCode::FORBIDDEN);
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 403, "deny with 403, it survives the proxy");
    assert_eq!(
        resp.text().await.expect("body"),
        r#"{"upstream":"secret body"}"#
    );
}

#[tokio::test]
async fn proxy_requires_a_session_and_honours_rotation() {
    let w = world().await;
    let (up, up_addr) = upstream().await;
    w.double
        .add_datasource(keys_datasource(up_addr))
        .expect("ds");

    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("X-Grafana-User", "admin")
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 401);
    assert_eq!(up.count(), 0, "nothing reaches the upstream");

    let token = w.double.create_session("alice").expect("session");
    w.double.force_rotation(&token).expect("force");
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("Cookie", w.double.cookie_header(&token))
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 401);
    let body: serde_json::Value = resp.json().await.expect("json");
    assert_eq!(body["messageId"], "session.token.rotate");
    assert_eq!(up.count(), 0);

    // Role None cannot query data sources.
    let token = w.double.create_session("bob").expect("session");
    w.double
        .set_org_role("bob", 1, OrgRole::None)
        .expect("role");
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("Cookie", w.double.cookie_header(&token))
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 403);
    assert_eq!(up.count(), 0);
}

#[tokio::test]
async fn user_header_off_still_strips_forgeries_and_anonymous_gets_none() {
    let w = world().await;
    let (up, up_addr) = upstream().await;
    w.double
        .add_datasource(keys_datasource(up_addr))
        .expect("ds");
    w.double.update_settings(|s| s.send_user_header = false);
    let cookie = w
        .double
        .cookie_header(&w.double.create_session("alice").expect("session"));
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("Cookie", &cookie)
        .header("X-Grafana-User", "admin")
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 200);
    assert!(up.last().headers.get("x-grafana-user").is_none());

    w.double.update_settings(|s| {
        s.send_user_header = true;
        s.anonymous = Some(AnonymousAccess::default());
    });
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("X-Grafana-User", "admin")
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 200, "anonymous Viewer may query");
    assert!(up.last().headers.get("x-grafana-user").is_none());

    // Service accounts get no X-Grafana-User in current Grafana.
    let sa = w
        .double
        .add_service_account(1, "robot", OrgRole::Viewer)
        .expect("sa");
    let token = w.double.add_service_account_token(sa).expect("token");
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys/k"))
        .header("Authorization", format!("Bearer {token}"))
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 200);
    assert!(up.last().headers.get("x-grafana-user").is_none());
}

#[tokio::test]
async fn keep_cookies_unknown_datasource_other_org_and_dead_upstream() {
    let w = world().await;
    let (up, up_addr) = upstream().await;
    let mut ds = keys_datasource(up_addr);
    ds.keep_cookies = vec!["keep_me".into(), "grafana_session".into()];
    w.double.add_datasource(ds).expect("ds");
    let token = w.double.create_session("alice").expect("session");
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/keys"))
        .header(
            "Cookie",
            format!("grafana_session={token}; keep_me=1; drop_me=2"),
        )
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 200);
    let seen = up.last();
    assert_eq!(seen.uri, "/svc");
    assert_eq!(
        seen.headers.get("cookie").map(|v| v.as_bytes()),
        Some(&b"keep_me=1"[..]),
        "keepCookies forwarded, the login cookie never"
    );

    let cookie = w.double.cookie_header(&token);
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/nope/x"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 404);

    // Data sources are per org: org 2's data source is invisible from org 1.
    let mut other = DataSourceSeed::new("org2-keys", &format!("http://{up_addr}"));
    other.org_id = 2;
    w.double.add_datasource(other).expect("ds");
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/org2-keys/x"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 404);

    let dead = panelcrypt_e2e::free_port().expect("port");
    w.double
        .add_datasource(DataSourceSeed::new(
            "dead",
            &format!("http://127.0.0.1:{dead}"),
        ))
        .expect("ds");
    let resp = client()
        .get(w.url("/api/datasources/proxy/uid/dead/x"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("proxy");
    assert_eq!(resp.status(), 502);
}

//! grafana-session mode end to end: a client → real nginx (configured with
//! the exact blocks docs/DEPLOY.md tells users to paste) → the key service
//! under `/panelcrypt/` and the Grafana double under `/`.
//!
//! Needs `/usr/sbin/nginx` (`apt-get install -y nginx`).

mod common;

use std::time::{Duration, Instant};

use common::{
    Logs, ORIGIN, answer, client, nginx, post_unlock, seal, seal_with, session_config,
    spawn_service, world,
};
use panelcrypt_core::Suite;
use panelcrypt_e2e::{AnonymousAccess, OrgRole};

#[tokio::test]
async fn grants_and_refusals_follow_grafana_users_teams_and_roles() {
    let w = world().await;
    let svc = spawn_service(session_config(&w.url())).await;
    let nginx = nginx(w.addr, svc.addr);
    let unlock = format!("{}/panelcrypt/api/unlock", nginx.url());
    let alice = w.cookie("alice");
    let bob = w.cookie("bob");
    let carol = w.cookie("carol");

    let user = seal(&["user:alice"]);
    let team = seal(&["team:plant-a@1"]);
    let role_org2 = seal_with(&common::master(), &[("role:Editor@2", Suite::X25519)], 0);
    let viewer1 = seal(&["role:Viewer@1"]);
    let editor1 = seal(&["role:Editor@1"]);
    let other_org_team = seal(&["team:plant-b-ops@2"]);

    // (bundle, who, allowed)
    let cases = [
        (&user, &alice, true),
        (&user, &bob, false),
        (&team, &alice, true),
        (&team, &bob, true),
        (&team, &carol, false),
        (&role_org2, &alice, true), // Editor in org 2 (listed in /api/user/orgs)
        (&role_org2, &bob, false),
        (&viewer1, &carol, true),
        (&viewer1, &bob, true),    // Admin implies Viewer
        (&editor1, &bob, true),    // ... and Editor
        (&editor1, &alice, false), // Viewer does not imply Editor
        (&editor1, &carol, false),
        // Grafana lists only the teams of the user's *current* org (1 for
        // alice): a team of another org counts once she switches to it.
        (&other_org_team, &alice, false),
    ];
    for (i, (bundle, cookie, allowed)) in cases.iter().enumerate() {
        let a = post_unlock(&unlock, Some(cookie), &bundle.body()).await;
        assert_eq!(
            a.headers.get("cache-control").map(|v| v.as_bytes()),
            Some(&b"no-store"[..])
        );
        if *allowed {
            assert_eq!(a.status, 200, "case {i}: {:?}", a.json);
            assert_eq!(a.json["key"], bundle.key_b64(), "case {i}");
            assert_eq!(a.json["bundle_id"], bundle.id_hex(), "case {i}");
        } else {
            assert_eq!(a.status, 403, "case {i}: {:?}", a.json);
            assert_eq!(a.error(), "forbidden", "case {i}");
            assert!(a.json.get("key").is_none());
        }
    }
    w.double.set_current_org("alice", 2).expect("switch org");
    let fresh = w.cookie("alice"); // a new cookie: not in the identity cache
    let a = post_unlock(&unlock, Some(&fresh), &other_org_team.body()).await;
    assert_eq!(a.status, 200, "{:?}", a.json);

    // Signed out: no cookie, an unknown cookie, a revoked session.
    let a = post_unlock(&unlock, None, &team.body()).await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    let a = post_unlock(
        &unlock,
        Some("grafana_session=0123456789abcdef"),
        &team.body(),
    )
    .await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    let token = w.double.create_session("carol").expect("session");
    w.double.revoke_session(&token).expect("revoke");
    let a = post_unlock(
        &unlock,
        Some(&w.double.cookie_header(&token)),
        &viewer1.body(),
    )
    .await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    // A disabled user's session stops working.
    let dave = w.cookie("bob");
    w.double.set_user_disabled("bob", true).expect("disable");
    let a = post_unlock(&unlock, Some(&dave), &team.body()).await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    assert!(nginx.access_log().contains("POST /panelcrypt/api/unlock"));
}

#[tokio::test]
async fn session_due_for_rotation_rotates_then_succeeds() {
    let w = world().await;
    let svc = spawn_service(session_config(&w.url())).await;
    let nginx = nginx(w.addr, svc.addr);
    let unlock = format!("{}/panelcrypt/api/unlock", nginx.url());
    let bundle = seal(&["user:alice"]);
    let token = w.double.create_session("alice").expect("session");
    w.double.force_rotation(&token).expect("force");
    let cookie = w.double.cookie_header(&token);

    let a = post_unlock(&unlock, Some(&cookie), &bundle.body()).await;
    assert_eq!(
        (a.status, a.error()),
        (401, "session_rotate"),
        "{:?}",
        a.json
    );

    // What the decoder does: rotate once at Grafana (same origin), retry.
    let resp = client()
        .post(format!("{}/api/user/auth-tokens/rotate", nginx.url()))
        .header("Cookie", &cookie)
        .header("Origin", ORIGIN)
        .send()
        .await
        .expect("rotate");
    assert_eq!(resp.status(), 200);
    let new_cookie = resp
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("grafana_session="))
        .and_then(|c| c.split(';').next())
        .expect("new session cookie")
        .to_string();
    assert_ne!(new_cookie, cookie);
    let a = post_unlock(&unlock, Some(&new_cookie), &bundle.body()).await;
    assert_eq!(a.status, 200, "{:?}", a.json);
    assert_eq!(a.json["key"], bundle.key_b64());
    // The session_rotate answer was not cached: the old cookie is now dead.
    let a = post_unlock(&unlock, Some(&cookie), &bundle.body()).await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
}

#[tokio::test]
async fn removal_from_a_team_is_denied_once_the_cache_entry_expires() {
    let w = world().await;
    let mut config = session_config(&w.url());
    config.cache_ttl = Duration::from_millis(400);
    let svc = spawn_service(config).await;
    let nginx = nginx(w.addr, svc.addr);
    let unlock = format!("{}/panelcrypt/api/unlock", nginx.url());
    let cookie = w.cookie("alice");
    let team = seal(&["team:plant-a@1"]);

    let a = post_unlock(&unlock, Some(&cookie), &team.body()).await;
    assert_eq!(a.status, 200);
    let calls = w.double.counters().identity_calls();
    assert_eq!(calls, 3, "user, teams, orgs");

    w.double
        .remove_team_member(w.plant_a, "alice")
        .expect("remove");
    let removed_at = Instant::now();
    // Within the TTL the cached principal set still answers, without
    // asking Grafana.
    let a = post_unlock(&unlock, Some(&cookie), &team.body()).await;
    if removed_at.elapsed() < Duration::from_millis(300) {
        assert_eq!(a.status, 200);
        assert_eq!(w.double.counters().identity_calls(), calls, "cache hit");
    }
    tokio::time::sleep(Duration::from_millis(450)).await;
    let a = post_unlock(&unlock, Some(&cookie), &team.body()).await;
    assert_eq!((a.status, a.error()), (403, "forbidden"), "{:?}", a.json);
    assert_eq!(w.double.counters().identity_calls(), calls + 3);
    // Her own slot still works: only the team was taken away.
    let a = post_unlock(&unlock, Some(&cookie), &seal(&["user:alice"]).body()).await;
    assert_eq!(a.status, 200);
    let metrics = svc.state.metrics_text();
    assert!(
        metrics.contains("panelcrypt_identity_cache_hits_total 2"),
        "{metrics}"
    );
    assert!(
        metrics.contains("panelcrypt_identity_cache_misses_total 2"),
        "{metrics}"
    );
}

#[tokio::test]
async fn grafana_down_or_slow_fails_closed_with_503() {
    let mut w = world().await;
    let mut config = session_config(&w.url());
    config.cache_ttl = Duration::ZERO; // ask Grafana every time
    config.identity =
        panelcrypt_keyservice::IdentityConfig::session(&w.url(), Duration::from_millis(500))
            .expect("identity");
    let svc = spawn_service(config).await;
    let nginx = nginx(w.addr, svc.addr);
    let unlock = format!("{}/panelcrypt/api/unlock", nginx.url());
    let cookie = w.cookie("alice");
    let bundle = seal(&["user:alice"]);
    assert_eq!(
        post_unlock(&unlock, Some(&cookie), &bundle.body())
            .await
            .status,
        200
    );

    // Grafana answers 502/503 (e.g. its own proxy failing).
    for status in [502, 503, 500] {
        w.double.set_unavailable(Some(status));
        let a = post_unlock(&unlock, Some(&cookie), &bundle.body()).await;
        assert_eq!(
            (a.status, a.error()),
            (503, "identity_unavailable"),
            "{status}"
        );
        assert!(a.json.get("key").is_none());
    }
    w.double.set_unavailable(None);

    // Slow: the service gives up after its timeout.
    w.double.set_latency(Duration::from_secs(3));
    let started = Instant::now();
    let a = post_unlock(&unlock, Some(&cookie), &bundle.body()).await;
    assert_eq!((a.status, a.error()), (503, "identity_unavailable"));
    assert!(
        started.elapsed() < Duration::from_millis(2000),
        "{:?}",
        started.elapsed()
    );
    w.double.set_latency(Duration::ZERO);
    assert_eq!(
        post_unlock(&unlock, Some(&cookie), &bundle.body())
            .await
            .status,
        200
    );

    // Down: connection refused.
    w.server.take().expect("server").stop().await.expect("stop");
    let a = post_unlock(&unlock, Some(&cookie), &bundle.body()).await;
    assert_eq!((a.status, a.error()), (503, "identity_unavailable"));
    let metrics = svc.state.metrics_text();
    assert!(
        metrics.contains("panelcrypt_unlock_requests_total{outcome=\"identity_unavailable\"} 5"),
        "{metrics}"
    );
    assert!(
        metrics.contains("panelcrypt_grafana_failures_total 5"),
        "{metrics}"
    );
}

#[tokio::test]
async fn service_accounts_and_anonymous_visitors_get_nothing() {
    let w = world().await;
    let svc = spawn_service(session_config(&w.url())).await;
    let nginx = nginx(w.addr, svc.addr);
    let unlock = format!("{}/panelcrypt/api/unlock", nginx.url());
    let viewer = seal(&["role:Viewer@1"]);
    let sa = w
        .double
        .add_service_account(1, "robot", OrgRole::Admin)
        .expect("sa");
    let sa_token = w.double.add_service_account_token(sa).expect("token");
    w.double.reset_counters();

    // A service-account token is never forwarded: only the session cookie is.
    let a = answer(
        client()
            .post(&unlock)
            .header("Content-Type", "application/json")
            .header("Authorization", format!("Bearer {sa_token}"))
            .body(viewer.body()),
    )
    .await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    // ... not even in the cookie.
    let a = post_unlock(
        &unlock,
        Some(&format!("grafana_session={sa_token}")),
        &viewer.body(),
    )
    .await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    // Basic auth is not forwarded either.
    let a = answer(
        client()
            .post(&unlock)
            .header("Content-Type", "application/json")
            .basic_auth("bob", Some("bob-pw"))
            .body(viewer.body()),
    )
    .await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    assert_eq!(
        w.double.counters().api_user,
        1,
        "only the cookie attempt reached Grafana"
    );

    // Anonymous access on: Grafana's /api/user refuses anonymous callers.
    w.double
        .update_settings(|s| s.anonymous = Some(AnonymousAccess::default()));
    let a = post_unlock(&unlock, Some("grafana_session=nonsense"), &viewer.body()).await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
    let a = post_unlock(&unlock, None, &viewer.body()).await;
    assert_eq!((a.status, a.error()), (401, "not_signed_in"));
}

#[tokio::test]
async fn cross_site_oversized_and_metrics_through_nginx() {
    let w = world().await;
    let svc = spawn_service(session_config(&w.url())).await;
    let nginx = nginx(w.addr, svc.addr);
    let unlock = format!("{}/panelcrypt/api/unlock", nginx.url());
    let cookie = w.cookie("alice");
    let bundle = seal(&["user:alice"]);
    w.double.reset_counters();

    // A form or fetch from another site carrying the (SameSite=Lax cookie
    // would not, but an older browser or a same-site subdomain might).
    for (origin, site) in [
        ("https://evil.example", "cross-site"),
        ("https://other.grafana.test", "same-site"),
        (ORIGIN, "cross-site"),
        ("https://evil.example", "same-origin"),
    ] {
        let a = answer(
            client()
                .post(&unlock)
                .header("Content-Type", "application/json")
                .header("Cookie", &cookie)
                .header("Origin", origin)
                .header("Sec-Fetch-Site", site)
                .body(bundle.body()),
        )
        .await;
        assert_eq!(
            (a.status, a.error()),
            (403, "cross_site"),
            "{origin} {site}"
        );
        assert!(
            a.headers
                .keys()
                .all(|k| !k.as_str().starts_with("access-control-")),
            "{:?}",
            a.headers
        );
    }
    assert_eq!(
        w.double.counters().identity_calls(),
        0,
        "refused before Grafana"
    );
    // Preflight: no CORS answer.
    let resp = client()
        .request(reqwest::Method::OPTIONS, &unlock)
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .send()
        .await
        .expect("options");
    assert_eq!(resp.status(), 405);
    assert!(
        resp.headers()
            .keys()
            .all(|k| !k.as_str().starts_with("access-control-"))
    );

    // Bodies over 64 KiB: nginx's client_max_body_size refuses them first.
    let big = format!(r#"{{"slots":"{}"}}"#, "A".repeat(70 * 1024));
    let a = post_unlock(&unlock, Some(&cookie), &big).await;
    assert_eq!(a.status, 413);
    // Straight to the service (no nginx), the service's own limit answers.
    let a = post_unlock(&svc.url("/api/unlock"), Some(&cookie), &big).await;
    assert_eq!((a.status, a.error()), (413, "too_large"));

    // Health is public; metrics are not exposed through nginx.
    let h = client()
        .get(format!("{}/panelcrypt/healthz", nginx.url()))
        .send()
        .await
        .expect("h");
    assert_eq!(h.status(), 200);
    for path in [
        "/panelcrypt/metrics",
        "/panelcrypt//metrics",
        "/panelcrypt/metrics?x=1",
        "/panelcrypt/%6Detrics",
    ] {
        let m = client()
            .get(format!("{}{path}", nginx.url()))
            .send()
            .await
            .expect("m");
        assert_eq!(m.status(), 404, "{path}");
    }
    assert_eq!(
        post_unlock(&unlock, Some(&cookie), &bundle.body())
            .await
            .status,
        200
    );
    let m = client()
        .get(svc.url("/metrics"))
        .send()
        .await
        .expect("metrics");
    let text = m.text().await.expect("text");
    for line in [
        "panelcrypt_unlock_requests_total{outcome=\"granted\"} 1",
        "panelcrypt_unlock_requests_total{outcome=\"cross_site\"} 4",
        "panelcrypt_unlock_requests_total{outcome=\"too_large\"} 1",
        "panelcrypt_identity_cache_misses_total 1",
        "panelcrypt_grafana_request_duration_seconds_count{endpoint=\"/api/user\"} 1",
        "panelcrypt_grafana_request_duration_seconds_count{endpoint=\"/api/user/teams\"} 1",
        "panelcrypt_grafana_request_duration_seconds_count{endpoint=\"/api/user/orgs\"} 1",
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line:?}:\n{text}");
    }
}

#[tokio::test]
async fn audit_log_through_nginx_has_no_cookie_or_key() {
    let w = world().await;
    let svc = spawn_service(session_config(&w.url())).await;
    let nginx = nginx(w.addr, svc.addr);
    let unlock = format!("{}/panelcrypt/api/unlock", nginx.url());
    let token = w.double.create_session("bob").expect("session");
    let cookie = w.double.cookie_header(&token);
    let viewer = seal(&["role:Viewer@1"]);
    let (logs, _guard) = Logs::capture();
    let a = post_unlock(&unlock, Some(&cookie), &viewer.body()).await;
    assert_eq!(a.status, 200);
    let a = post_unlock(&unlock, Some(&format!("{cookie}x")), &viewer.body()).await;
    assert_eq!(a.status, 401);
    let audit = logs.audit();
    assert_eq!(audit.len(), 2, "{}", logs.text());
    assert_eq!(audit[0]["user"], "bob");
    assert_eq!(audit[0]["principal"], "role");
    assert_eq!(audit[0]["bundle_id"], viewer.id_hex());
    assert_eq!(audit[1]["reason"], "not_signed_in");
    assert!(
        audit[1]["detail"]
            .as_str()
            .is_some_and(|d| d.contains("401")),
        "{:?}",
        audit[1]
    );
    let text = logs.text();
    assert!(!text.contains(&token), "{text}");
    assert!(!text.contains(&viewer.key_b64()), "{text}");
    assert!(!text.contains(&hex::encode(viewer.key)), "{text}");
}

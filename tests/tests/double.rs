//! The Grafana double's identity API: login, sessions and rotation,
//! `/api/user*`, service accounts, anonymous access, admin lookups, faults.

mod common;

use std::time::{Duration, Instant};

use axum::http::StatusCode;
use common::{
    client, get_json, get_json_auth, set_cookie_line, set_cookie_value, world, world_with,
};
use panelcrypt_e2e::{
    AnonymousAccess, GrafanaDouble, OrgRole, ServiceAccountUserApi, Settings, spawn_grafana_at,
};
use serde_json::{Value, json};

fn unauthorized_errutil(message_id: &str) -> Value {
    json!({
        "extra": null,
        "message": "Unauthorized",
        "messageId": message_id,
        "statusCode": 401,
        "traceID": "",
    })
}

#[tokio::test]
async fn login_sets_grafana_cookies_and_api_user_returns_the_profile() {
    let w = world().await;
    let resp = client()
        .post(w.url("/login"))
        .json(&json!({"user": "alice", "password": "alice-pw"}))
        .send()
        .await
        .expect("login");
    assert_eq!(resp.status(), 200);
    let session_line = set_cookie_line(resp.headers(), "grafana_session").expect("session cookie");
    assert!(session_line.contains("HttpOnly"), "{session_line}");
    assert!(session_line.contains("SameSite=Lax"), "{session_line}");
    assert!(session_line.contains("Path=/"), "{session_line}");
    assert!(session_line.contains("Max-Age=2592000"), "{session_line}");
    let expiry_line =
        set_cookie_line(resp.headers(), "grafana_session_expiry").expect("expiry cookie");
    assert!(
        !expiry_line.contains("HttpOnly"),
        "readable by JS: {expiry_line}"
    );
    let expiry: i64 = set_cookie_value(resp.headers(), "grafana_session_expiry")
        .expect("expiry")
        .parse()
        .expect("unix time");
    let now = w.double.now_unix();
    // Next rotation: rotated_at + 10 min - 5 s leeway.
    assert!(
        (now + 590 - 2..=now + 595).contains(&expiry),
        "{expiry} vs {now}"
    );
    let token = set_cookie_value(resp.headers(), "grafana_session").expect("token");
    assert_eq!(token.len(), 32, "RandomHex(16)");
    let body: Value = resp.json().await.expect("json");
    assert_eq!(body, json!({"message": "Logged in", "redirectUrl": "/"}));

    let (status, user) = get_json(
        &w.url("/api/user"),
        Some(&format!("grafana_session={token}")),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["login"], "alice");
    assert_eq!(user["email"], "alice@example.com");
    assert_eq!(user["name"], "Alice Operator");
    assert_eq!(user["orgId"], 1);
    assert_eq!(user["isGrafanaAdmin"], false);
    assert_eq!(user["isDisabled"], false);
    assert_eq!(user["authLabels"], json!([]));
    assert_eq!(user["id"], w.double.user_id("alice").expect("id"));
    assert!(user["uid"].as_str().is_some_and(|u| u.len() == 14));
    assert!(
        user["avatarUrl"]
            .as_str()
            .is_some_and(|a| a.starts_with("/avatar/"))
    );
    assert!(
        user.get("role").is_none() && user.get("orgRole").is_none(),
        "no org role: {user}"
    );
}

#[tokio::test]
async fn unauthenticated_requests_get_grafanas_401_shapes() {
    let w = world().await;
    // No credentials at all: errCantAuthenticateReq.
    let (status, body) = get_json(&w.url("/api/user"), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, unauthorized_errutil("auth.unauthorized"));
    // An unknown session token: a plain error, so the fallback shape.
    let (status, body) =
        get_json(&w.url("/api/user/teams"), Some("grafana_session=0123abcd")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, json!({"message": "Unauthorized", "traceID": ""}));
    // A cookie with a different name does not count.
    let token = w.double.create_session("alice").expect("session");
    let (status, _) = get_json(&w.url("/api/user"), Some(&format!("other_session={token}"))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Wrong password at /login.
    let resp = client()
        .post(w.url("/login"))
        .json(&json!({"user": "alice", "password": "nope"}))
        .send()
        .await
        .expect("login");
    assert_eq!(resp.status(), 401);
    assert!(set_cookie_line(resp.headers(), "grafana_session").is_none());
    let body: Value = resp.json().await.expect("json");
    assert_eq!(body["messageId"], "password-auth.failed");
    assert_eq!(body["message"], "Invalid username or password");
}

#[tokio::test]
async fn configurable_cookie_name_is_honoured() {
    let settings = Settings {
        login_cookie_name: "gf_sess".into(),
        ..Settings::default()
    };
    let w = world_with(settings).await;
    let token = w.double.create_session("bob").expect("session");
    let (status, _) = get_json(
        &w.url("/api/user"),
        Some(&format!("grafana_session={token}")),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, user) = get_json(&w.url("/api/user"), Some(&format!("gf_sess={token}"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["login"], "bob");
    let resp = client()
        .post(w.url("/login"))
        .json(&json!({"user": "bob", "password": "bob-pw"}))
        .send()
        .await
        .expect("login");
    assert!(set_cookie_line(resp.headers(), "gf_sess").is_some());
    assert!(set_cookie_line(resp.headers(), "grafana_session_expiry").is_some());
}

#[tokio::test]
async fn teams_and_orgs_follow_the_current_org_and_runtime_changes() {
    let w = world().await;
    let token = w.double.create_session("alice").expect("session");
    let cookie = w.double.cookie_header(&token);

    let (status, teams) = get_json(&w.url("/api/user/teams"), Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    let teams = teams.as_array().expect("array").clone();
    assert_eq!(
        teams.len(),
        1,
        "only teams of the current org (1): {teams:?}"
    );
    let t = &teams[0];
    assert_eq!(t["id"], w.plant_a);
    assert_eq!(t["name"], "plant-a");
    assert_eq!(t["orgId"], 1);
    assert_eq!(t["memberCount"], 2);
    assert_eq!(t["permission"], 0);
    assert_eq!(t["email"], "");
    assert!(t["uid"].as_str().is_some_and(|u| !u.is_empty()));
    assert!(
        t["avatarUrl"]
            .as_str()
            .is_some_and(|a| a.starts_with("/avatar/"))
    );

    let (status, orgs) = get_json(&w.url("/api/user/orgs"), Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        orgs,
        json!([
            {"orgId": 1, "name": "Main Org.", "role": "Viewer"},
            {"orgId": 2, "name": "Plant B", "role": "Editor"},
        ])
    );

    // Switch org: teams now come from org 2, where alice is a team admin.
    w.double.set_current_org("alice", 2).expect("switch");
    let (_, teams) = get_json(&w.url("/api/user/teams"), Some(&cookie)).await;
    assert_eq!(teams[0]["id"], w.plant_b_ops);
    assert_eq!(teams[0]["permission"], 4);
    let (_, user) = get_json(&w.url("/api/user"), Some(&cookie)).await;
    assert_eq!(user["orgId"], 2);

    // Runtime changes are visible on the next call.
    w.double.set_current_org("alice", 1).expect("switch back");
    w.double
        .remove_team_member(w.plant_a, "alice")
        .expect("remove");
    let (_, teams) = get_json(&w.url("/api/user/teams"), Some(&cookie)).await;
    assert_eq!(teams, json!([]));
    w.double
        .set_org_role("alice", 1, OrgRole::None)
        .expect("role");
    let (_, orgs) = get_json(&w.url("/api/user/orgs"), Some(&cookie)).await;
    assert_eq!(orgs[0]["role"], "None");
    w.double
        .remove_from_org("alice", 1)
        .expect("remove from org");
    let (_, user) = get_json(&w.url("/api/user"), Some(&cookie)).await;
    assert_eq!(user["orgId"], 2, "moved to the remaining membership");
}

#[tokio::test]
async fn rotation_gives_401_rotate_until_the_browser_rotates() {
    let w = world().await;
    let token = w.double.create_session("alice").expect("session");
    let old_cookie = w.double.cookie_header(&token);
    let (status, _) = get_json(&w.url("/api/user"), Some(&old_cookie)).await;
    assert_eq!(status, StatusCode::OK);

    w.double.force_rotation(&token).expect("force");
    for path in ["/api/user", "/api/user/teams", "/api/user/orgs"] {
        let (status, body) = get_json(&w.url(path), Some(&old_cookie)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(body, unauthorized_errutil("session.token.rotate"), "{path}");
    }

    let resp = client()
        .post(w.url("/api/user/auth-tokens/rotate"))
        .header("Cookie", &old_cookie)
        .send()
        .await
        .expect("rotate");
    assert_eq!(resp.status(), 200);
    let new_token = set_cookie_value(resp.headers(), "grafana_session").expect("new cookie");
    assert_ne!(new_token, token);
    let expiry: i64 = set_cookie_value(resp.headers(), "grafana_session_expiry")
        .expect("expiry")
        .parse()
        .expect("number");
    assert!(expiry > w.double.now_unix() + 500);
    assert_eq!(resp.json::<Value>().await.expect("json"), json!({}));

    let (status, _) = get_json(&w.url("/api/user"), Some(&old_cookie)).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the old value no longer works"
    );
    let new_cookie = w.double.cookie_header(&new_token);
    let (status, user) = get_json(&w.url("/api/user"), Some(&new_cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(user["login"], "alice");
    assert_eq!(w.double.session_tokens("alice"), vec![new_token.clone()]);

    // Rotation falls due by itself after the interval (10 min by default).
    w.double.advance_clock(Duration::from_secs(9 * 60));
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&new_cookie)).await.0,
        StatusCode::OK
    );
    w.double.advance_clock(Duration::from_secs(2 * 60));
    let (status, body) = get_json(&w.url("/api/user"), Some(&new_cookie)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["messageId"], "session.token.rotate");

    // Rotating without a cookie: 401 and the cookies are deleted.
    let resp = client()
        .post(w.url("/api/user/auth-tokens/rotate"))
        .send()
        .await
        .expect("rotate");
    assert_eq!(resp.status(), 401);
    assert!(
        set_cookie_line(resp.headers(), "grafana_session").is_some_and(|l| l.contains("Max-Age=0"))
    );
}

#[tokio::test]
async fn previous_token_can_be_accepted_like_real_grafana() {
    let settings = Settings {
        accept_previous_token: true,
        token_rotation_interval: Duration::from_secs(120),
        ..Settings::default()
    };
    let w = world_with(settings).await;
    let token = w.double.create_session("bob").expect("session");
    let old = w.double.cookie_header(&token);
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&old)).await.0,
        StatusCode::OK
    );
    w.double.advance_clock(Duration::from_secs(121));
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&old)).await.0,
        StatusCode::UNAUTHORIZED
    );
    let resp = client()
        .post(w.url("/api/user/auth-tokens/rotate"))
        .header("Cookie", &old)
        .send()
        .await
        .expect("rotate");
    let expiry: i64 = set_cookie_value(resp.headers(), "grafana_session_expiry")
        .expect("expiry")
        .parse()
        .expect("number");
    assert_eq!(expiry, w.double.now_unix() + 120 - 5);
    let new = w
        .double
        .cookie_header(&set_cookie_value(resp.headers(), "grafana_session").expect("new"));
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&new)).await.0,
        StatusCode::OK
    );
    // The previous value still works (prev_auth_token); using it after the
    // new one was seen schedules an urgent rotation (due one minute after
    // `now - 1 min`, i.e. at once).
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&old)).await.0,
        StatusCode::OK
    );
    w.double.advance_clock(Duration::from_secs(2));
    let (status, body) = get_json(&w.url("/api/user"), Some(&old)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["messageId"], "session.token.rotate");
}

#[tokio::test]
async fn sessions_expire_after_seven_idle_days_and_can_be_revoked() {
    let w = world().await;
    let token = w.double.create_session("bob").expect("session");
    let cookie = w.double.cookie_header(&token);
    w.double
        .advance_clock(Duration::from_secs(7 * 24 * 3600 + 1));
    let (status, body) = get_json(&w.url("/api/user"), Some(&cookie)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body,
        json!({"message": "Unauthorized", "traceID": ""}),
        "expired, not rotation"
    );

    let token = w.double.create_session("bob").expect("session");
    let cookie = w.double.cookie_header(&token);
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&cookie)).await.0,
        StatusCode::OK
    );
    w.double.revoke_session(&token).expect("revoke");
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&cookie)).await.0,
        StatusCode::UNAUTHORIZED
    );

    let token = w.double.create_session("bob").expect("session");
    w.double.set_user_disabled("bob", true).expect("disable");
    let (status, body) = get_json(&w.url("/api/user"), Some(&w.double.cookie_header(&token))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, unauthorized_errutil("identity.disabled"));
}

#[tokio::test]
async fn service_account_tokens_are_not_users() {
    let w = world().await;
    let sa = w
        .double
        .add_service_account(1, "Key Service", OrgRole::Viewer)
        .expect("sa");
    let token = w.double.add_service_account_token(sa).expect("token");
    assert!(token.starts_with("glsa_"));
    let bearer = format!("Bearer {token}");
    for path in ["/api/user", "/api/user/teams", "/api/user/orgs"] {
        let (status, body) = get_json_auth(&w.url(path), &bearer).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(
            body,
            json!({"message": "Endpoint only available for users"}),
            "{path}"
        );
    }
    // Basic auth with the api_key user is the same token.
    let basic = format!(
        "Basic {}",
        base64_encode(format!("api_key:{token}").as_bytes())
    );
    assert_eq!(
        get_json_auth(&w.url("/api/user"), &basic).await.0,
        StatusCode::FORBIDDEN
    );

    // A malformed or unknown token.
    let (status, body) = get_json_auth(&w.url("/api/user"), "Bearer glsa_nope_00000000").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["messageId"], "api-key.invalid");
    assert_eq!(body["message"], "Invalid API key");

    // Grafana 9.x: the service account's own profile (a key service must
    // refuse this as well).
    w.double
        .update_settings(|s| s.service_account_user_api = ServiceAccountUserApi::LegacyProfile);
    let (status, body) = get_json_auth(&w.url("/api/user"), &bearer).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["login"], "sa-1-key-service");
    assert_eq!(body["id"], sa);

    w.double
        .set_service_account_disabled(sa, true)
        .expect("disable");
    let (status, body) = get_json_auth(&w.url("/api/user"), &bearer).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["messageId"], "identity.disabled");
}

fn base64_encode(bytes: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[tokio::test]
async fn admin_lookups_need_users_read() {
    let w = world().await;
    let sa = w
        .double
        .add_service_account(1, "key-service", OrgRole::Viewer)
        .expect("sa");
    let bearer = format!(
        "Bearer {}",
        w.double.add_service_account_token(sa).expect("token")
    );
    let alice = w.double.user_id("alice").expect("alice");

    let (status, body) =
        get_json_auth(&w.url("/api/users/lookup?loginOrEmail=alice"), &bearer).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["title"], "Access denied");
    assert!(
        body["accessErrorId"]
            .as_str()
            .is_some_and(|id| id.starts_with("ACE") && id.len() == 13)
    );
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.ends_with("users:read"))
    );

    w.double
        .set_service_account_users_read(sa, true)
        .expect("grant");
    let (status, body) = get_json_auth(
        &w.url("/api/users/lookup?loginOrEmail=alice%40example.com"),
        &bearer,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["id"], alice);
    assert_eq!(body["login"], "alice");
    assert_eq!(body["orgId"], 1);
    assert_eq!(body["authLabels"], Value::Null);
    let (status, body) =
        get_json_auth(&w.url("/api/users/lookup?loginOrEmail=nobody"), &bearer).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, json!({"message": "user not found"}));

    // Teams in the caller's org (the service account's org 1), not alice's.
    w.double.set_current_org("alice", 2).expect("switch");
    let (status, teams) =
        get_json_auth(&w.url(&format!("/api/users/{alice}/teams")), &bearer).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(teams.as_array().map(Vec::len), Some(1));
    assert_eq!(teams[0]["name"], "plant-a");
    let (status, orgs) = get_json_auth(&w.url(&format!("/api/users/{alice}/orgs")), &bearer).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        orgs[1],
        json!({"orgId": 2, "name": "Plant B", "role": "Editor"})
    );

    // Basic auth as a Grafana server admin works too; as a plain user it does not.
    let root = format!("Basic {}", base64_encode(b"root:root-pw"));
    assert_eq!(
        get_json_auth(&w.url("/api/users/lookup?loginOrEmail=bob"), &root)
            .await
            .0,
        StatusCode::OK
    );
    let bob = format!("Basic {}", base64_encode(b"bob:bob-pw"));
    assert_eq!(
        get_json_auth(&w.url("/api/users/lookup?loginOrEmail=alice"), &bob)
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    let wrong = format!("Basic {}", base64_encode(b"bob:nope"));
    let (status, body) = get_json_auth(&w.url("/api/user"), &wrong).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["messageId"], "password-auth.failed");
    // Unauthenticated lookups are 401, not 403.
    assert_eq!(
        get_json(&w.url("/api/users/lookup?loginOrEmail=bob"), None)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn anonymous_access_is_not_a_user() {
    let settings = Settings {
        anonymous: Some(AnonymousAccess::default()),
        ..Settings::default()
    };
    let w = world_with(settings).await;
    let (status, body) = get_json(&w.url("/api/user"), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, json!({"message": "Unauthorized"}));
    // An invalid cookie falls through to anonymous as well.
    let (status, body) = get_json(&w.url("/api/user/teams"), Some("grafana_session=bogus")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body, json!({"message": "Unauthorized"}));
    // A real session still wins over anonymous.
    let token = w.double.create_session("alice").expect("session");
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&w.double.cookie_header(&token)))
            .await
            .0,
        StatusCode::OK
    );
    // Rotation is still reported, not masked by anonymous.
    w.double.force_rotation(&token).expect("force");
    let (_, body) = get_json(&w.url("/api/user"), Some(&w.double.cookie_header(&token))).await;
    assert_eq!(body["messageId"], "session.token.rotate");
}

#[tokio::test]
async fn counters_count_identity_calls() {
    let w = world().await;
    let token = w.double.create_session("alice").expect("session");
    let cookie = w.double.cookie_header(&token);
    for _ in 0..3 {
        get_json(&w.url("/api/user"), Some(&cookie)).await;
    }
    get_json(&w.url("/api/user/teams"), Some(&cookie)).await;
    get_json(&w.url("/api/user/orgs"), None).await;
    let c = w.double.counters();
    assert_eq!((c.api_user, c.api_user_teams, c.api_user_orgs), (3, 1, 1));
    assert_eq!(c.identity_calls(), 5);
    assert_eq!(c.total, 5);
    w.double.reset_counters();
    assert_eq!(w.double.counters().total, 0);
}

#[tokio::test]
async fn slow_unavailable_and_down_grafana() {
    let w = world().await;
    let token = w.double.create_session("bob").expect("session");
    let cookie = w.double.cookie_header(&token);

    w.double.set_latency(Duration::from_millis(300));
    let started = Instant::now();
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&cookie)).await.0,
        StatusCode::OK
    );
    assert!(started.elapsed() >= Duration::from_millis(300));
    w.double.set_latency(Duration::ZERO);

    w.double.set_unavailable(Some(503));
    assert_eq!(
        get_json(&w.url("/api/user"), Some(&cookie)).await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
    w.double.set_unavailable(None);

    let addr = w.addr;
    w.server.stop().await.expect("stop");
    let err = client()
        .get(format!("http://{addr}/api/user"))
        .send()
        .await
        .expect_err("Grafana is down");
    assert!(err.is_connect(), "{err}");

    let server = spawn_grafana_at(w.double.clone(), addr)
        .await
        .expect("restart");
    assert_eq!(
        get_json(&format!("{}/api/user", server.url()), Some(&cookie))
            .await
            .0,
        StatusCode::OK,
        "sessions survive a restart of the double"
    );
}

#[tokio::test]
async fn control_api_drives_the_world_over_http() {
    let w = world().await;
    let c = client();
    let created: Value = c
        .post(w.url("/__double/sessions"))
        .json(&json!({"login": "alice", "token": "browser-known-token"}))
        .send()
        .await
        .expect("create")
        .json()
        .await
        .expect("json");
    assert_eq!(created["cookie"], "grafana_session=browser-known-token");
    let cookie = "grafana_session=browser-known-token";
    assert_eq!(
        get_json(&w.url("/api/user"), Some(cookie)).await.0,
        StatusCode::OK
    );

    let resp = c
        .delete(w.url(&format!("/__double/teams/{}/members/alice", w.plant_a)))
        .send()
        .await
        .expect("remove");
    assert_eq!(resp.status(), 204);
    assert_eq!(
        get_json(&w.url("/api/user/teams"), Some(cookie)).await.1,
        json!([])
    );

    let resp = c
        .put(w.url("/__double/users/alice/orgs/1"))
        .json(&json!({"role": "Admin"}))
        .send()
        .await
        .expect("role");
    assert_eq!(resp.status(), 204);
    assert_eq!(
        get_json(&w.url("/api/user/orgs"), Some(cookie)).await.1[0]["role"],
        "Admin"
    );

    let resp = c
        .post(w.url("/__double/sessions/browser-known-token/force-rotation"))
        .send()
        .await
        .expect("force");
    assert_eq!(resp.status(), 204);
    assert_eq!(
        get_json(&w.url("/api/user"), Some(cookie)).await.1["messageId"],
        "session.token.rotate"
    );

    let counters: Value = c
        .get(w.url("/__double/counters"))
        .send()
        .await
        .expect("counters")
        .json()
        .await
        .expect("json");
    assert_eq!(counters["apiUser"], 2, "control calls are not counted");

    let resp = c
        .delete(w.url("/__double/teams/999/members/alice"))
        .send()
        .await
        .expect("unknown team");
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn control_api_can_be_disabled() {
    let settings = Settings {
        control_api: false,
        ..Settings::default()
    };
    let double = GrafanaDouble::new(settings);
    let (addr, _server) = panelcrypt_e2e::spawn_grafana(double).await.expect("spawn");
    let (status, body) = get_json(&format!("http://{addr}/__double/counters"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, json!({"message": "Not found"}));
}

//! grafana-dataproxy mode: client → nginx → Grafana double → its data
//! source proxy (strips cookies, sets X-Grafana-User and the secret header
//! from secureJsonData) → the key service.

mod common;

use std::time::Duration;

use common::{Logs, answer, client, nginx, post_unlock, seal, spawn_service, world};
use panelcrypt_e2e::{DataSourceSeed, OrgRole};
use panelcrypt_keyservice::{Config, IdentityConfig, ServiceCredentials};

const SECRET: &str = "0123456789abcdef-dataproxy-secret";

async fn setup(
    users_read: bool,
) -> (
    common::World,
    common::Service,
    panelcrypt_e2e::Nginx,
    String,
) {
    let w = world().await;
    let sa = w
        .double
        .add_service_account(1, "panelcrypt", OrgRole::Viewer)
        .expect("sa");
    w.double
        .set_service_account_users_read(sa, users_read)
        .expect("users:read");
    let token = w.double.add_service_account_token(sa).expect("token");
    let id = IdentityConfig::dataproxy(
        &w.url(),
        Duration::from_secs(2),
        SECRET.as_bytes(),
        ServiceCredentials::Token(token),
    )
    .expect("identity");
    let svc = spawn_service(Config::new(id, None).expect("config")).await;
    w.double
        .add_datasource(
            DataSourceSeed::new("panelcrypt", &format!("http://{}", svc.addr))
                .header("X-Panelcrypt-Proxy-Secret", SECRET),
        )
        .expect("datasource");
    let nginx = nginx(w.addr, svc.addr);
    let url = format!(
        "{}/api/datasources/proxy/uid/panelcrypt/api/unlock",
        nginx.url()
    );
    (w, svc, nginx, url)
}

#[tokio::test]
async fn grants_and_refusals_through_grafanas_data_source_proxy() {
    let (w, svc, _nginx, url) = setup(true).await;
    let team = seal(&["team:plant-a@1"]);
    let editor2 = seal(&["role:Editor@2"]);

    let a = post_unlock(&url, Some(&w.cookie("alice")), &team.body()).await;
    assert_eq!(a.status, 200, "{:?}", a.json);
    assert_eq!(a.json["key"], team.key_b64());
    let a = post_unlock(&url, Some(&w.cookie("bob")), &team.body()).await;
    assert_eq!(a.status, 200);
    let a = post_unlock(&url, Some(&w.cookie("alice")), &editor2.body()).await;
    assert_eq!(a.status, 200, "orgs come from /api/users/{{id}}/orgs");
    // Denied: 403 survives the proxy unchanged.
    let a = post_unlock(&url, Some(&w.cookie("carol")), &team.body()).await;
    assert_eq!((a.status, a.error()), (403, "forbidden"));
    // A forged X-Grafana-User from the browser is replaced by Grafana.
    let a = answer(
        client()
            .post(&url)
            .header("Content-Type", "application/json")
            .header("Cookie", w.cookie("carol"))
            .header("X-Grafana-User", "alice")
            .header("X-Panelcrypt-Proxy-Secret", "guess")
            .body(team.body()),
    )
    .await;
    assert_eq!((a.status, a.error()), (403, "forbidden"));
    // Signed out and rotation are answered by Grafana itself: the service
    // is never reached.
    let before = w.double.counters().datasource_upstream;
    let a = post_unlock(&url, None, &team.body()).await;
    assert_eq!(a.status, 401);
    let token = w.double.create_session("alice").expect("session");
    w.double.force_rotation(&token).expect("force");
    let a = post_unlock(&url, Some(&w.double.cookie_header(&token)), &team.body()).await;
    assert_eq!(a.status, 401);
    assert_eq!(a.json["messageId"], "session.token.rotate");
    assert_eq!(w.double.counters().datasource_upstream, before);

    // Principal sets are cached per login: a second request within the
    // TTL does not look alice up again.
    let calls = w.double.counters();
    let a = post_unlock(&url, Some(&w.cookie("alice")), &team.body()).await;
    assert_eq!(a.status, 200);
    assert_eq!(
        w.double.counters().users_lookup,
        calls.users_lookup,
        "cached per login"
    );
    assert!(
        svc.state
            .metrics_text()
            .contains("panelcrypt_identity_cache_hits_total")
    );
}

#[tokio::test]
async fn forged_identity_without_the_secret_is_refused_with_403() {
    let (w, svc, _nginx, _url) = setup(true).await;
    let team = seal(&["team:plant-a@1"]);
    w.double.reset_counters();
    let (logs, _guard) = Logs::capture();
    let direct = svc.url("/api/unlock");
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[("X-Grafana-User", "alice")], "not_signed_in"),
        (
            &[
                ("X-Grafana-User", "alice"),
                ("X-Panelcrypt-Proxy-Secret", "wrong"),
            ],
            "not_signed_in",
        ),
        (
            &[
                ("X-Grafana-User", "alice"),
                (
                    "X-Panelcrypt-Proxy-Secret",
                    "0123456789abcdef-dataproxy-secreT",
                ),
            ],
            "not_signed_in",
        ),
        (&[("X-Panelcrypt-Proxy-Secret", SECRET)], "anonymous"),
        (
            &[
                ("X-Panelcrypt-Proxy-Secret", SECRET),
                ("X-Grafana-User", ""),
            ],
            "anonymous",
        ),
    ];
    for (headers, code) in cases {
        let mut req = client()
            .post(&direct)
            .header("Content-Type", "application/json")
            .body(team.body());
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let a = answer(req).await;
        assert_eq!((a.status, a.error()), (403, code), "{headers:?}");
    }
    assert_eq!(
        w.double.counters().users_lookup,
        0,
        "no lookup without the secret"
    );
    // With the secret (i.e. from Grafana) it works; an unknown login does not.
    let ok = |user: &'static str| {
        client()
            .post(&direct)
            .header("Content-Type", "application/json")
            .header("X-Panelcrypt-Proxy-Secret", SECRET)
            .header("X-Grafana-User", user)
            .body(team.body())
    };
    assert_eq!(answer(ok("alice")).await.status, 200);
    assert_eq!(answer(ok("ALICE")).await.status, 200);
    let a = answer(ok("mallory")).await;
    assert_eq!((a.status, a.error()), (403, "forbidden"));
    // The lookup matches e-mails too; the service insists on the login.
    let a = answer(ok("alice@example.com")).await;
    assert_eq!((a.status, a.error()), (403, "forbidden"));
    let text = logs.text();
    assert!(!text.contains(SECRET), "secret logged: {text}");
}

#[tokio::test]
async fn lookup_credentials_without_users_read_fail_closed() {
    let (w, _svc, _nginx, url) = setup(false).await;
    let team = seal(&["team:plant-a@1"]);
    let a = post_unlock(&url, Some(&w.cookie("alice")), &team.body()).await;
    assert_eq!((a.status, a.error()), (503, "identity_unavailable"));
    assert!(a.json.get("key").is_none());
}

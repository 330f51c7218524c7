//! Helpers shared by the integration tests.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use panelcrypt_e2e::{
    DataSourceSeed, GrafanaDouble, GrafanaServer, NewUser, OrgRole, Settings, spawn_grafana,
};
use serde_json::Value;

/// A plain HTTP client that neither stores cookies nor follows redirects.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client")
}

/// All `Set-Cookie` header values.
pub fn set_cookies(headers: &reqwest::header::HeaderMap) -> Vec<String> {
    headers
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_string))
        .collect()
}

/// The full `Set-Cookie` line for a cookie name.
pub fn set_cookie_line(headers: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    set_cookies(headers)
        .into_iter()
        .find(|c| c.starts_with(&format!("{name}=")))
}

/// The value of a cookie set by a response.
pub fn set_cookie_value(headers: &reqwest::header::HeaderMap, name: &str) -> Option<String> {
    set_cookie_line(headers, name).map(|line| {
        line[name.len() + 1..]
            .split(';')
            .next()
            .unwrap_or_default()
            .to_string()
    })
}

/// The standard world:
/// * org 1 `Main Org.`, org 2 `Plant B`;
/// * alice: Viewer in org 1 (current), Editor in org 2, member of
///   `plant-a` (org 1) and admin of `plant-b-ops` (org 2);
/// * bob: Admin in org 1, member of `plant-a`;
/// * root: Grafana admin.
pub struct World {
    pub double: GrafanaDouble,
    pub server: GrafanaServer,
    pub addr: SocketAddr,
    pub plant_a: i64,
    pub plant_b_ops: i64,
}

impl World {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

pub async fn world() -> World {
    world_with(Settings::default()).await
}

pub async fn world_with(settings: Settings) -> World {
    let double = GrafanaDouble::new(settings);
    let org2 = double.add_org("Plant B");
    assert_eq!(org2, 2);
    double
        .add_user(
            NewUser::new("alice", "alice-pw")
                .email("alice@example.com")
                .name("Alice Operator")
                .member_of(1, OrgRole::Viewer)
                .member_of(2, OrgRole::Editor),
        )
        .expect("alice");
    double
        .add_user(NewUser::new("bob", "bob-pw").member_of(1, OrgRole::Admin))
        .expect("bob");
    double
        .add_user(NewUser::new("root", "root-pw").grafana_admin())
        .expect("root");
    let plant_a = double.add_team(1, "plant-a").expect("team");
    let plant_b_ops = double.add_team(2, "plant-b-ops").expect("team");
    double.add_team_member(plant_a, "alice").expect("member");
    double.add_team_member(plant_a, "bob").expect("member");
    double.add_team_admin(plant_b_ops, "alice").expect("admin");
    let (addr, server) = spawn_grafana(double.clone()).await.expect("spawn");
    World {
        double,
        server,
        addr,
        plant_a,
        plant_b_ops,
    }
}

/// GET with an optional Cookie header; returns status and JSON (or Null).
pub async fn get_json(url: &str, cookie: Option<&str>) -> (StatusCode, Value) {
    let mut req = client().get(url);
    if let Some(c) = cookie {
        req = req.header("Cookie", c);
    }
    let resp = req.send().await.expect("request");
    let status = StatusCode::from_u16(resp.status().as_u16()).expect("status");
    let body = resp.text().await.expect("body");
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// GET with an Authorization header.
pub async fn get_json_auth(url: &str, authorization: &str) -> (StatusCode, Value) {
    let resp = client()
        .get(url)
        .header("Authorization", authorization)
        .send()
        .await
        .expect("request");
    let status = StatusCode::from_u16(resp.status().as_u16()).expect("status");
    let body = resp.text().await.expect("body");
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// One request as the upstream saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub uri: String,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

/// A tiny upstream ("the key service behind the data source proxy") that
/// records requests and answers with a status the test chooses.
#[derive(Clone)]
pub struct Upstream {
    pub seen: Arc<Mutex<Vec<Seen>>>,
    pub status: Arc<Mutex<StatusCode>>,
}

async fn record(State(up): State<Upstream>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20)
        .await
        .expect("upstream body")
        .to_vec();
    up.seen.lock().expect("lock").push(Seen {
        method: parts.method.to_string(),
        uri: parts.uri.to_string(),
        headers: parts.headers,
        body,
    });
    let status = *up.status.lock().expect("lock");
    (
        status,
        [
            ("set-cookie", "upstream=1; Path=/"),
            ("x-upstream", "yes"),
            ("content-type", "application/json"),
        ],
        r#"{"upstream":"secret body"}"#,
    )
        .into_response()
}

pub async fn upstream() -> (Upstream, SocketAddr) {
    let up = Upstream {
        seen: Arc::new(Mutex::new(Vec::new())),
        status: Arc::new(Mutex::new(StatusCode::OK)),
    };
    let app = Router::new().fallback(record).with_state(up.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (up, addr)
}

impl Upstream {
    pub fn last(&self) -> Seen {
        self.seen
            .lock()
            .expect("lock")
            .last()
            .cloned()
            .expect("upstream saw no request")
    }

    pub fn count(&self) -> usize {
        self.seen.lock().expect("lock").len()
    }

    pub fn set_status(&self, status: StatusCode) {
        *self.status.lock().expect("lock") = status;
    }
}

/// A data source `keys` pointing at the upstream, with a shared secret header.
pub fn keys_datasource(addr: SocketAddr) -> DataSourceSeed {
    DataSourceSeed::new("keys", &format!("http://{addr}/svc"))
        .header("X-Panelcrypt-Secret", "s3cret-from-secureJsonData")
}

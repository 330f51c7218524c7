//! Helpers shared by the key service's integration tests.
// Each test binary uses a different subset.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use panelcrypt_core::bundle::{parse_slot_section, seal_header};
use panelcrypt_core::{BundleKey, Manifest, MasterSecret, Principal, Recipient, Suite};
use panelcrypt_e2e::{GrafanaDouble, GrafanaServer, NewUser, Nginx, OrgRole, spawn_grafana};
use panelcrypt_keyservice::{AppState, Assets, Config, LogFormat, app, log_subscriber, serve};
use serde_json::Value;
use tokio::sync::oneshot;

pub const MASTER: [u8; 32] = [7u8; 32];
pub const ORIGIN: &str = "http://grafana.test";

pub fn master() -> MasterSecret {
    MasterSecret::from_bytes(MASTER)
}

pub fn os_rng() -> rand_core::UnwrapErr<getrandom::SysRng> {
    rand_core::UnwrapErr(getrandom::SysRng)
}

/// A sealed header and its bundle key.
pub struct Bundle {
    pub header: Vec<u8>,
    pub key: [u8; 32],
    pub id: [u8; 16],
}

impl Bundle {
    /// `{"slots": "<base64 of the slot section>"}`, as the decoder sends it.
    pub fn body(&self) -> String {
        let (_, _, end) = parse_slot_section(&self.header).expect("slot section");
        serde_json::json!({"slots": STANDARD.encode(&self.header[..end])}).to_string()
    }

    /// The same, sending the full header (also accepted).
    pub fn full_body(&self) -> String {
        serde_json::json!({"slots": STANDARD.encode(&self.header)}).to_string()
    }

    pub fn id_hex(&self) -> String {
        hex::encode(self.id)
    }

    pub fn key_b64(&self) -> String {
        STANDARD.encode(self.key)
    }
}

/// Seal a bundle to `principals` (suite per principal) at `epoch`, under
/// the test master secret.
pub fn seal_with(master: &MasterSecret, recipients: &[(&str, Suite)], epoch: u32) -> Bundle {
    let mut rng = os_rng();
    let key = BundleKey::generate(&mut rng);
    let mut id = [0u8; 16];
    rand_core::Rng::fill_bytes(&mut rng, &mut id);
    let rs: Vec<Recipient> = recipients
        .iter()
        .map(|(p, suite)| {
            let p: Principal = p.parse().expect("principal");
            master.recipient(&p, *suite, epoch)
        })
        .collect();
    let header =
        seal_header(&key, &id, &rs, None, &Manifest::new(), &mut rng).expect("seal header");
    Bundle {
        header,
        key: *key.expose(),
        id,
    }
}

/// Seal to principals with X-Wing at epoch 0.
pub fn seal(principals: &[&str]) -> Bundle {
    let rs: Vec<(&str, Suite)> = principals.iter().map(|p| (*p, Suite::XWing)).collect();
    seal_with(&master(), &rs, 0)
}

/// The standard Grafana world:
/// * org 1 `Main Org.`, org 2 `Plant B`;
/// * alice: Viewer in org 1 (current), Editor in org 2, member of
///   `plant-a` (org 1), admin of `plant-b-ops` (org 2);
/// * bob: Admin in org 1, member of `plant-a`;
/// * carol: Viewer in org 1, no teams;
/// * root: Grafana server admin (Viewer in org 1).
pub struct World {
    pub double: GrafanaDouble,
    pub server: Option<GrafanaServer>,
    pub addr: SocketAddr,
    pub plant_a: i64,
    pub plant_b_ops: i64,
}

impl World {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A fresh session cookie header (`grafana_session=<token>`).
    pub fn cookie(&self, login: &str) -> String {
        let token = self.double.create_session(login).expect("session");
        self.double.cookie_header(&token)
    }
}

pub async fn world() -> World {
    let double = GrafanaDouble::default();
    assert_eq!(double.add_org("Plant B"), 2);
    double
        .add_user(
            NewUser::new("alice", "alice-pw")
                .member_of(1, OrgRole::Viewer)
                .member_of(2, OrgRole::Editor),
        )
        .expect("alice");
    double
        .add_user(NewUser::new("bob", "bob-pw").member_of(1, OrgRole::Admin))
        .expect("bob");
    double
        .add_user(NewUser::new("carol", "carol-pw").member_of(1, OrgRole::Viewer))
        .expect("carol");
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
        server: Some(server),
        addr,
        plant_a,
        plant_b_ops,
    }
}

/// A key service running in this test's runtime.
pub struct Service {
    pub addr: SocketAddr,
    pub state: AppState,
    stop: Option<oneshot::Sender<()>>,
}

impl Service {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

pub async fn spawn_service(config: Config) -> Service {
    spawn_service_with(config, Assets::none()).await
}

pub async fn spawn_service_with(config: Config, assets: Assets) -> Service {
    let state = AppState::new(config, master(), assets);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = oneshot::channel::<()>();
    let router = app(state.clone());
    tokio::spawn(async move {
        let _ = serve(listener, router, async move {
            let _ = rx.await;
        })
        .await;
    });
    Service {
        addr,
        state,
        stop: Some(tx),
    }
}

/// Session-mode config against `grafana` with the test origin.
pub fn session_config(grafana: &str) -> Config {
    let id = panelcrypt_keyservice::IdentityConfig::session(grafana, Duration::from_secs(2))
        .expect("identity");
    Config::new(id, Some(ORIGIN)).expect("config")
}

fn repo_file(rel: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../").to_string() + rel;
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The nginx blocks docs/DEPLOY.md tells users to paste, pointed at the
/// test's service (the docs use 127.0.0.1:8787).
pub fn deploy_conf(service: SocketAddr) -> (String, String) {
    let upstream = repo_file("docs/nginx/panelcrypt-upstream.conf");
    assert!(upstream.contains("server 127.0.0.1:8787;"));
    let upstream = upstream.replace("127.0.0.1:8787", &service.to_string());
    let locations = repo_file("docs/nginx/panelcrypt-locations.conf");
    (upstream, locations)
}

/// Real nginx in front of Grafana (`/`) and the key service (`/panelcrypt/`),
/// configured exactly as docs/DEPLOY.md says.
pub fn nginx(grafana: SocketAddr, service: SocketAddr) -> Nginx {
    let (upstream, locations) = deploy_conf(service);
    let body = format!(
        "{upstream}
    server {{
        listen 127.0.0.1:{{{{port0}}}};
        server_name localhost;
        location / {{
            proxy_pass http://{grafana};
            proxy_set_header Host $host;
        }}
        {locations}
    }}"
    );
    Nginx::start(&body, &[]).unwrap_or_else(|e| panic!("{e}"))
}

/// A plain HTTP client that neither stores cookies nor follows redirects.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client")
}

/// The answer of one unlock call.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub json: Value,
}

impl Answer {
    pub fn error(&self) -> &str {
        self.json["error"].as_str().unwrap_or("")
    }
}

/// POST `body` to `url` as a same-origin browser fetch would.
pub async fn post_unlock(url: &str, cookie: Option<&str>, body: &str) -> Answer {
    let mut req = client()
        .post(url)
        .header("Content-Type", "application/json")
        .header("Origin", ORIGIN)
        .header("Sec-Fetch-Site", "same-origin")
        .body(body.to_string());
    if let Some(c) = cookie {
        req = req.header("Cookie", c);
    }
    answer(req).await
}

pub async fn answer(req: reqwest::RequestBuilder) -> Answer {
    let resp = req.send().await.expect("request");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let text = resp.text().await.expect("body");
    let json = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Answer {
        status,
        headers,
        json,
    }
}

/// Captured log output (JSON lines, the production format).
#[derive(Clone, Default)]
pub struct Logs(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("logs").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Routes log lines to the capture registered by the emitting thread.
/// (A global subscriber: tracing caches per-callsite interest globally, so
/// thread-scoped subscribers miss events when tests run in parallel.)
struct ByThread;

static SINKS: std::sync::LazyLock<Mutex<std::collections::HashMap<std::thread::ThreadId, Logs>>> =
    std::sync::LazyLock::new(Default::default);

impl std::io::Write for ByThread {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let sinks = SINKS.lock().expect("sinks");
        if let Some(logs) = sinks.get(&std::thread::current().id()) {
            logs.0.lock().expect("logs").extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Stops capturing when dropped.
pub struct CaptureGuard(std::thread::ThreadId);

impl Drop for CaptureGuard {
    fn drop(&mut self) {
        SINKS.lock().expect("sinks").remove(&self.0);
    }
}

impl Logs {
    /// Capture this thread's log lines (use a current-thread runtime, so
    /// the service's tasks run on this thread).
    pub fn capture() -> (Logs, CaptureGuard) {
        static INIT: std::sync::Once = std::sync::Once::new();
        INIT.call_once(|| {
            let _ =
                tracing::subscriber::set_global_default(log_subscriber(LogFormat::Json, || {
                    ByThread
                }));
        });
        let logs = Logs::default();
        let id = std::thread::current().id();
        SINKS.lock().expect("sinks").insert(id, logs.clone());
        (logs, CaptureGuard(id))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("logs")).into_owned()
    }

    /// Every audit line, parsed.
    pub fn audit(&self) -> Vec<Value> {
        self.text()
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v["target"] == "panelcrypt::audit")
            .collect()
    }
}

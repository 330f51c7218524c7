//! `panelcrypt demo`: the whole system on one machine, with no setup.
//!
//! 1. draws sample images ([`images`]) and seals them with `seal`, to public
//!    recipients only: two for `team:plant-ops`, one for `team:finance`;
//! 2. serves the sealed bundles from a "public host" (its own loopback
//!    origin, with CORS, like Azure Blob or S3 would);
//! 3. serves a dashboard page on a second origin, "Grafana's", together
//!    with the key service in `dev` identity mode (the demo user is
//!    `alice`, a member of `team:plant-ops`) under `/panelcrypt/`, exactly
//!    where the nginx location block puts it in a real deployment;
//! 4. the page renders each panel the way Grafana's Text panel does and
//!    reports what the browser ended up showing; `--check` opens the page in
//!    headless Chromium and exits 0 only if every allowed image decrypted
//!    and the forbidden one showed its message.

mod images;

use std::fs;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use clap::Parser;
use panelcrypt_core::principal::{MasterSecret, Principal, Suite};
use panelcrypt_keyservice::config::{Config, IdentityConfig};
use panelcrypt_keyservice::{AppState, Assets};
use panelcrypt_snippet::{Kind, Settings};
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::error::{CliError, EXIT_OK, EXIT_PARTIAL, Result};
use crate::rng;

/// The demo user, and the team it belongs to.
pub const USER: &str = "alice";
/// The team the demo user is a member of.
pub const TEAM: &str = "team:plant-ops";
/// A team the demo user is not a member of.
pub const OTHER_TEAM: &str = "team:finance";

/// What `panelcrypt demo` was asked to do (parsed in `cmd::demo`).
pub struct Options {
    /// Dashboard port (0: any free port).
    pub port: u16,
    /// Public host port (0: any free port).
    pub host_port: u16,
    /// Run the headless check and exit.
    pub check: bool,
    /// How long `--check` waits for the page.
    pub timeout: Duration,
    /// Chromium to use for `--check`.
    pub chromium: Option<PathBuf>,
    /// Keep the images and bundles here.
    pub dir: Option<PathBuf>,
}

/// One panel of the demo dashboard.
#[derive(Serialize)]
struct Panel {
    id: &'static str,
    title: &'static str,
    sealed_for: &'static str,
    content: String,
    #[serde(skip)]
    allowed: bool,
    #[serde(skip)]
    images: Vec<(String, u32, u32)>,
}

/// What the page reports (see `dashboard.html`).
#[derive(Deserialize, Debug)]
struct Report {
    done: bool,
    panels: Vec<PanelReport>,
    elapsed_ms: u64,
    secure: bool,
}

#[derive(Deserialize, Debug)]
struct PanelReport {
    id: String,
    slots: Vec<SlotReport>,
}

#[derive(Deserialize, Debug)]
struct SlotReport {
    name: String,
    state: Option<String>,
    error: Option<String>,
    message: Option<String>,
    width: u32,
    height: u32,
    variant: Option<String>,
}

/// The working folder; removed on drop unless the user chose it.
struct WorkDir {
    path: PathBuf,
    keep: bool,
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if !self.keep {
            // Browser helper processes may still be writing their profile
            // for a moment after being killed: retry briefly.
            for _ in 0..20 {
                if fs::remove_dir_all(&self.path).is_ok() || !self.path.exists() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            eprintln!(
                "could not remove {}; delete it by hand",
                self.path.display()
            );
        }
    }
}

fn workdir(dir: Option<&Path>) -> Result<WorkDir> {
    match dir {
        Some(d) => {
            if d.exists()
                && fs::read_dir(d)
                    .map(|mut r| r.next().is_some())
                    .unwrap_or(true)
            {
                return Err(CliError::new(format!(
                    "{} already exists and is not empty",
                    d.display()
                ))
                .hint("pass --dir a new or empty folder; the demo never overwrites files"));
            }
            fs::create_dir_all(d).map_err(|e| CliError::io("creating", d, &e))?;
            Ok(WorkDir {
                path: d.to_path_buf(),
                keep: true,
            })
        }
        None => {
            let p = std::env::temp_dir().join(format!("panelcrypt-demo-{}", rng::hex_token(6)));
            fs::create_dir(&p).map_err(|e| CliError::io("creating", &p, &e))?;
            Ok(WorkDir {
                path: p,
                keep: false,
            })
        }
    }
}

/// Writes `samples` into `dir` and seals them into `out` for `recipient`,
/// with the real `seal` command (variants and placeholders included).
fn seal_samples(
    dir: &Path,
    out: &Path,
    recipient: &str,
    samples: &[images::Sample],
    config: &Path,
) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| CliError::io("creating", dir, &e))?;
    for s in samples {
        let p = dir.join(s.name);
        fs::write(&p, &s.png).map_err(|e| CliError::io("writing", &p, &e))?;
    }
    #[derive(Parser)]
    struct SealOnly {
        #[command(flatten)]
        args: crate::cmd::seal::Args,
    }
    let argv: Vec<std::ffi::OsString> = vec![
        "seal".into(),
        dir.into(),
        "--output".into(),
        out.into(),
        "--to".into(),
        recipient.into(),
        "--variants".into(),
        "480,960".into(),
        "--no-fsync".into(),
        "--strict".into(),
        "--quiet".into(),
        "--config".into(),
        config.into(),
    ];
    let parsed = SealOnly::try_parse_from(argv)
        .map_err(|e| CliError::new(format!("internal: demo seal arguments: {e}")))?;
    match crate::cmd::seal::run(parsed.args)? {
        EXIT_OK => Ok(()),
        code => Err(CliError::new(format!(
            "sealing the sample images exited with {code}"
        ))),
    }
}

fn recipient(master: &MasterSecret, principal: &str) -> Result<String> {
    let p: Principal = principal
        .parse()
        .map_err(|e| CliError::new(format!("internal: principal {principal}: {e}")))?;
    Ok(master.recipient(&p, Suite::XWing, 0).to_string())
}

/// Name, width and height of each sample, for the page and the check.
type Meta = Vec<(String, u32, u32)>;

fn meta(samples: &[images::Sample]) -> Meta {
    samples
        .iter()
        .map(|s| (s.name.to_string(), s.width, s.height))
        .collect()
}

fn panels(host: &str, allowed: &Meta, forbidden: &Meta) -> Vec<Panel> {
    let text = |bundle: &str, image: &str| {
        panelcrypt_snippet::render(
            Kind::Text,
            &Settings {
                bundle: format!("{host}/{bundle}/"),
                images: vec![image.to_string()],
                endpoint: None,
                decoder: None,
                alt: None,
            },
            false,
        )
    };
    vec![
        Panel {
            id: "thermal",
            title: "Line 3 thermal camera",
            sealed_for: TEAM,
            content: text("plant", &allowed[0].0),
            allowed: true,
            images: vec![allowed[0].clone()],
        },
        Panel {
            id: "throughput",
            title: "Throughput, units per hour",
            sealed_for: TEAM,
            content: text("plant", &allowed[1].0),
            allowed: true,
            images: vec![allowed[1].clone()],
        },
        Panel {
            id: "margins",
            title: "Q4 margins by region",
            sealed_for: OTHER_TEAM,
            content: text("finance", &forbidden[0].0),
            allowed: false,
            images: forbidden.clone(),
        },
    ]
}

fn page(panels: &[Panel], host: &str) -> Result<String> {
    let json = serde_json::to_string(panels)
        .map_err(|e| CliError::new(format!("internal: panels: {e}")))?
        // The JSON sits in a <script> element: never let it close one.
        .replace("</", "<\\/");
    Ok(include_str!("dashboard.html")
        .replace("{{USER}}", USER)
        .replace("{{TEAM}}", TEAM)
        .replace("{{HOST}}", host)
        .replace("{{PANELS_JSON}}", &json))
}

#[derive(Clone)]
struct HostState {
    root: PathBuf,
    allow_origin: HeaderValue,
}

/// The public host: static files with CORS for the dashboard's origin, as
/// an Azure Blob container or S3 bucket with a CORS rule answers.
async fn host_file(State(st): State<HostState>, UrlPath(path): UrlPath<String>) -> Response {
    let cors = [
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, st.allow_origin.clone()),
        (header::VARY, HeaderValue::from_static("Origin")),
    ];
    let rel = Path::new(&path);
    let safe = rel.components().all(|c| matches!(c, Component::Normal(_)));
    if !safe {
        return (StatusCode::NOT_FOUND, cors, "not found").into_response();
    }
    match tokio::fs::read(st.root.join(rel)).await {
        Ok(bytes) => (
            cors,
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/octet-stream"),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => (StatusCode::NOT_FOUND, cors, "not found").into_response(),
    }
}

async fn bind(port: u16, what: &str) -> Result<TcpListener> {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    TcpListener::bind(addr).await.map_err(|e| {
        CliError::new(format!("cannot listen on {addr} for the {what}: {e}"))
            .hint("pick another port, or 0 for any free one")
    })
}

fn find_chromium(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        if p.is_file() {
            return Ok(p.to_path_buf());
        }
        return Err(CliError::new(format!("no Chromium at {}", p.display()))
            .hint("point --chromium (or PANELCRYPT_CHROMIUM) at a Chromium or Chrome binary"));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Ok(p);
            }
        }
    }
    Err(CliError::new("--check needs Chromium or Chrome, and none was found on PATH")
        .hint("install it (Debian: apt-get install chromium), or set --chromium / PANELCRYPT_CHROMIUM; without --check, open the printed URL in any browser"))
}

fn spawn_chromium(bin: &Path, url: &str, profile: &Path, log: &Path) -> Result<Child> {
    let log_file = fs::File::create(log).map_err(|e| CliError::io("creating", log, &e))?;
    let log_err = log_file
        .try_clone()
        .map_err(|e| CliError::io("opening", log, &e))?;
    let mut cmd = Command::new(bin);
    cmd.args([
        "--headless=new",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-sync",
        "--mute-audio",
        "--window-size=1400,900",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    // Chromium refuses to run as root with its sandbox on (CI containers).
    if rustix::process::geteuid().is_root() {
        cmd.arg("--no-sandbox");
    }
    // Its own process group, so that the whole browser (zygote, renderers)
    // can be stopped at once and a terminal's Ctrl-C reaches only us.
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    cmd.arg(url)
        .stdin(Stdio::null())
        .stdout(log_file)
        .stderr(log_err);
    cmd.spawn().map_err(|e| {
        CliError::new(format!("cannot start {}: {e}", bin.display()))
            .hint("point --chromium (or PANELCRYPT_CHROMIUM) at a working Chromium or Chrome")
    })
}

/// Kills Chromium's whole process group and reaps the main process.
fn stop_browser(child: &mut Child) {
    if let Some(pid) = i32::try_from(child.id())
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Checks a report against what the demo sealed; one line per image, and
/// whether everything was as expected.
fn evaluate(panels: &[Panel], r: &Report) -> (Vec<String>, bool) {
    let mut lines = Vec::new();
    let mut ok = true;
    for p in panels {
        let got = r.panels.iter().find(|x| x.id == p.id);
        for (name, w, h) in &p.images {
            let slot = got.and_then(|g| g.slots.iter().find(|s| &s.name == name));
            let (good, what) = match (slot, p.allowed) {
                (None, _) => (false, "the page shows no such image".to_string()),
                (Some(s), true) => {
                    let ratio_ok = s.width > 0
                        && s.height > 0
                        && ((s.width as f64 / s.height as f64) - (*w as f64 / *h as f64)).abs()
                            < 0.02;
                    if s.state.as_deref() == Some("shown") && ratio_ok {
                        (
                            true,
                            format!(
                                "decrypted and shown ({}x{}, the {} px variant)",
                                s.width,
                                s.height,
                                s.variant.as_deref().unwrap_or("?")
                            ),
                        )
                    } else {
                        (false, describe_failure(s))
                    }
                }
                (Some(s), false) => {
                    if s.state.as_deref() == Some("error")
                        && s.error.as_deref() == Some("forbidden")
                    {
                        (
                            true,
                            format!(
                                "refused, as it should be: \"{}\"",
                                first_sentence(s.message.as_deref().unwrap_or(""))
                            ),
                        )
                    } else {
                        (
                            false,
                            format!(
                                "expected the \"not allowed\" message, got: {}",
                                describe_failure(s)
                            ),
                        )
                    }
                }
            };
            ok &= good;
            lines.push(format!(
                "  {} {:<11} {:<19} {}",
                if good { "ok  " } else { "FAIL" },
                p.id,
                name,
                what
            ));
        }
    }
    if !r.done {
        ok = false;
        lines.push("  FAIL the page had not settled after 30 s".into());
    }
    (lines, ok)
}

fn first_sentence(s: &str) -> &str {
    match s.find('.') {
        Some(i) => &s[..=i],
        None => s,
    }
}

fn describe_failure(s: &SlotReport) -> String {
    match (&s.state, &s.error) {
        (Some(st), Some(code)) if st == "error" => format!(
            "error {code}: {}",
            first_sentence(s.message.as_deref().unwrap_or(""))
        ),
        (st, _) => format!(
            "state {}, image {}x{}",
            st.as_deref().unwrap_or("none"),
            s.width,
            s.height
        ),
    }
}

fn log_tail(p: &Path) -> String {
    let text = fs::read_to_string(p).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

/// Runs the demo.
pub fn run(opts: Options) -> Result<u8> {
    let chromium = if opts.check {
        Some(find_chromium(opts.chromium.as_deref())?)
    } else {
        None
    };
    let work = workdir(opts.dir.as_deref())?;
    let root = work.path.clone();

    eprintln!("panelcrypt demo: sealing sample images (public recipients only)...");
    let master = MasterSecret::generate(&mut rng::os());
    let config = root.join("panelcrypt.toml");
    fs::write(
        &config,
        "# empty: the demo passes every setting as a flag\n",
    )
    .map_err(|e| CliError::io("writing", &config, &e))?;
    let bundles = root.join("public-host");
    // Drawn and encoded once; the page and the check need only their sizes.
    let (allowed, forbidden) = (images::allowed(), images::forbidden());
    seal_samples(
        &root.join("images/plant"),
        &bundles.join("plant"),
        &recipient(&master, TEAM)?,
        &allowed,
        &config,
    )?;
    seal_samples(
        &root.join("images/finance"),
        &bundles.join("finance"),
        &recipient(&master, OTHER_TEAM)?,
        &forbidden,
        &config,
    )?;
    let shown = (meta(&allowed), meta(&forbidden));

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(format!("cannot start the async runtime: {e}")))?;
    rt.block_on(serve(opts, master, work, bundles, shown, chromium))
}

async fn serve(
    opts: Options,
    master: MasterSecret,
    work: WorkDir,
    bundles: PathBuf,
    (allowed, forbidden): (Meta, Meta),
    chromium: Option<PathBuf>,
) -> Result<u8> {
    let dash_listener = bind(opts.port, "dashboard").await?;
    let host_listener = bind(opts.host_port, "public host").await?;
    let local = |l: &TcpListener| {
        l.local_addr()
            .map_err(|e| CliError::new(format!("cannot read the listening address: {e}")))
    };
    let dash = format!("http://{}", local(&dash_listener)?);
    let host = format!("http://{}", local(&host_listener)?);

    let identity = IdentityConfig::dev(USER, &[TEAM.to_string()])
        .map_err(|e| CliError::new(format!("internal: {e:#}")))?;
    let config = Config::new(identity, Some(&dash))
        .map_err(|e| CliError::new(format!("internal: {e:#}")))?;
    let state = AppState::new(config, master, Assets::embedded());

    let panels = panels(&host, &allowed, &forbidden);
    let html = page(&panels, &host)?;
    let (tx, mut rx) = mpsc::channel::<Report>(8);
    let dashboard = Router::new()
        .route("/", get(move || async move { Html(html) }))
        .route(
            "/__demo/report",
            post(move |axum::Json(r): axum::Json<Report>| {
                let tx = tx.clone();
                async move {
                    let _ = tx.send(r).await;
                    StatusCode::NO_CONTENT
                }
            }),
        )
        .nest("/panelcrypt", panelcrypt_keyservice::app(state));
    let allow_origin = HeaderValue::from_str(&dash)
        .map_err(|e| CliError::new(format!("internal: origin header: {e}")))?;
    let public = Router::new()
        .route("/{*path}", get(host_file))
        .with_state(HostState {
            root: bundles.clone(),
            allow_origin,
        });

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|s| *s).await;
    };
    let s1 = tokio::spawn(panelcrypt_keyservice::serve(
        dash_listener,
        dashboard,
        stopped(stop_rx.clone()),
    ));
    let s2 = tokio::spawn(panelcrypt_keyservice::serve(
        host_listener,
        public,
        stopped(stop_rx),
    ));

    let url = format!("{dash}/");
    eprintln!(
        "\n  sealed: {} images for {TEAM}, {} for {OTHER_TEAM} (X-Wing, to public recipients only)\n  \
         public host (ciphertext, CORS):            {host}/   serving {}\n  \
         dashboard + key service (\"Grafana\"):       {url}\n  \
         signed in as {USER}, member of {TEAM} (key service in dev identity mode)\n",
        allowed.len(),
        forbidden.len(),
        bundles.display()
    );

    let code = if let Some(bin) = chromium {
        check(&bin, &url, &work.path, opts.timeout, &panels, &mut rx).await
    } else {
        println!(
            "Open {url} in a browser (this exact address: the key service checks the origin)."
        );
        eprintln!(
            "Ctrl-C stops the demo{}.",
            if work.keep {
                ""
            } else {
                " and deletes its files"
            }
        );
        // One signal future for the whole loop, so that a Ctrl-C arriving
        // while a report is printed is not lost.
        let shutdown = panelcrypt_keyservice::shutdown_signal();
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                _ = &mut shutdown => break,
                Some(r) = rx.recv() => {
                    let (lines, ok) = evaluate(&panels, &r);
                    eprintln!("a browser loaded the dashboard ({} ms):", r.elapsed_ms);
                    for l in lines { eprintln!("{l}"); }
                    if !ok && !r.secure {
                        eprintln!("  (not a secure context: open {url}, not another host name)");
                    }
                }
            }
        }
        Ok(EXIT_OK)
    };
    let _ = stop_tx.send(true);
    let _ = s1.await;
    let _ = s2.await;
    drop(work);
    code
}

async fn check(
    bin: &Path,
    url: &str,
    work: &Path,
    timeout: Duration,
    panels: &[Panel],
    rx: &mut mpsc::Receiver<Report>,
) -> Result<u8> {
    eprintln!("checking in headless {}...", bin.display());
    let log = work.join("chromium.log");
    let mut child = spawn_chromium(bin, url, &work.join("chromium-profile"), &log)?;
    let started = Instant::now();
    let shutdown = panelcrypt_keyservice::shutdown_signal();
    tokio::pin!(shutdown);
    let outcome = loop {
        if let Ok(r) = rx.try_recv() {
            break Ok(r);
        }
        if let Ok(Some(status)) = child.try_wait() {
            break Err(format!("Chromium exited early ({status})"));
        }
        if started.elapsed() > timeout {
            break Err(format!(
                "the page reported nothing within {} s",
                timeout.as_secs()
            ));
        }
        tokio::select! {
            _ = &mut shutdown => break Err("interrupted".to_string()),
            _ = tokio::time::sleep(Duration::from_millis(50)) => {}
        }
    };
    stop_browser(&mut child);
    match outcome {
        Ok(r) => {
            let (lines, ok) = evaluate(panels, &r);
            println!(
                "headless Chromium loaded the dashboard in {} ms ({}):",
                r.elapsed_ms,
                if r.secure {
                    "secure context, WebCrypto"
                } else {
                    "not a secure context"
                }
            );
            for l in lines {
                println!("{l}");
            }
            if ok {
                println!("demo check passed");
                Ok(EXIT_OK)
            } else {
                println!("demo check FAILED");
                Ok(EXIT_PARTIAL)
            }
        }
        Err(why) if why == "interrupted" => Err(CliError::new("demo check: interrupted")),
        Err(why) => Err(CliError::new(format!("demo check: {why}"))
            .hint(format!("Chromium's last output:\n{}", log_tail(&log)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_panels() -> Vec<Panel> {
        panels(
            "http://127.0.0.1:1",
            &meta(&images::allowed()),
            &meta(&images::forbidden()),
        )
    }

    fn slot(name: &str, state: &str, error: Option<&str>, w: u32, h: u32) -> SlotReport {
        SlotReport {
            name: name.into(),
            state: Some(state.into()),
            error: error.map(Into::into),
            message: error.map(|_| "⚠ Some message. More.".into()),
            width: w,
            height: h,
            variant: Some("480".into()),
        }
    }

    fn report(thermal: SlotReport, margins: SlotReport) -> Report {
        Report {
            done: true,
            elapsed_ms: 10,
            secure: true,
            panels: vec![
                PanelReport {
                    id: "thermal".into(),
                    slots: vec![thermal],
                },
                PanelReport {
                    id: "throughput".into(),
                    slots: vec![slot("throughput.png", "shown", None, 960, 540)],
                },
                PanelReport {
                    id: "margins".into(),
                    slots: vec![margins],
                },
            ],
        }
    }

    #[test]
    fn check_passes_only_when_allowed_images_show_and_the_forbidden_one_is_refused() {
        let ps = demo_panels();
        let good = report(
            slot("line-3-thermal.png", "shown", None, 480, 270),
            slot("q4-margins.png", "error", Some("forbidden"), 0, 0),
        );
        let (lines, ok) = evaluate(&ps, &good);
        assert!(ok, "{lines:?}");
        assert_eq!(lines.len(), 3);

        // The forbidden image showing is a failure, not a success.
        let leaked = report(
            slot("line-3-thermal.png", "shown", None, 480, 270),
            slot("q4-margins.png", "shown", None, 480, 270),
        );
        assert!(!evaluate(&ps, &leaked).1);
        // Refused for another reason (e.g. signed out) is not what the demo shows.
        let other = report(
            slot("line-3-thermal.png", "shown", None, 480, 270),
            slot("q4-margins.png", "error", Some("not_signed_in"), 0, 0),
        );
        assert!(!evaluate(&ps, &other).1);
        // An allowed image that failed, or shows with the wrong shape.
        let failed = report(
            slot(
                "line-3-thermal.png",
                "error",
                Some("object_verification"),
                0,
                0,
            ),
            slot("q4-margins.png", "error", Some("forbidden"), 0, 0),
        );
        let (lines, ok) = evaluate(&ps, &failed);
        assert!(!ok);
        assert!(lines[0].contains("FAIL") && lines[0].contains("object_verification"));
        let squashed = report(
            slot("line-3-thermal.png", "shown", None, 480, 480),
            slot("q4-margins.png", "error", Some("forbidden"), 0, 0),
        );
        assert!(!evaluate(&ps, &squashed).1);
        // A page that never settled fails even if what it shows is right.
        let mut slow = good;
        slow.done = false;
        assert!(!evaluate(&ps, &slow).1);
    }

    #[test]
    fn the_page_embeds_the_panels_without_breaking_out_of_its_script() {
        let ps = demo_panels();
        let html = page(&ps, "http://127.0.0.1:1").unwrap();
        let start = html.find("type=\"application/json\">").unwrap();
        let end = start + html[start..].find("</script>").unwrap();
        let json = &html[start + "type=\"application/json\">".len()..end];
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 3);
        // Each panel carries the real Text-panel snippet, which has scripts.
        assert!(v[0]["content"].as_str().unwrap().contains("<script"));
        assert!(!html.contains("{{"), "unfilled placeholder");
    }
}

//! # panelcrypt-keyservice
//!
//! The panelcrypt key service (`panelcrypt serve`): the only server of the
//! system. The browser-side decoder POSTs a bundle's key slots to
//! `/api/unlock`; the service learns who the caller is from Grafana, derives
//! the key pairs of the caller's principals from its master secret, opens a
//! slot one of them can open, and returns the bundle key. The HTTP API is
//! specified in `docs/PROTOCOL.md`; deployment in `docs/DEPLOY.md`.
//!
//! * [`ServeArgs`] and [`run`]: the command (flags, environment, signals).
//! * [`AppState`] and [`app`]: the service as an axum [`Router`], for
//!   embedding and for tests.
//! * [`serve`]: run a router on a listener until a shutdown future fires.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod assets;
pub mod cache;
pub mod config;
pub mod error;
pub mod grafana;
pub mod keys;
pub mod metrics;
pub mod ratelimit;
mod routes;

use std::io;
use std::sync::Arc;

use axum::Router;
use panelcrypt_core::MasterSecret;
use tokio::net::TcpListener;
use tracing_subscriber::fmt::MakeWriter;

pub use assets::Assets;
pub use config::{Config, IdentityConfig, IdentityMode, LogFormat, ServeArgs};
pub use error::{ApiError, Code};
pub use grafana::{Caller, ServiceCredentials};
pub use routes::app;

use crate::cache::BoundedCache;
use crate::keys::KeyRing;
use crate::metrics::Metrics;
use crate::ratelimit::RateLimiter;

/// Everything a running service shares between requests. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) config: Config,
    pub(crate) keys: KeyRing,
    pub(crate) identities: BoundedCache<[u8; 32], Arc<Caller>>,
    pub(crate) limiter: RateLimiter,
    pub(crate) metrics: Metrics,
    pub(crate) assets: Assets,
}

impl AppState {
    /// A service with this configuration, master secret and decoder assets.
    pub fn new(config: Config, master: MasterSecret, assets: Assets) -> Self {
        let keys = KeyRing::new(
            master,
            config.epochs.clone(),
            config.key_cache_size,
            config.slot_cache_ttl,
        );
        let identities = BoundedCache::new(config.cache_size, Some(config.cache_ttl));
        let limiter = RateLimiter::new(config.rate_limit, config.rate_burst, 100_000);
        AppState {
            inner: Arc::new(Inner {
                config,
                keys,
                identities,
                limiter,
                metrics: Metrics::default(),
                assets,
            }),
        }
    }

    /// Builds the state from command-line arguments, reading secrets from
    /// the process environment.
    pub fn from_args(args: &ServeArgs) -> anyhow::Result<Self> {
        let env = |k: &str| std::env::var(k).ok();
        let config = Config::from_args(args, &env)?;
        let master = config::load_master(args.key_file.as_deref(), &env)?;
        let assets = match &args.assets_dir {
            Some(dir) => Assets::from_dir(dir).map_err(|e| {
                anyhow::anyhow!("loading decoder assets from {}: {e}", dir.display())
            })?,
            None => Assets::embedded(),
        };
        Ok(AppState::new(config, master, assets))
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The Prometheus text of the metrics (what `GET /metrics` serves).
    pub fn metrics_text(&self) -> String {
        self.inner.metrics.render()
    }
}

/// Serves `router` on `listener` until `shutdown` completes, then finishes
/// in-flight requests.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = ctrl_c => {},
                _ = term.recv() => {},
            }
        }
        Err(_) => {
            let _ = ctrl_c.await;
        }
    }
}

/// A tracing subscriber writing the service's log (and audit) lines to
/// `writer`: JSON objects, one per line, or text.
pub fn log_subscriber<W>(format: LogFormat, writer: W) -> Box<dyn tracing::Subscriber + Send + Sync>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_max_level(tracing::Level::INFO)
        .with_target(true);
    match format {
        LogFormat::Json => Box::new(
            builder
                .json()
                .flatten_event(true)
                .with_current_span(false)
                .with_span_list(false)
                .finish(),
        ),
        LogFormat::Text => Box::new(builder.with_ansi(false).finish()),
    }
}

/// Runs the service: reads flags and secrets, listens, serves until SIGINT
/// or SIGTERM. Installs a global log subscriber unless one is already set.
pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    let _ = tracing::subscriber::set_global_default(log_subscriber(args.log_format, io::stderr));
    let state = AppState::from_args(&args)?;
    let listener = TcpListener::bind(args.listen)
        .await
        .map_err(|e| anyhow::anyhow!("listening on {}: {e}", args.listen))?;
    let addr = listener.local_addr()?;
    tracing::info!(
        listen = %addr,
        identity = state.config().identity.name(),
        epochs = ?state.config().epochs,
        grafana_origin = state.config().grafana_origin.as_deref().unwrap_or(""),
        assets = state.inner.assets.len(),
        "panelcrypt key service listening"
    );
    serve(listener, app(state), shutdown_signal()).await?;
    tracing::info!("panelcrypt key service stopped");
    Ok(())
}

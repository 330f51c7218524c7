//! Command-line flags, environment variables and the validated configuration.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use panelcrypt_core::MasterSecret;
use panelcrypt_core::keyfile::KeyFile;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::grafana::{Caller, GrafanaClient, ServiceCredentials, principals};

/// Env var holding the master key text (the `PANELCRYPT-MASTER-1…` line).
pub const ENV_MASTER_KEY: &str = "PANELCRYPT_MASTER_KEY";
/// Env var holding the passphrase of a protected key file.
pub const ENV_KEY_PASSPHRASE: &str = "PANELCRYPT_KEY_PASSPHRASE";
/// Env var holding the dataproxy shared secret.
pub const ENV_DATAPROXY_SECRET: &str = "PANELCRYPT_DATAPROXY_SECRET";
/// Env var holding the service-account token for dataproxy lookups.
pub const ENV_GRAFANA_TOKEN: &str = "PANELCRYPT_GRAFANA_TOKEN";
/// Env var holding `login:password` of a Grafana server admin (alternative
/// to a token, for OSS Grafana).
pub const ENV_GRAFANA_BASIC_AUTH: &str = "PANELCRYPT_GRAFANA_BASIC_AUTH";
/// The header carrying the dataproxy shared secret.
pub const PROXY_SECRET_HEADER: &str = "x-panelcrypt-proxy-secret";
/// Shortest accepted dataproxy secret.
pub const MIN_SECRET_LEN: usize = 16;

/// How the service learns who is calling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum IdentityMode {
    /// Forward the Grafana session cookie to Grafana's `/api/user*`.
    GrafanaSession,
    /// Trust `X-Grafana-User` from Grafana's data source proxy (with the
    /// shared secret); look teams and roles up with a service token.
    GrafanaDataproxy,
    /// One fixed user; only on a loopback address. For demos and tests.
    Dev,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// One JSON object per line (default; the audit log).
    Json,
    /// Human-readable text.
    Text,
}

/// `panelcrypt serve`: the key service. Secrets come from files or the
/// environment, never from the command line.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (plain HTTP; put it behind the reverse proxy
    /// that serves Grafana).
    #[arg(long, env = "PANELCRYPT_LISTEN", default_value = "127.0.0.1:8787")]
    pub listen: SocketAddr,

    /// Master key file (`panelcrypt keygen`). Alternatively put the key
    /// text in PANELCRYPT_MASTER_KEY. A passphrase-protected file takes its
    /// passphrase from PANELCRYPT_KEY_PASSPHRASE.
    #[arg(long, env = "PANELCRYPT_KEY_FILE", value_name = "PATH")]
    pub key_file: Option<PathBuf>,

    /// Key epochs to accept, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "0", value_name = "N,...")]
    pub epochs: Vec<u32>,

    /// Where identities come from.
    #[arg(
        long,
        value_enum,
        env = "PANELCRYPT_IDENTITY",
        default_value = "grafana-session"
    )]
    pub identity: IdentityMode,

    /// Grafana's internal URL (plain http), e.g. http://127.0.0.1:3000.
    #[arg(
        long,
        env = "PANELCRYPT_GRAFANA_URL",
        default_value = "http://127.0.0.1:3000"
    )]
    pub grafana_url: String,

    /// Grafana's public origin as browsers see it, e.g.
    /// https://grafana.example.com. Requests whose Origin differs are
    /// refused. Required in grafana-session mode.
    #[arg(long, env = "PANELCRYPT_GRAFANA_ORIGIN", value_name = "ORIGIN")]
    pub grafana_origin: Option<String>,

    /// Name of Grafana's session cookie (`[auth] login_cookie_name`).
    #[arg(
        long,
        env = "PANELCRYPT_COOKIE_NAME",
        default_value = "grafana_session"
    )]
    pub cookie_name: String,

    /// Timeout for one identity lookup at Grafana (e.g. 2s, 500ms).
    #[arg(long, default_value = "2s", value_parser = parse_duration)]
    pub grafana_timeout: Duration,

    /// How long a caller's principal set is cached (0 disables the cache).
    #[arg(long, default_value = "5s", value_parser = parse_duration)]
    pub cache_ttl: Duration,

    /// Most cached principal sets.
    #[arg(long, default_value_t = 10_000)]
    pub cache_size: usize,

    /// Most cached derived key pairs.
    #[arg(long, default_value_t = 4096)]
    pub key_cache_size: usize,

    /// How long the bundle key of an opened slot is kept in memory for the next request presenting the same slot (0: decapsulate on every request). Access is still checked on every request.
    #[arg(long, default_value = "60s", value_parser = parse_duration)]
    pub slot_cache_ttl: Duration,

    /// Unlock requests per second per user (0 disables the limit).
    #[arg(long, default_value_t = 20.0)]
    pub rate_limit: f64,

    /// Requests a user may make at once before the rate applies.
    #[arg(long, default_value_t = 40)]
    pub rate_burst: u32,

    /// Largest accepted request body, bytes.
    #[arg(long, default_value_t = 64 * 1024)]
    pub max_body: usize,

    /// Serve the decoder assets from this directory instead of the copy
    /// embedded in the binary (built from panel-snippet/dist/).
    #[arg(long, env = "PANELCRYPT_ASSETS_DIR", value_name = "DIR")]
    pub assets_dir: Option<PathBuf>,

    /// dev mode: the fixed user's login.
    #[arg(long, value_name = "LOGIN")]
    pub dev_user: Option<String>,

    /// dev mode: extra principals of the fixed user (repeatable), e.g.
    /// team:ops@1 or role:Viewer@1.
    #[arg(long = "dev-principal", value_name = "PRINCIPAL")]
    pub dev_principals: Vec<String>,

    /// Log format.
    #[arg(
        long,
        value_enum,
        env = "PANELCRYPT_LOG_FORMAT",
        default_value = "json"
    )]
    pub log_format: LogFormat,
}

/// Parses `2s`, `500ms`, `1m`, or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = match s.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, "s"),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (e.g. 2s, 500ms)"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        _ => return Err(format!("{s:?}: unit must be ms, s or m")),
    };
    if !secs.is_finite() || !(0.0..=86_400.0).contains(&secs) {
        return Err(format!("{s:?} is out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// Normalises an origin: `scheme://host[:port]`, lower case, no path.
pub fn normalize_origin(s: &str) -> Result<String, String> {
    let t = s.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, rest) = t
        .split_once("://")
        .ok_or_else(|| format!("{s:?} is not an origin like https://grafana.example.com"))?;
    if !matches!(scheme, "http" | "https") || rest.is_empty() || rest.contains(['/', '?', '#', '@'])
    {
        return Err(format!(
            "{s:?} is not an origin like https://grafana.example.com (scheme and host only)"
        ));
    }
    let default_port = if scheme == "https" { ":443" } else { ":80" };
    let rest = rest.strip_suffix(default_port).unwrap_or(rest);
    Ok(format!("{scheme}://{rest}"))
}

/// The identity configuration.
#[derive(Debug)]
pub enum IdentityConfig {
    /// grafana-session.
    Session {
        /// Grafana client.
        grafana: GrafanaClient,
        /// Session cookie name.
        cookie_name: String,
    },
    /// grafana-dataproxy.
    DataProxy {
        /// Grafana client.
        grafana: GrafanaClient,
        /// SHA-256 of the shared secret (compared in constant time).
        secret_digest: Zeroizing<[u8; 32]>,
        /// The service's own credentials.
        credentials: ServiceCredentials,
    },
    /// dev.
    Dev {
        /// The fixed caller.
        caller: Caller,
    },
}

impl IdentityConfig {
    /// Session mode against `grafana_url`.
    pub fn session(grafana_url: &str, timeout: Duration) -> anyhow::Result<Self> {
        Ok(IdentityConfig::Session {
            grafana: GrafanaClient::new(grafana_url, timeout).map_err(anyhow::Error::msg)?,
            cookie_name: "grafana_session".into(),
        })
    }

    /// Dataproxy mode against `grafana_url` with a shared `secret`.
    pub fn dataproxy(
        grafana_url: &str,
        timeout: Duration,
        secret: &[u8],
        credentials: ServiceCredentials,
    ) -> anyhow::Result<Self> {
        if secret.len() < MIN_SECRET_LEN {
            bail!("{ENV_DATAPROXY_SECRET} must be at least {MIN_SECRET_LEN} bytes");
        }
        Ok(IdentityConfig::DataProxy {
            grafana: GrafanaClient::new(grafana_url, timeout).map_err(anyhow::Error::msg)?,
            secret_digest: Zeroizing::new(Sha256::digest(secret).into()),
            credentials,
        })
    }

    /// Dev mode: `login` plus `extra` principals.
    pub fn dev(login: &str, extra: &[String]) -> anyhow::Result<Self> {
        let mut ps = principals(login, 1, &[], &[]);
        if ps.is_empty() {
            bail!("--dev-user {login:?} is not a valid login");
        }
        for e in extra {
            let p = e
                .parse()
                .with_context(|| format!("--dev-principal {e:?}"))?;
            if !ps.contains(&p) {
                ps.push(p);
            }
        }
        Ok(IdentityConfig::Dev {
            caller: Caller {
                login: login.to_string(),
                principals: ps,
            },
        })
    }

    /// True in dataproxy mode (401s become 403s).
    pub fn is_dataproxy(&self) -> bool {
        matches!(self, IdentityConfig::DataProxy { .. })
    }

    /// `grafana-session`, `grafana-dataproxy` or `dev`.
    pub fn name(&self) -> &'static str {
        match self {
            IdentityConfig::Session { .. } => "grafana-session",
            IdentityConfig::DataProxy { .. } => "grafana-dataproxy",
            IdentityConfig::Dev { .. } => "dev",
        }
    }
}

/// The validated configuration of a service.
#[derive(Debug)]
pub struct Config {
    /// Identity mode.
    pub identity: IdentityConfig,
    /// Normalised public origin of Grafana; `None`: any request carrying an
    /// `Origin` header is refused.
    pub grafana_origin: Option<String>,
    /// Accepted key epochs.
    pub epochs: Vec<u32>,
    /// Identity cache TTL (zero disables).
    pub cache_ttl: Duration,
    /// Identity cache size.
    pub cache_size: usize,
    /// Derived key cache size (also the most opened slots kept).
    pub key_cache_size: usize,
    /// Opened-slot cache TTL (zero disables).
    pub slot_cache_ttl: Duration,
    /// Per-user requests per second (0 disables).
    pub rate_limit: f64,
    /// Per-user burst.
    pub rate_burst: u32,
    /// Largest body.
    pub max_body: usize,
}

impl Config {
    /// Defaults for everything but the identity mode and origin.
    pub fn new(identity: IdentityConfig, grafana_origin: Option<&str>) -> anyhow::Result<Self> {
        let grafana_origin = grafana_origin
            .map(normalize_origin)
            .transpose()
            .map_err(anyhow::Error::msg)?;
        Ok(Config {
            identity,
            grafana_origin,
            epochs: vec![0],
            cache_ttl: Duration::from_secs(5),
            cache_size: 10_000,
            key_cache_size: 4096,
            slot_cache_ttl: Duration::from_secs(60),
            rate_limit: 20.0,
            rate_burst: 40,
            max_body: 64 * 1024,
        })
    }

    /// Validates flags and reads the secrets they point at from `env`
    /// (a lookup function, normally `std::env::var`).
    pub fn from_args(
        args: &ServeArgs,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Self> {
        let identity = match args.identity {
            IdentityMode::GrafanaSession => {
                if args.grafana_origin.is_none() {
                    bail!(
                        "grafana-session mode needs --grafana-origin (or PANELCRYPT_GRAFANA_ORIGIN): \
                         Grafana's public origin, e.g. https://grafana.example.com"
                    );
                }
                let mut id = IdentityConfig::session(&args.grafana_url, args.grafana_timeout)?;
                if let IdentityConfig::Session { cookie_name, .. } = &mut id {
                    if args.cookie_name.is_empty()
                        || !args
                            .cookie_name
                            .bytes()
                            .all(|b| b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?={}".contains(&b))
                    {
                        bail!("--cookie-name {:?} is not a cookie name", args.cookie_name);
                    }
                    cookie_name.clone_from(&args.cookie_name);
                }
                id
            }
            IdentityMode::GrafanaDataproxy => {
                let secret = Zeroizing::new(env(ENV_DATAPROXY_SECRET).unwrap_or_default());
                if secret.is_empty() {
                    bail!(
                        "grafana-dataproxy mode needs {ENV_DATAPROXY_SECRET}: the value of the \
                         data source's X-Panelcrypt-Proxy-Secret header"
                    );
                }
                let credentials = match (env(ENV_GRAFANA_TOKEN), env(ENV_GRAFANA_BASIC_AUTH)) {
                    (Some(t), None) if !t.is_empty() => ServiceCredentials::Token(t),
                    (None, Some(b)) if b.contains(':') => ServiceCredentials::Basic(b),
                    (Some(_), Some(_)) => {
                        bail!("set only one of {ENV_GRAFANA_TOKEN} and {ENV_GRAFANA_BASIC_AUTH}")
                    }
                    _ => bail!(
                        "grafana-dataproxy mode needs {ENV_GRAFANA_TOKEN} (a service account token \
                         with users:read) or {ENV_GRAFANA_BASIC_AUTH} (login:password of a Grafana \
                         server admin)"
                    ),
                };
                IdentityConfig::dataproxy(
                    &args.grafana_url,
                    args.grafana_timeout,
                    secret.as_bytes(),
                    credentials,
                )?
            }
            IdentityMode::Dev => {
                if !args.listen.ip().is_loopback() {
                    bail!(
                        "dev mode gives everyone the --dev-user's access: it only listens on a \
                         loopback address (e.g. 127.0.0.1), not {}",
                        args.listen
                    );
                }
                let login = args
                    .dev_user
                    .as_deref()
                    .context("dev mode needs --dev-user LOGIN")?;
                IdentityConfig::dev(login, &args.dev_principals)?
            }
        };
        if args.identity != IdentityMode::Dev
            && (args.dev_user.is_some() || !args.dev_principals.is_empty())
        {
            bail!("--dev-user and --dev-principal only apply to --identity dev");
        }
        if args.epochs.is_empty() {
            bail!("--epochs needs at least one epoch");
        }
        if !(args.rate_limit >= 0.0 && args.rate_limit.is_finite()) {
            bail!("--rate-limit must be a number >= 0");
        }
        if args.max_body < 1024 {
            bail!("--max-body must be at least 1024 bytes");
        }
        let mut c = Config::new(identity, args.grafana_origin.as_deref())?;
        c.epochs = args.epochs.clone();
        c.epochs.sort_unstable();
        c.epochs.dedup();
        c.epochs.reverse(); // newest first: recent bundles match sooner
        c.cache_ttl = args.cache_ttl;
        c.cache_size = args.cache_size;
        c.key_cache_size = args.key_cache_size;
        c.slot_cache_ttl = args.slot_cache_ttl;
        c.rate_limit = args.rate_limit;
        c.rate_burst = args.rate_burst;
        c.max_body = args.max_body;
        Ok(c)
    }
}

/// Reads the master secret: `--key-file` or PANELCRYPT_MASTER_KEY (exactly
/// one), unlocking a protected file with PANELCRYPT_KEY_PASSPHRASE.
pub fn load_master(
    key_file: Option<&std::path::Path>,
    env: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<MasterSecret> {
    let from_env = env(ENV_MASTER_KEY).map(Zeroizing::new);
    let text = match (key_file, from_env) {
        (Some(_), Some(_)) => {
            bail!("both --key-file and {ENV_MASTER_KEY} are set; use one")
        }
        (Some(path), None) => Zeroizing::new(
            std::fs::read_to_string(path)
                .with_context(|| format!("reading the key file {}", path.display()))?,
        ),
        (None, Some(t)) => t,
        (None, None) => bail!(
            "no master key: pass --key-file PATH (or PANELCRYPT_KEY_FILE), or put the key text in {ENV_MASTER_KEY}"
        ),
    };
    let kf = KeyFile::parse(&text).context("parsing the master key")?;
    if kf.is_encrypted() {
        let pass = env(ENV_KEY_PASSPHRASE)
            .map(Zeroizing::new)
            .with_context(|| {
                format!("the master key is passphrase-protected: set {ENV_KEY_PASSPHRASE}")
            })?;
        kf.unlock(Some(pass.as_bytes()))
            .map_err(|_| anyhow::anyhow!("wrong passphrase in {ENV_KEY_PASSPHRASE}"))
    } else {
        kf.unlock(None).context("reading the master key")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_origins() {
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("0"), Ok(Duration::ZERO));
        assert_eq!(parse_duration("1m"), Ok(Duration::from_secs(60)));
        assert!(parse_duration("2h").is_err());
        assert!(parse_duration("x").is_err());
        assert_eq!(
            normalize_origin("HTTPS://Grafana.Example.com:443/").as_deref(),
            Ok("https://grafana.example.com")
        );
        assert_eq!(
            normalize_origin("http://127.0.0.1:3000").as_deref(),
            Ok("http://127.0.0.1:3000")
        );
        assert!(normalize_origin("https://g.example.com/grafana").is_err());
        assert!(normalize_origin("grafana.example.com").is_err());
    }
}

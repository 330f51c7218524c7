//! A real nginx for tests: a throw-away prefix directory, loopback ports,
//! no root-owned paths, killed on drop.
//!
//! ```no_run
//! # use panelcrypt_e2e::Nginx;
//! # fn demo(grafana: std::net::SocketAddr) -> Result<(), panelcrypt_e2e::NginxError> {
//! let nginx = Nginx::start_locations(
//!     "location / { proxy_pass http://{{grafana}}; }",
//!     &[("grafana", grafana.to_string())],
//! )?;
//! println!("{}", nginx.url());
//! # Ok(()) }
//! ```

use std::fmt;
use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// Where Debian installs nginx. `PANELCRYPT_NGINX` overrides it.
pub const DEFAULT_NGINX: &str = "/usr/sbin/nginx";

/// Why nginx did not start.
#[derive(Debug)]
pub enum NginxError {
    /// The binary is missing. The message says how to install it.
    NotInstalled(PathBuf),
    /// A `{{placeholder}}` had no value.
    UnboundPlaceholder(String),
    /// nginx rejected the configuration or exited (with its error log).
    Failed {
        /// What happened.
        reason: String,
        /// The generated `nginx.conf`.
        config: String,
        /// `error.log`.
        error_log: String,
    },
    /// Filesystem or process error.
    Io(io::Error),
}

impl fmt::Display for NginxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NginxError::NotInstalled(path) => write!(
                f,
                "nginx not found at {}; install it with `apt-get install -y nginx` \
                 (or set PANELCRYPT_NGINX to its path)",
                path.display()
            ),
            NginxError::UnboundPlaceholder(name) => {
                write!(f, "nginx config placeholder {{{{{name}}}}} has no value")
            }
            NginxError::Failed {
                reason,
                config,
                error_log,
            } => write!(
                f,
                "nginx failed: {reason}\n--- error.log ---\n{error_log}\n--- nginx.conf ---\n{config}"
            ),
            NginxError::Io(e) => write!(f, "nginx harness I/O error: {e}"),
        }
    }
}

impl std::error::Error for NginxError {}

impl From<io::Error> for NginxError {
    fn from(e: io::Error) -> Self {
        NginxError::Io(e)
    }
}

/// A running nginx.
#[derive(Debug)]
pub struct Nginx {
    dir: TempDir,
    child: Child,
    ports: Vec<u16>,
    config: String,
}

/// A free port on 127.0.0.1 (bound, read, released).
pub fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind(("127.0.0.1", 0))?.local_addr()?.port())
}

const MIME_TYPES: &str = "types {
        text/html html htm;
        text/css css;
        text/plain txt;
        application/javascript js mjs;
        application/json json;
        application/wasm wasm;
        application/octet-stream bin;
        image/png png;
        image/jpeg jpg jpeg;
        image/gif gif;
        image/webp webp;
        image/avif avif;
        image/svg+xml svg;
    }";

/// Replace `{{name}}` with values; `{{portN}}` are pre-bound in `vars`.
fn substitute(template: &str, vars: &[(String, String)]) -> Result<String, NginxError> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return Ok(out);
        };
        let name = after[..end].trim();
        let value = vars
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| NginxError::UnboundPlaceholder(name.to_string()))?;
        out.push_str(value);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// How many `{{portN}}` placeholders the body uses (highest N + 1).
fn ports_needed(body: &str) -> usize {
    let mut needed = 0;
    let mut rest = body;
    while let Some(i) = rest.find("{{port") {
        let after = &rest[i + 6..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = digits.parse::<usize>()
            && after[digits.len()..].starts_with("}}")
        {
            needed = needed.max(n + 1);
        }
        rest = after;
    }
    needed
}

fn nginx_binary() -> PathBuf {
    std::env::var_os("PANELCRYPT_NGINX").map_or_else(|| PathBuf::from(DEFAULT_NGINX), PathBuf::from)
}

impl Nginx {
    /// Start nginx with `http_body` inside its `http {}` block: one or more
    /// `server {}` blocks. Placeholders: `{{port0}}`, `{{port1}}`, … get free
    /// loopback ports (write `listen 127.0.0.1:{{port0}};`); every other
    /// `{{name}}` is looked up in `vars` (e.g. `("grafana", "127.0.0.1:3000")`).
    /// `{{dir}}` is the scratch directory (for `root`/`alias`).
    pub fn start(http_body: &str, vars: &[(&str, String)]) -> Result<Nginx, NginxError> {
        Self::start_with(&nginx_binary(), http_body, vars)
    }

    /// [`Nginx::start`] with an explicit nginx binary.
    pub fn start_with(
        binary: &Path,
        http_body: &str,
        vars: &[(&str, String)],
    ) -> Result<Nginx, NginxError> {
        if !binary.is_file() {
            return Err(NginxError::NotInstalled(binary.to_path_buf()));
        }
        // A freshly released port can be grabbed by someone else before nginx
        // binds it; retry a few times on "Address already in use".
        let mut last = None;
        for _ in 0..3 {
            match Self::try_start(binary, http_body, vars) {
                Err(NginxError::Failed { error_log, .. })
                    if error_log.contains("Address already in use") =>
                {
                    last = Some(error_log);
                }
                other => return other,
            }
        }
        Err(NginxError::Failed {
            reason: "ports kept being taken".into(),
            config: String::new(),
            error_log: last.unwrap_or_default(),
        })
    }

    /// [`Nginx::start`] with location blocks only: they are wrapped in one
    /// `server { listen 127.0.0.1:{{port0}}; ... }`.
    pub fn start_locations(locations: &str, vars: &[(&str, String)]) -> Result<Nginx, NginxError> {
        let body = format!(
            "server {{\n        listen 127.0.0.1:{{{{port0}}}};\n        server_name localhost;\n        {locations}\n    }}"
        );
        Self::start(&body, vars)
    }

    fn try_start(
        binary: &Path,
        http_body: &str,
        vars: &[(&str, String)],
    ) -> Result<Nginx, NginxError> {
        let dir = tempfile::Builder::new()
            .prefix("panelcrypt-nginx-")
            .tempdir()?;
        let d = dir.path().display().to_string();
        let mut ports = Vec::new();
        for _ in 0..ports_needed(http_body).max(1) {
            ports.push(free_port()?);
        }
        let mut all: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect();
        for (i, p) in ports.iter().enumerate() {
            all.push((format!("port{i}"), p.to_string()));
        }
        all.push(("dir".to_string(), d.clone()));
        let body = substitute(http_body, &all)?;
        for sub in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi", "www"] {
            std::fs::create_dir_all(dir.path().join(sub))?;
        }
        let config = format!(
            "daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log info;
events {{
    worker_connections 256;
}}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/client_body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    {MIME_TYPES}
    default_type application/octet-stream;
    sendfile off;
    {body}
}}
"
        );
        let conf_path = dir.path().join("nginx.conf");
        std::fs::write(&conf_path, &config)?;
        let error_log = dir.path().join("error.log");
        let child = Command::new(binary)
            .arg("-p")
            .arg(dir.path())
            .arg("-c")
            .arg(&conf_path)
            .arg("-e")
            .arg(&error_log)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let mut nginx = Nginx {
            dir,
            child,
            ports,
            config,
        };
        nginx.wait_ready(Duration::from_secs(10))?;
        Ok(nginx)
    }

    fn failed(&self, reason: String) -> NginxError {
        NginxError::Failed {
            reason,
            config: self.config.clone(),
            error_log: self.error_log(),
        }
    }

    fn wait_ready(&mut self, within: Duration) -> Result<(), NginxError> {
        let deadline = Instant::now() + within;
        let mut pending: Vec<u16> = self.ports.clone();
        while !pending.is_empty() {
            if let Some(status) = self.child.try_wait()? {
                return Err(self.failed(format!("nginx exited with {status}")));
            }
            pending.retain(|p| {
                TcpStream::connect_timeout(
                    &SocketAddr::from(([127, 0, 0, 1], *p)),
                    Duration::from_millis(200),
                )
                .is_err()
            });
            if pending.is_empty() {
                break;
            }
            if Instant::now() > deadline {
                return Err(
                    self.failed(format!("ports {pending:?} not listening after {within:?}"))
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        Ok(())
    }

    /// The first port (`{{port0}}`).
    pub fn port(&self) -> u16 {
        self.ports[0]
    }

    /// All allocated ports, in placeholder order.
    pub fn ports(&self) -> &[u16] {
        &self.ports
    }

    /// `127.0.0.1:{{port0}}`.
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port()))
    }

    /// `http://127.0.0.1:{{port0}}`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr())
    }

    /// The scratch directory (`{{dir}}`); `{{dir}}/www` exists for static files.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The generated configuration.
    pub fn config(&self) -> &str {
        &self.config
    }

    /// Contents of `error.log` so far.
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default()
    }

    /// Contents of `access.log` so far.
    pub fn access_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("access.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutes_and_counts_ports() {
        let vars = vec![
            ("grafana".to_string(), "127.0.0.1:1".to_string()),
            ("port0".to_string(), "8080".to_string()),
        ];
        assert_eq!(
            substitute("listen {{port0}}; proxy_pass http://{{ grafana }};", &vars).ok(),
            Some("listen 8080; proxy_pass http://127.0.0.1:1;".to_string())
        );
        assert!(matches!(
            substitute("{{missing}}", &vars),
            Err(NginxError::UnboundPlaceholder(n)) if n == "missing"
        ));
        assert_eq!(ports_needed("{{port0}} {{port2}} {{portx}}"), 3);
        assert_eq!(ports_needed("none"), 0);
    }
}

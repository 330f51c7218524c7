//! `panelcrypt doctor`: checks from the command line what the browser will
//! need to show a bundle in a Grafana panel, and prints the exact fix for
//! each problem.

use std::fmt;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use panelcrypt_core::bundle::{self, HEADER_FILE, Header};
use reqwest::header::{
    ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_REQUEST_METHOD,
    CACHE_CONTROL, CONTENT_TYPE, HeaderMap, ORIGIN, VARY,
};
use reqwest::{Method, StatusCode};
use url::Url;

use crate::error::{Error, Result, redact_url};

/// Path of the key endpoint on Grafana's origin (behind the nginx location
/// `/panelcrypt/`, see `docs/nginx/panelcrypt-locations.conf`).
pub const UNLOCK_PATH: &str = "/panelcrypt/api/unlock";

/// The nginx location that puts the key service on Grafana's origin; a copy
/// of `docs/nginx/panelcrypt-locations.conf` (a test keeps them in step).
pub const NGINX_LOCATION: &str = r#"location /panelcrypt/ {
    proxy_pass http://panelcrypt_keyservice/;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Grafana-User "";
    proxy_set_header X-Panelcrypt-Proxy-Secret "";
    client_max_body_size 64k;
    proxy_connect_timeout 2s;
    proxy_read_timeout 10s;
}"#;

/// The result of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckStatus {
    /// Fine.
    Pass,
    /// Works, but worth fixing.
    Warn,
    /// The browser will fail: the doctor exits non-zero.
    Fail,
    /// Not run because an earlier check failed.
    Skip,
}

/// One check and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// Short name, e.g. `cors`.
    pub name: &'static str,
    /// Outcome.
    pub status: CheckStatus,
    /// What was seen.
    pub detail: String,
    /// What to do, when something is wrong: exact commands or config.
    pub fix: Option<String>,
}

/// Everything the doctor found.
#[derive(Debug, Clone)]
pub struct Report {
    /// The header URL checked.
    pub header_url: String,
    /// The Grafana origin (scheme://host[:port]).
    pub grafana_origin: String,
    /// The key endpoint checked.
    pub key_endpoint: String,
    /// The checks, in order.
    pub checks: Vec<Check>,
}

impl Report {
    /// Number of failed checks.
    pub fn failed(&self) -> usize {
        self.count(CheckStatus::Fail)
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.count(CheckStatus::Warn)
    }

    fn count(&self, s: CheckStatus) -> usize {
        self.checks.iter().filter(|c| c.status == s).count()
    }

    /// The check called `name`, if it ran.
    pub fn get(&self, name: &str) -> Option<&Check> {
        self.checks.iter().find(|c| c.name == name)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "panelcrypt doctor")?;
        writeln!(f, "  bundle header: {}", self.header_url)?;
        writeln!(f, "  grafana:       {}", self.grafana_origin)?;
        writeln!(f, "  key endpoint:  {}", self.key_endpoint)?;
        writeln!(f)?;
        for c in &self.checks {
            let tag = match c.status {
                CheckStatus::Pass => "[ ok ]",
                CheckStatus::Warn => "[warn]",
                CheckStatus::Fail => "[FAIL]",
                CheckStatus::Skip => "[skip]",
            };
            writeln!(f, "{tag} {}: {}", c.name, c.detail)?;
            if let Some(fix) = &c.fix {
                let mut lines = fix.lines();
                if let Some(first) = lines.next() {
                    writeln!(f, "       fix: {first}")?;
                }
                for l in lines {
                    writeln!(f, "            {l}")?;
                }
            }
        }
        writeln!(f)?;
        let (failed, warned) = (self.failed(), self.warnings());
        if failed == 0 {
            write!(
                f,
                "all checks passed{}",
                if warned > 0 {
                    format!(" ({warned} warning{})", if warned == 1 { "" } else { "s" })
                } else {
                    String::new()
                }
            )
        } else {
            write!(
                f,
                "{failed} check{} failed, {warned} warning{}",
                if failed == 1 { "" } else { "s" },
                if warned == 1 { "" } else { "s" }
            )
        }
    }
}

/// Arguments of `panelcrypt doctor`.
#[derive(clap::Args, Debug, Clone)]
pub struct DoctorArgs {
    /// Grafana's origin as the browser sees it, e.g. https://grafana.example.com.
    #[arg(long, value_name = "URL")]
    pub grafana_origin: String,
    /// The public URL of the bundle folder (where header.pcb and o/ are
    /// served), e.g. https://<account>.blob.core.windows.net/<container>/<prefix>/.
    #[arg(value_name = "BUNDLE_URL")]
    pub bundle_url: String,
    /// The key endpoint, when it is not <grafana-origin>/panelcrypt/api/unlock
    /// (e.g. a Grafana data source proxy URL).
    #[arg(long, value_name = "URL", conflicts_with = "skip_key_endpoint")]
    pub key_endpoint: Option<String>,
    /// Check only the host and CORS, not the key endpoint (for CI runners
    /// that cannot reach Grafana; the report marks the check skipped).
    #[arg(long)]
    pub skip_key_endpoint: bool,
    /// Seconds to wait for each HTTP request.
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
    pub timeout: u64,
}

impl From<&DoctorArgs> for DoctorOptions {
    fn from(a: &DoctorArgs) -> Self {
        DoctorOptions {
            grafana_origin: a.grafana_origin.clone(),
            bundle_url: a.bundle_url.clone(),
            key_endpoint: a.key_endpoint.clone(),
            skip_key_endpoint: a.skip_key_endpoint,
            timeout: Duration::from_secs(a.timeout.max(1)),
        }
    }
}

/// What to check.
#[derive(Debug, Clone)]
pub struct DoctorOptions {
    /// Grafana's origin (a URL; only scheme, host and port are used).
    pub grafana_origin: String,
    /// The public URL of the bundle folder, or of its `header.pcb`.
    pub bundle_url: String,
    /// The key endpoint; default `<grafana origin>/panelcrypt/api/unlock`.
    pub key_endpoint: Option<String>,
    /// Do not contact the key endpoint (the check is reported as skipped).
    pub skip_key_endpoint: bool,
    /// Timeout of each HTTP request.
    pub timeout: Duration,
}

/// `panelcrypt doctor`: runs [`doctor`], prints the report to stdout, and
/// returns [`Error::ChecksFailed`] when a check failed (exit non-zero).
pub async fn doctor_cmd(args: DoctorArgs) -> Result<Report> {
    let report = doctor(&DoctorOptions::from(&args)).await?;
    println!("{report}");
    match report.failed() {
        0 => Ok(report),
        failed => Err(Error::ChecksFailed { failed }),
    }
}

/// Where the bundle lives, for host-specific fixes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Host {
    Azure {
        account: String,
        container: String,
        prefix: String,
    },
    Azurite {
        endpoint: String,
        account: String,
        container: String,
        prefix: String,
    },
    S3 {
        bucket: String,
        prefix: String,
    },
    Gcs {
        bucket: String,
        prefix: String,
    },
    Other {
        path: String,
    },
}

fn host_of(u: &Url) -> Host {
    let host = u.host_str().unwrap_or_default().to_ascii_lowercase();
    let segs: Vec<String> = u
        .path_segments()
        .map(|s| s.filter(|x| !x.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();
    let rest = |n: usize| segs.iter().skip(n).cloned().collect::<Vec<_>>().join("/");
    let first = |n: usize| segs.get(n).cloned().unwrap_or_else(|| "<container>".into());
    if let Some(account) = host.strip_suffix(".blob.core.windows.net") {
        return Host::Azure {
            account: account.to_string(),
            container: first(0),
            prefix: rest(1),
        };
    }
    let loopback = matches!(host.as_str(), "127.0.0.1" | "localhost" | "[::1]");
    if (loopback && u.port() == Some(10000))
        || segs.first().is_some_and(|s| s == "devstoreaccount1")
    {
        let account = first(0);
        let endpoint = format!(
            "{}://{}{}/{account}",
            u.scheme(),
            host,
            u.port().map(|p| format!(":{p}")).unwrap_or_default()
        );
        return Host::Azurite {
            endpoint,
            account,
            container: first(1),
            prefix: rest(2),
        };
    }
    if host.ends_with(".amazonaws.com") {
        if host.starts_with("s3.") || host.starts_with("s3-") {
            return Host::S3 {
                bucket: first(0),
                prefix: rest(1),
            };
        }
        if let Some(i) = host.find(".s3") {
            return Host::S3 {
                bucket: host[..i].to_string(),
                prefix: rest(0),
            };
        }
    }
    if host == "storage.googleapis.com" {
        return Host::Gcs {
            bucket: first(0),
            prefix: rest(1),
        };
    }
    if let Some(bucket) = host.strip_suffix(".storage.googleapis.com") {
        return Host::Gcs {
            bucket: bucket.to_string(),
            prefix: rest(0),
        };
    }
    Host::Other { path: rest(0) }
}

fn with_slash(p: &str) -> String {
    if p.is_empty() {
        String::new()
    } else {
        format!("{p}/")
    }
}

fn cors_fix(host: &Host, origin: &str) -> String {
    match host {
        Host::Azure { account, .. } => format!(
            "az storage cors add --services b --methods GET HEAD OPTIONS --origins {origin} \
             --allowed-headers '*' --account-name {account}\n\
             (or in the portal: storage account {account} > Resource sharing (CORS) > Blob service)"
        ),
        Host::Azurite {
            endpoint, account, ..
        } => format!(
            "az storage cors add --services b --methods GET HEAD OPTIONS --origins {origin} \
             --allowed-headers '*' --connection-string \
             'DefaultEndpointsProtocol=http;AccountName={account};AccountKey=<account key>;BlobEndpoint={endpoint};'"
        ),
        Host::S3 { bucket, .. } => format!(
            "aws s3api put-bucket-cors --bucket {bucket} --cors-configuration \
             '{{\"CORSRules\":[{{\"AllowedOrigins\":[\"{origin}\"],\"AllowedMethods\":[\"GET\",\"HEAD\"],\
             \"AllowedHeaders\":[\"*\"],\"MaxAgeSeconds\":3600}}]}}'"
        ),
        Host::Gcs { bucket, .. } => format!(
            "printf '%s' '[{{\"origin\":[\"{origin}\"],\"method\":[\"GET\",\"HEAD\"],\
             \"responseHeader\":[\"Content-Type\",\"Content-Length\"],\"maxAgeSeconds\":3600}}]' > cors.json && \
             gcloud storage buckets update gs://{bucket} --cors-file=cors.json"
        ),
        Host::Other { path } => format!(
            "make the host send CORS headers for {origin}; with nginx, in the server that serves the bundle:\n\
             location /{} {{\n    \
             add_header Access-Control-Allow-Origin \"{origin}\" always;\n    \
             add_header Access-Control-Allow-Methods \"GET, HEAD, OPTIONS\" always;\n    \
             add_header Access-Control-Allow-Headers \"*\" always;\n    \
             add_header Vary Origin always;\n    \
             if ($request_method = OPTIONS) {{ return 204; }}\n\
             }}\n\
             (a CDN in front must forward the Origin header and keep these response headers)",
            with_slash(path)
        ),
    }
}

fn public_fix(host: &Host) -> String {
    match host {
        Host::Azure {
            account,
            container,
            prefix,
        } => format!(
            "if the bundle is not published yet: panelcrypt publish <bundle-dir> az://{container}/{prefix}\n\
             otherwise let browsers read blobs anonymously (the ciphertext is safe to expose):\n\
             az storage container set-permission --name {container} --public-access blob --account-name {account}\n\
             (if that is refused: az storage account update --name {account} --allow-blob-public-access true)"
        ),
        Host::Azurite {
            container, prefix, ..
        } => format!(
            "if the bundle is not published yet: panelcrypt publish <bundle-dir> az://{container}/{prefix}\n\
             otherwise create the container with public read access for blobs: \
             az storage container create --name {container} --public-access blob --connection-string '<Azurite connection string>'"
        ),
        Host::S3 { bucket, prefix } => format!(
            "if the bundle is not published yet: panelcrypt publish <bundle-dir> s3://{bucket}/{prefix}\n\
             otherwise allow anonymous reads of the bundle (the ciphertext is safe to expose):\n\
             aws s3api put-public-access-block --bucket {bucket} --public-access-block-configuration \
             BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=false,RestrictPublicBuckets=false\n\
             aws s3api put-bucket-policy --bucket {bucket} --policy \
             '{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Principal\":\"*\",\
             \"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::{bucket}/{}*\"}}]}}'",
            with_slash(prefix)
        ),
        Host::Gcs { bucket, prefix } => format!(
            "if the bundle is not published yet: panelcrypt publish <bundle-dir> gs://{bucket}/{prefix}\n\
             otherwise allow anonymous reads: gcloud storage buckets add-iam-policy-binding gs://{bucket} \
             --member=allUsers --role=roles/storage.objectViewer"
        ),
        Host::Other { .. } => {
            "check the URL (the folder that holds header.pcb and o/), and publish the \
             bundle there: panelcrypt publish <bundle-dir> file:///<web server root>/<prefix>"
                .to_string()
        }
    }
}

fn cache_fix(host: &Host) -> String {
    match host {
        Host::Azure {
            account,
            container,
            prefix,
        } => format!(
            "publish with `panelcrypt publish` (it sets Cache-Control: no-cache on the header), or: \
             az storage blob update --account-name {account} --container-name {container} \
             --name {}{HEADER_FILE} --content-cache-control no-cache",
            with_slash(prefix)
        ),
        Host::S3 { bucket, prefix } => format!(
            "publish with `panelcrypt publish` (it sets Cache-Control: no-cache on the header), or: \
             aws s3 cp s3://{bucket}/{p}{HEADER_FILE} s3://{bucket}/{p}{HEADER_FILE} \
             --metadata-directive REPLACE --cache-control no-cache --content-type application/octet-stream",
            p = with_slash(prefix)
        ),
        _ => "serve header.pcb with `Cache-Control: no-cache` (publish with `panelcrypt publish`, \
              or configure the web server/CDN)"
            .to_string(),
    }
}

fn nginx_fix(origin: &str) -> String {
    format!(
        "add the key service's location to the nginx server block that serves {origin}, \
         next to Grafana's `location /`, then `nginx -t && nginx -s reload` \
         (the upstream block is in docs/nginx/panelcrypt-upstream.conf; see docs/DEPLOY.md):\n{NGINX_LOCATION}"
    )
}

fn is_loopback(u: &Url) -> bool {
    match u.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(a)) => a.is_loopback(),
        Some(url::Host::Ipv6(a)) => a.is_loopback(),
        None => false,
    }
}

fn parse_http_url(raw: &str, what: &str, example: &str) -> Result<Url> {
    let u = Url::parse(raw).map_err(|e| Error::BadUrl {
        url: redact_url(raw),
        why: format!("{what} is not a URL ({e}); e.g. {example}"),
    })?;
    match u.scheme() {
        "http" | "https" if u.host_str().is_some() => Ok(u),
        "az" | "azure" | "s3" | "gs" | "file" => Err(Error::BadUrl {
            url: redact_url(raw),
            why: format!(
                "the doctor checks what the browser fetches, so {what} must be the public http(s) URL, \
                 e.g. {example}"
            ),
        }),
        _ => Err(Error::BadUrl {
            url: redact_url(raw),
            why: format!("{what} must be an http:// or https:// URL, e.g. {example}"),
        }),
    }
}

/// The URL of `header.pcb` for a bundle URL (the folder, with or without a
/// trailing slash, or the header itself).
fn header_url(bundle: &Url) -> Url {
    let mut u = bundle.clone();
    u.set_query(None);
    u.set_fragment(None);
    let path = u.path().to_string();
    if path.ends_with(&format!("/{HEADER_FILE}")) {
        return u;
    }
    let base = if path.ends_with('/') {
        path
    } else {
        format!("{path}/")
    };
    u.set_path(&format!("{base}{HEADER_FILE}"));
    u
}

fn origin_allowed(h: &HeaderMap, origin: &str) -> Option<std::result::Result<String, String>> {
    let v = h.get(ACCESS_CONTROL_ALLOW_ORIGIN)?;
    let v = v.to_str().unwrap_or("<not text>").trim().to_string();
    Some(if v == "*" || v == origin {
        Ok(v)
    } else {
        Err(v)
    })
}

const BODY_LIMIT: usize = 1 << 20;

async fn body_limited(resp: reqwest::Response) -> std::result::Result<Vec<u8>, String> {
    let mut resp = resp;
    let mut out = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(c)) => {
                out.extend_from_slice(&c);
                if out.len() > BODY_LIMIT {
                    return Err(format!("the response is larger than {BODY_LIMIT} bytes"));
                }
            }
            Ok(None) => return Ok(out),
            Err(e) => return Err(e.to_string()),
        }
    }
}

fn describe_reqwest(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(c) = src {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        src = c.source();
    }
    if e.is_timeout() {
        s.push_str(" (timed out)");
    }
    s
}

/// Mixed content (an https page cannot fetch http) and secure context
/// (WebCrypto needs one).
fn mixed_content(grafana: &Url, bundle: &Url, host: &Host) -> Check {
    let https_fix = match host {
        Host::Azure {
            account,
            container,
            prefix,
        } => format!(
            "use the https URL: https://{account}.blob.core.windows.net/{container}/{}",
            with_slash(prefix)
        ),
        Host::S3 { bucket, prefix } => format!(
            "use the https URL: https://{bucket}.s3.amazonaws.com/{}",
            with_slash(prefix)
        ),
        Host::Gcs { bucket, prefix } => format!(
            "use the https URL: https://storage.googleapis.com/{bucket}/{}",
            with_slash(prefix)
        ),
        _ => {
            "serve the bundle over https (TLS on the host or a CDN in front) and use the https URL \
              in the panel"
                .to_string()
        }
    };
    let (status, detail, fix) = match (grafana.scheme(), bundle.scheme()) {
        ("https", "http") if is_loopback(bundle) => (
            CheckStatus::Warn,
            "Grafana is https and the bundle host is http on loopback: browsers allow that for \
             loopback only; real viewers' browsers will block it"
                .to_string(),
            Some(https_fix),
        ),
        ("https", "http") => (
            CheckStatus::Fail,
            format!(
                "Grafana is https but the bundle host is http: browsers block these fetches \
                 as mixed content ({})",
                redact_url(bundle.as_str())
            ),
            Some(https_fix),
        ),
        ("http", _) if !is_loopback(grafana) => (
            CheckStatus::Warn,
            "Grafana is served over plain http: the page is not a secure context, so browsers \
             offer no WebCrypto (decoding falls back to slower pure-Rust wasm) and the session \
             cookie travels in clear"
                .to_string(),
            Some("serve Grafana over https (TLS in the nginx in front of it)".to_string()),
        ),
        (g, b) => (
            CheckStatus::Pass,
            format!("Grafana is {g}, the bundle host is {b}"),
            None,
        ),
    };
    Check {
        name: "mixed-content",
        status,
        detail,
        fix,
    }
}

fn check(
    name: &'static str,
    status: CheckStatus,
    detail: impl Into<String>,
    fix: Option<String>,
) -> Check {
    Check {
        name,
        status,
        detail: detail.into(),
        fix,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn with_message(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

/// The status and headers of the header GET, when the host answered.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
}

/// What the header check learnt.
struct HeaderOutcome {
    check: Check,
    answer: Option<Answer>,
    /// The JSON body the decoder would POST to the key endpoint.
    unlock_body: Option<String>,
}

/// `GET header.pcb` with `Origin`, the way the panel fetches it.
async fn check_header(
    client: &reqwest::Client,
    header_u: &Url,
    origin: &str,
    host: &Host,
) -> HeaderOutcome {
    let resp = match client
        .get(header_u.clone())
        .header(ORIGIN, origin)
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) => {
            return HeaderOutcome {
                check: check(
                    "header",
                    CheckStatus::Fail,
                    format!(
                        "cannot fetch {}: {}",
                        redact_url(header_u.as_str()),
                        describe_reqwest(&e)
                    ),
                    Some(
                        "check the bundle URL (the public URL of the folder holding header.pcb and \
                         o/) and that this machine can reach the host"
                            .into(),
                    ),
                ),
                answer: None,
                unlock_body: None,
            };
        }
    };
    let status = resp.status();
    let headers = resp.headers().clone();
    let ctype = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = body_limited(resp).await;
    let mut unlock_body = None;
    let c = match (status.is_success(), body) {
        (true, Ok(b)) => match Header::parse(&b) {
            Ok(h) => {
                if let Ok((id, _, end)) = bundle::parse_slot_section(&b) {
                    unlock_body = Some(
                        serde_json::json!({
                            "slots": BASE64.encode(&b[..end]),
                            "bundle_id": hex::encode(id),
                        })
                        .to_string(),
                    );
                }
                check(
                    "header",
                    CheckStatus::Pass,
                    format!(
                        "{HEADER_FILE} answers {} with a valid panelcrypt header ({} bytes, {} key slot{})",
                        status.as_u16(),
                        b.len(),
                        h.slots.len(),
                        plural(h.slots.len())
                    ),
                    None,
                )
            }
            Err(e) => check(
                "header",
                CheckStatus::Fail,
                format!(
                    "{HEADER_FILE} answers {} but is not a panelcrypt header ({e}){}",
                    status.as_u16(),
                    if ctype.contains("html") {
                        "; the host sent an HTML page (a login page or a single-page-app fallback?)"
                    } else {
                        ""
                    }
                ),
                Some(
                    "point the URL at the bundle folder that `panelcrypt publish` wrote (it holds \
                     header.pcb and o/), and publish the bundle again"
                        .into(),
                ),
            ),
        },
        (true, Err(e)) => check(
            "header",
            CheckStatus::Fail,
            format!(
                "{HEADER_FILE} answers {} but reading it failed: {e}",
                status.as_u16()
            ),
            Some("check the host".into()),
        ),
        (false, _) => check(
            "header",
            CheckStatus::Fail,
            format!(
                "{} answers {status}{}",
                redact_url(header_u.as_str()),
                match status {
                    StatusCode::NOT_FOUND => {
                        ": the bundle is not there, or the host hides it from anonymous readers"
                    }
                    StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED | StatusCode::CONFLICT => {
                        ": the host does not allow anonymous reads"
                    }
                    _ => "",
                }
            ),
            Some(public_fix(host)),
        ),
    };
    HeaderOutcome {
        check: c,
        answer: Some(Answer { status, headers }),
        unlock_body,
    }
}

/// The header must not be cached for long: it is what a re-publish replaces.
fn check_header_cache(answer: Option<&Answer>, host: &Host) -> Check {
    let Some(a) = answer.filter(|a| a.status.is_success()) else {
        return check(
            "header-cache",
            CheckStatus::Skip,
            "the header could not be fetched",
            None,
        );
    };
    let cc = a
        .headers
        .get(CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let max_age = cc
        .split(',')
        .filter_map(|d| d.trim().strip_prefix("max-age="))
        .find_map(|v| v.trim().parse::<u64>().ok());
    if cc.contains("immutable") || max_age.is_some_and(|m| m > 600) {
        check(
            "header-cache",
            CheckStatus::Warn,
            format!(
                "{HEADER_FILE} is served with Cache-Control: {cc}; after a re-publish, browsers \
                 and CDNs keep the old header (whose objects may be pruned)"
            ),
            Some(cache_fix(host)),
        )
    } else if cc.is_empty() {
        check(
            "header-cache",
            CheckStatus::Pass,
            "no Cache-Control on the header (caches may keep it a short while)",
            None,
        )
    } else {
        check(
            "header-cache",
            CheckStatus::Pass,
            format!("Cache-Control: {cc}"),
            None,
        )
    }
}

/// CORS on the GET the panel makes.
fn check_cors(answer: Option<&Answer>, origin: &str, host: &Host) -> Check {
    let Some(a) = answer else {
        return check("cors", CheckStatus::Skip, "the host did not answer", None);
    };
    match origin_allowed(&a.headers, origin) {
        Some(Ok(v)) => {
            let varies = a
                .headers
                .get_all(VARY)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .any(|v| v.to_ascii_lowercase().contains("origin"));
            if v != "*" && !varies {
                check(
                    "cors",
                    CheckStatus::Warn,
                    format!(
                        "Access-Control-Allow-Origin: {v}, but without `Vary: Origin` a shared cache \
                         may serve this answer to another origin"
                    ),
                    Some("add `Vary: Origin` to the host's responses".into()),
                )
            } else {
                check(
                    "cors",
                    CheckStatus::Pass,
                    format!("Access-Control-Allow-Origin: {v} allows {origin}"),
                    None,
                )
            }
        }
        Some(Err(v)) => check(
            "cors",
            CheckStatus::Fail,
            format!(
                "the host allows the origin {v}, not {origin}: the browser will refuse to hand \
                 the header to the panel"
            ),
            Some(cors_fix(host, origin)),
        ),
        None => check(
            "cors",
            CheckStatus::Fail,
            format!(
                "the host sends no Access-Control-Allow-Origin for Origin: {origin}: the browser \
                 will refuse to hand the header to the panel"
            ),
            Some(cors_fix(host, origin)),
        ),
    }
}

/// The CORS preflight a browser sends before any non-simple request.
async fn check_preflight(
    client: &reqwest::Client,
    header_u: &Url,
    origin: &str,
    host: &Host,
) -> Check {
    let r = match client
        .request(Method::OPTIONS, header_u.clone())
        .header(ORIGIN, origin)
        .header(ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) => {
            return check(
                "cors-preflight",
                CheckStatus::Fail,
                format!(
                    "the preflight OPTIONS request failed: {}",
                    describe_reqwest(&e)
                ),
                Some(cors_fix(host, origin)),
            );
        }
    };
    let s = r.status();
    let h = r.headers();
    let methods_ok = h
        .get(ACCESS_CONTROL_ALLOW_METHODS)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|m| {
            m.trim() == "*" || m.split(',').any(|x| x.trim().eq_ignore_ascii_case("GET"))
        });
    let why = match origin_allowed(h, origin) {
        Some(Ok(v)) if s.is_success() && methods_ok => {
            return check(
                "cors-preflight",
                CheckStatus::Pass,
                format!("OPTIONS answers {} allowing {v}", s.as_u16()),
                None,
            );
        }
        None => " without Access-Control-Allow-Origin".to_string(),
        Some(Err(v)) => format!(" allowing only {v}"),
        Some(Ok(_)) if !methods_ok => " without GET in Access-Control-Allow-Methods".to_string(),
        Some(Ok(_)) => String::new(),
    };
    check(
        "cors-preflight",
        CheckStatus::Fail,
        format!("the preflight OPTIONS (Origin: {origin}, method GET) answers {s}{why}"),
        Some(cors_fix(host, origin)),
    )
}

/// The key endpoint on Grafana's origin, asked without a session: it must
/// answer `401 {"error":"not_signed_in"}` (docs/PROTOCOL.md).
async fn check_key_endpoint(
    client: &reqwest::Client,
    key_u: &Url,
    origin: &str,
    unlock_body: Option<String>,
) -> Check {
    let (body, had_slots) = match unlock_body {
        Some(b) => (b, true),
        None => (r#"{"slots":"","bundle_id":""}"#.to_string(), false),
    };
    let dsproxy = key_u.path().contains("/api/datasources/proxy/");
    let endpoint = redact_url(key_u.as_str());
    let r = match client
        .post(key_u.clone())
        .header(ORIGIN, origin)
        .header("Sec-Fetch-Site", "same-origin")
        .header(CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) => {
            return check(
                "key-endpoint",
                CheckStatus::Fail,
                format!("cannot reach {endpoint}: {}", describe_reqwest(&e)),
                Some(format!(
                    "check --grafana-origin ({origin}) and that this machine reaches Grafana's nginx"
                )),
            );
        }
    };
    let s = r.status();
    let ctype = r
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let body = body_limited(r).await.unwrap_or_default();
    let json: Option<serde_json::Value> = if ctype.contains("json") {
        serde_json::from_slice(&body).ok()
    } else {
        None
    };
    let field = |name: &str| {
        json.as_ref()
            .and_then(|j| j.get(name))
            .and_then(|e| e.as_str())
            .map(str::to_string)
    };
    let code = field("error");
    let message = field("message").unwrap_or_default();
    match (s.as_u16(), code.as_deref()) {
        (401, Some("not_signed_in")) => check(
            "key-endpoint",
            CheckStatus::Pass,
            format!(
                "{endpoint} answers 401 not_signed_in to a request without a session, as documented"
            ),
            None,
        ),
        (401, Some(code)) => check(
            "key-endpoint",
            CheckStatus::Warn,
            format!(
                "{endpoint} answers 401 {code} to a request without a session (expected \
                 not_signed_in){}",
                with_message(&message)
            ),
            None,
        ),
        (200..=299, _) => check(
            "key-endpoint",
            CheckStatus::Fail,
            format!(
                "{endpoint} answers {s} to a request WITHOUT a Grafana session: anyone can get \
                 bundle keys"
            ),
            Some(
                "run the key service in the grafana-session (or grafana-dataproxy) identity mode; \
                 the dev mode must never be reachable from other machines"
                    .into(),
            ),
        ),
        (403, Some("not_signed_in")) => check(
            "key-endpoint",
            CheckStatus::Pass,
            format!(
                "{endpoint} answers 403 not_signed_in to a request that did not come through \
                 Grafana, as documented for the grafana-dataproxy mode"
            ),
            None,
        ),
        (403, Some("cross_site")) => check(
            "key-endpoint",
            CheckStatus::Fail,
            format!(
                "the key service refused a request from Origin {origin} as cross-site{}: browsers \
                 on Grafana's pages will be refused too",
                with_message(&message)
            ),
            Some(format!(
                "start the key service with Grafana's origin exactly as browsers see it: \
                 panelcrypt serve --grafana-origin {origin} (or PANELCRYPT_GRAFANA_ORIGIN={origin})"
            )),
        ),
        (403, Some(code)) => check(
            "key-endpoint",
            CheckStatus::Fail,
            format!(
                "the key service answers 403 {code} to a request without a session (expected 401 \
                 not_signed_in){}",
                with_message(&message)
            ),
            Some(
                "check the key service's identity mode and its log (the audit line says why)"
                    .into(),
            ),
        ),
        (429, Some(code)) => check(
            "key-endpoint",
            CheckStatus::Warn,
            format!(
                "the key service answers 429 {code}: it is reachable but rate-limits this machine"
            ),
            None,
        ),
        (404, Some("not_found")) => check(
            "key-endpoint",
            CheckStatus::Fail,
            format!(
                "{endpoint} reaches the key service, which has no such route: nginx forwards the \
                 wrong path (proxy_pass must end with `/` so that /panelcrypt/api/unlock arrives \
                 as /api/unlock)"
            ),
            Some(nginx_fix(origin)),
        ),
        (502..=504, Some(code)) => check(
            "key-endpoint",
            CheckStatus::Fail,
            format!(
                "the key service answers {s} {code}{}: it cannot ask Grafana who the user is",
                with_message(&message)
            ),
            Some("check the key service's Grafana URL and that Grafana is up".into()),
        ),
        (502 | 504, None) => check(
            "key-endpoint",
            CheckStatus::Fail,
            format!(
                "{endpoint} answers {s} from nginx: the location exists but the key service does \
                 not answer"
            ),
            Some(
                "start the key service (`panelcrypt serve`), and check that the upstream in \
                 docs/nginx/panelcrypt-upstream.conf points at its --listen address"
                    .into(),
            ),
        ),
        (401, None) if dsproxy => check(
            "key-endpoint",
            CheckStatus::Warn,
            format!(
                "{endpoint} answers 401 from Grafana itself: the data source proxy needs a session, \
                 so the doctor cannot reach the key service behind it"
            ),
            None,
        ),
        (400 | 413 | 415 | 422, Some(code)) => check(
            "key-endpoint",
            if had_slots {
                CheckStatus::Warn
            } else {
                CheckStatus::Pass
            },
            format!(
                "the key service answers {s} {code} to the doctor's request{}{}",
                with_message(&message),
                if had_slots {
                    "; it may be a different version than this panelcrypt"
                } else {
                    " (expected: the doctor had no header to send); it is reachable"
                }
            ),
            None,
        ),
        (_, code) => check(
            "key-endpoint",
            CheckStatus::Fail,
            format!(
                "{endpoint} answers {s}{}{}: not the panelcrypt key service{}",
                if ctype.is_empty() {
                    String::new()
                } else {
                    format!(" ({ctype})")
                },
                code.map(|c| format!(" {c}")).unwrap_or_default(),
                if s == StatusCode::NOT_FOUND || ctype.contains("html") {
                    "; the nginx location for /panelcrypt/ is missing, so Grafana answered"
                } else {
                    ""
                }
            ),
            Some(if dsproxy {
                "check the data source (its URL must point at the key service) and the data \
                 source proxy URL passed to --key-endpoint"
                    .to_string()
            } else {
                nginx_fix(origin)
            }),
        ),
    }
}

/// Runs every check. Returns `Err` only for unusable input (URLs) or when
/// the HTTP client cannot be set up; failed checks are in the [`Report`].
pub async fn doctor(opts: &DoctorOptions) -> Result<Report> {
    let grafana = parse_http_url(
        &opts.grafana_origin,
        "--grafana-origin",
        "https://grafana.example.com",
    )?;
    let origin = grafana.origin().ascii_serialization();
    let bundle = parse_http_url(
        &opts.bundle_url,
        "the bundle URL",
        "https://<account>.blob.core.windows.net/<container>/<prefix>/",
    )?;
    let header_u = header_url(&bundle);
    let key_u = match &opts.key_endpoint {
        Some(k) => parse_http_url(
            k,
            "--key-endpoint",
            "https://grafana.example.com/panelcrypt/api/unlock",
        )?,
        None => Url::parse(&format!("{origin}{UNLOCK_PATH}")).map_err(|e| Error::BadUrl {
            url: origin.clone(),
            why: e.to_string(),
        })?,
    };
    let host = host_of(&header_u);
    crate::ensure_tls_provider();
    let client = reqwest::Client::builder()
        .timeout(opts.timeout)
        .connect_timeout(opts.timeout)
        .redirect(reqwest::redirect::Policy::limited(5))
        .user_agent(concat!("panelcrypt-doctor/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| Error::Http(describe_reqwest(&e)))?;

    let mut checks = vec![mixed_content(&grafana, &bundle, &host)];
    let h = check_header(&client, &header_u, &origin, &host).await;
    checks.push(h.check);
    checks.push(check_header_cache(h.answer.as_ref(), &host));
    checks.push(check_cors(h.answer.as_ref(), &origin, &host));
    checks.push(if h.answer.is_some() {
        check_preflight(&client, &header_u, &origin, &host).await
    } else {
        check(
            "cors-preflight",
            CheckStatus::Skip,
            "the host did not answer",
            None,
        )
    });
    checks.push(if opts.skip_key_endpoint {
        check(
            "key-endpoint",
            CheckStatus::Skip,
            "not checked (--skip-key-endpoint); run doctor once from where browsers reach Grafana",
            None,
        )
    } else {
        check_key_endpoint(&client, &key_u, &origin, h.unlock_body).await
    });

    Ok(Report {
        header_url: redact_url(header_u.as_str()),
        grafana_origin: origin,
        key_endpoint: redact_url(key_u.as_str()),
        checks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_urls() {
        for (b, want) in [
            (
                "https://a.blob.core.windows.net/c/p",
                "https://a.blob.core.windows.net/c/p/header.pcb",
            ),
            (
                "https://a.blob.core.windows.net/c/p/",
                "https://a.blob.core.windows.net/c/p/header.pcb",
            ),
            ("https://h/p/header.pcb", "https://h/p/header.pcb"),
            ("https://h", "https://h/header.pcb"),
        ] {
            assert_eq!(header_url(&Url::parse(b).unwrap()).as_str(), want);
        }
    }

    #[test]
    fn hosts_are_recognised() {
        let h = |s: &str| host_of(&Url::parse(s).unwrap());
        assert_eq!(
            h("https://acct.blob.core.windows.net/bundles/plant/header.pcb"),
            Host::Azure {
                account: "acct".into(),
                container: "bundles".into(),
                prefix: "plant/header.pcb".into()
            }
        );
        assert!(matches!(
            h("http://127.0.0.1:10000/devstoreaccount1/c/p"),
            Host::Azurite { ref container, .. } if container == "c"
        ));
        assert!(matches!(
            h("https://my-bucket.s3.eu-west-1.amazonaws.com/p"),
            Host::S3 { ref bucket, .. } if bucket == "my-bucket"
        ));
        assert!(matches!(
            h("https://s3.eu-west-1.amazonaws.com/my-bucket/p"),
            Host::S3 { ref bucket, .. } if bucket == "my-bucket"
        ));
        assert!(matches!(
            h("https://storage.googleapis.com/b/p"),
            Host::Gcs { ref bucket, .. } if bucket == "b"
        ));
        assert!(matches!(h("https://cdn.example.com/x"), Host::Other { .. }));
    }

    #[test]
    fn fixes_name_the_exact_command() {
        let azure = Host::Azure {
            account: "acct".into(),
            container: "c".into(),
            prefix: "p".into(),
        };
        assert_eq!(
            cors_fix(&azure, "https://grafana.example.com")
                .lines()
                .next()
                .unwrap(),
            "az storage cors add --services b --methods GET HEAD OPTIONS --origins \
             https://grafana.example.com --allowed-headers '*' --account-name acct"
        );
        let s3 = cors_fix(
            &Host::S3 {
                bucket: "b".into(),
                prefix: "p".into(),
            },
            "https://g",
        );
        let json = s3.split('\'').nth(1).unwrap();
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v["CORSRules"][0]["AllowedOrigins"][0], "https://g");
        assert!(s3.starts_with("aws s3api put-bucket-cors --bucket b "));
    }

    #[test]
    fn nginx_location_matches_the_shipped_config() {
        // The fix the doctor prints must be the block docs/nginx ships.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../docs/nginx/panelcrypt-locations.conf"
        );
        let shipped = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{path}: {e} (update NGINX_LOCATION and this test)"));
        fn meaningful(s: &str) -> Vec<&str> {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        }
        let shipped = meaningful(&shipped);
        for line in meaningful(NGINX_LOCATION) {
            assert!(
                shipped.contains(&line),
                "`{line}` is not in docs/nginx/panelcrypt-locations.conf"
            );
        }
    }

    #[test]
    fn mixed_content_is_caught() {
        let u = |s: &str| Url::parse(s).unwrap();
        let check = |g: &str, b: &str| {
            let b = u(b);
            mixed_content(&u(g), &b, &host_of(&b))
        };
        let c = check(
            "https://grafana.example.com",
            "http://acct.blob.core.windows.net/c/p/",
        );
        assert_eq!(c.status, CheckStatus::Fail);
        assert_eq!(
            c.fix.as_deref(),
            Some("use the https URL: https://acct.blob.core.windows.net/c/p/")
        );
        assert_eq!(
            check("https://grafana.example.com", "http://cdn.example.com/b/").status,
            CheckStatus::Fail
        );
        assert_eq!(
            check(
                "https://grafana.example.com",
                "http://127.0.0.1:10000/devstoreaccount1/c/p"
            )
            .status,
            CheckStatus::Warn
        );
        assert_eq!(
            check("https://grafana.example.com", "https://cdn.example.com/b/").status,
            CheckStatus::Pass
        );
        assert_eq!(
            check("http://grafana.test", "http://cdn.example.com/b/").status,
            CheckStatus::Warn
        );
        assert_eq!(
            check("http://127.0.0.1:3000", "http://127.0.0.1:10000/x").status,
            CheckStatus::Pass
        );
    }

    #[test]
    fn urls_for_the_doctor_must_be_public_http() {
        let e = parse_http_url("az://c/p", "the bundle URL", "https://x").unwrap_err();
        assert!(e.to_string().contains("public http(s) URL"), "{e}");
    }
}

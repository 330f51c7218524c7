//! Asking Grafana who the caller is, and turning the answer into principals.
//!
//! * Session mode: the caller's session cookie (and nothing else) is sent to
//!   `/api/user`, `/api/user/teams` and `/api/user/orgs`, in parallel.
//! * Dataproxy mode: the login Grafana's data source proxy put in
//!   `X-Grafana-User` is looked up with the service's own credentials:
//!   `/api/users/lookup`, then `/api/users/{id}/teams` and `/api/users/{id}/orgs`.
//!
//! Any doubt (timeout, refused connection, unexpected status, unparsable
//! body) is [`Code::IdentityUnavailable`]: fail closed.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::header::{ACCEPT, AUTHORIZATION, COOKIE, USER_AGENT};
use axum::http::{HeaderValue, Request, StatusCode, Uri};
use http_body_util::{BodyExt, Empty, Limited};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use panelcrypt_core::{Principal, Role};
use serde::Deserialize;

use crate::error::{ApiError, Code};
use crate::metrics::{GrafanaCall, Metrics};

/// Largest Grafana answer read.
const MAX_ANSWER: usize = 1024 * 1024;

/// Who is calling, as far as access decisions go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// Grafana login (as Grafana spells it).
    pub login: String,
    /// Principals in the order they are tried: the user, teams, roles.
    pub principals: Vec<Principal>,
}

#[derive(Deserialize)]
struct GUser {
    id: i64,
    #[serde(default)]
    login: String,
    #[serde(rename = "orgId", default)]
    org_id: i64,
    #[serde(rename = "isDisabled", default)]
    is_disabled: bool,
}

#[derive(Deserialize)]
struct GTeam {
    name: String,
    #[serde(rename = "orgId", default)]
    org_id: Option<i64>,
}

#[derive(Deserialize)]
struct GOrg {
    #[serde(rename = "orgId")]
    org_id: i64,
    role: String,
}

#[derive(Deserialize)]
struct GError {
    #[serde(rename = "messageId", default)]
    message_id: Option<String>,
}

/// Builds the principal set: `user:<login>`; `team:<name>@<org>` for each
/// team (the team's `orgId`, else `default_org`); for each org with a basic
/// role, that role and the roles it implies. Invalid names are skipped
/// (logged), duplicates removed.
pub fn principals(
    login: &str,
    default_org: i64,
    teams: &[(String, Option<i64>)],
    orgs: &[(i64, String)],
) -> Vec<Principal> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut push = |text: String| match text.parse::<Principal>() {
        Ok(p) => {
            if seen.insert(p.clone()) {
                out.push(p);
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, "skipping a Grafana name that is not a valid principal")
        }
    };
    push(format!("user:{login}"));
    for (name, org) in teams {
        let org = org.unwrap_or(default_org);
        if org > 0 {
            push(format!("team:{name}@{org}"));
        }
    }
    for (org, role) in orgs {
        if *org <= 0 {
            continue;
        }
        if let Some(r) = Role::from_grafana(role) {
            for implied in r.with_implied() {
                push(format!("role:{}@{org}", implied.as_str()));
            }
        }
    }
    out
}

/// How the service authenticates its own dataproxy-mode lookups.
#[derive(Clone)]
pub enum ServiceCredentials {
    /// `Authorization: Bearer <service account token>`.
    Token(String),
    /// `Authorization: Basic <login:password>` (OSS Grafana grants
    /// `users:read` only to server admins).
    Basic(String),
}

impl std::fmt::Debug for ServiceCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ServiceCredentials::Token(_) => "Token(<redacted>)",
            ServiceCredentials::Basic(_) => "Basic(<redacted>)",
        })
    }
}

impl ServiceCredentials {
    fn header(&self) -> Option<HeaderValue> {
        use base64::Engine;
        let text = match self {
            ServiceCredentials::Token(t) => format!("Bearer {t}"),
            ServiceCredentials::Basic(b) => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(b.as_bytes())
            ),
        };
        let mut v = HeaderValue::from_str(&text).ok()?;
        v.set_sensitive(true);
        Some(v)
    }
}

/// A small HTTP client for Grafana's API.
#[derive(Clone)]
pub struct GrafanaClient {
    scheme: String,
    authority: String,
    base_path: String,
    timeout: Duration,
    client: Client<HttpConnector, Empty<Bytes>>,
}

impl std::fmt::Debug for GrafanaClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "GrafanaClient({}://{}{}, timeout {:?})",
            self.scheme, self.authority, self.base_path, self.timeout
        )
    }
}

/// What one call gave.
struct Answer {
    status: StatusCode,
    body: Bytes,
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unavailable(detail: impl Into<String>) -> ApiError {
    ApiError::new(Code::IdentityUnavailable, detail)
}

fn parse<T: for<'de> Deserialize<'de>>(call: &str, a: &Answer) -> Result<T, ApiError> {
    serde_json::from_slice(&a.body).map_err(|e| {
        unavailable(format!(
            "Grafana {call} answered 200 with an unexpected body: {e}"
        ))
    })
}

/// Maps a non-200 answer of a session-authenticated call.
fn session_refusal(call: &str, a: &Answer) -> ApiError {
    match a.status {
        StatusCode::UNAUTHORIZED => {
            let id = serde_json::from_slice::<GError>(&a.body)
                .ok()
                .and_then(|e| e.message_id);
            if id.as_deref() == Some("session.token.rotate") {
                ApiError::new(
                    Code::SessionRotate,
                    format!("Grafana {call}: session.token.rotate"),
                )
            } else {
                ApiError::new(
                    Code::NotSignedIn,
                    format!(
                        "Grafana {call} answered 401 ({})",
                        id.as_deref().unwrap_or("no messageId")
                    ),
                )
            }
        }
        StatusCode::FORBIDDEN => ApiError::new(
            Code::ServiceAccount,
            format!("Grafana {call} answered 403 (not a user: service account)"),
        ),
        StatusCode::NOT_FOUND => ApiError::new(
            Code::NotSignedIn,
            format!("Grafana {call} answered 404 (no such user)"),
        ),
        s => unavailable(format!("Grafana {call} answered {s}")),
    }
}

impl GrafanaClient {
    /// A client for `url` (e.g. `http://127.0.0.1:3000`, possibly with a
    /// sub-path), with an overall `timeout` per identity lookup.
    pub fn new(url: &str, timeout: Duration) -> Result<Self, String> {
        let uri: Uri = url
            .parse()
            .map_err(|e| format!("--grafana-url {url:?} is not a URL: {e}"))?;
        let scheme = uri.scheme_str().unwrap_or("");
        if scheme != "http" {
            return Err(format!(
                "--grafana-url {url:?}: only http:// is supported (use Grafana's internal address, \
                 e.g. http://127.0.0.1:3000)"
            ));
        }
        let authority = uri
            .authority()
            .ok_or_else(|| format!("--grafana-url {url:?} has no host"))?
            .to_string();
        if uri.query().is_some() {
            return Err(format!("--grafana-url {url:?} must not have a query"));
        }
        let base_path = uri.path().trim_end_matches('/').to_string();
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        connector.set_connect_timeout(Some(timeout));
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(30))
            .pool_max_idle_per_host(64)
            .build(connector);
        Ok(GrafanaClient {
            scheme: scheme.to_string(),
            authority,
            base_path,
            timeout,
            client,
        })
    }

    /// The overall timeout.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    async fn get(
        &self,
        call: GrafanaCall,
        path_and_query: &str,
        auth: (axum::http::HeaderName, &HeaderValue),
        metrics: &Metrics,
    ) -> Result<Answer, ApiError> {
        let uri = format!(
            "{}://{}{}{}",
            self.scheme, self.authority, self.base_path, path_and_query
        );
        let req = Request::get(uri)
            .header(ACCEPT, "application/json")
            .header(
                USER_AGENT,
                concat!("panelcrypt-keyservice/", env!("CARGO_PKG_VERSION")),
            )
            .header(auth.0, auth.1.clone())
            .body(Empty::new())
            .map_err(|e| unavailable(format!("building a Grafana request: {e}")))?;
        let started = Instant::now();
        let result = async {
            let resp = self
                .client
                .request(req)
                .await
                .map_err(|e| unavailable(format!("Grafana {path_and_query}: {e}")))?;
            let status = resp.status();
            let body = Limited::new(resp.into_body(), MAX_ANSWER)
                .collect()
                .await
                .map_err(|e| unavailable(format!("Grafana {path_and_query} body: {e}")))?
                .to_bytes();
            Ok(Answer { status, body })
        }
        .await;
        metrics.grafana(call, started.elapsed());
        result
    }

    async fn with_timeout<T>(
        &self,
        fut: impl Future<Output = Result<T, ApiError>>,
        metrics: &Metrics,
    ) -> Result<T, ApiError> {
        let r = match tokio::time::timeout(self.timeout, fut).await {
            Ok(r) => r,
            Err(_) => Err(unavailable(format!(
                "Grafana did not answer within {:?}",
                self.timeout
            ))),
        };
        if let Err(e) = &r
            && e.code == Code::IdentityUnavailable
        {
            metrics.grafana_failure();
        }
        r
    }

    /// Session mode: who holds this session cookie?
    pub async fn session_caller(
        &self,
        cookie_name: &str,
        cookie_value: &str,
        metrics: &Metrics,
    ) -> Result<Caller, ApiError> {
        let mut cookie =
            HeaderValue::from_str(&format!("{cookie_name}={cookie_value}")).map_err(|_| {
                ApiError::new(Code::NotSignedIn, "session cookie has invalid characters")
            })?;
        cookie.set_sensitive(true);
        self.with_timeout(
            async {
                let (user, teams, orgs) = tokio::join!(
                    self.get(GrafanaCall::User, "/api/user", (COOKIE, &cookie), metrics),
                    self.get(
                        GrafanaCall::UserTeams,
                        "/api/user/teams",
                        (COOKIE, &cookie),
                        metrics
                    ),
                    self.get(
                        GrafanaCall::UserOrgs,
                        "/api/user/orgs",
                        (COOKIE, &cookie),
                        metrics
                    ),
                );
                let user = user?;
                if user.status != StatusCode::OK {
                    return Err(session_refusal("/api/user", &user));
                }
                let user: GUser = parse("/api/user", &user)?;
                check_user(&user)?;
                let teams = teams?;
                if teams.status != StatusCode::OK {
                    return Err(session_refusal("/api/user/teams", &teams));
                }
                let teams: Vec<GTeam> = parse("/api/user/teams", &teams)?;
                let orgs = orgs?;
                if orgs.status != StatusCode::OK {
                    return Err(session_refusal("/api/user/orgs", &orgs));
                }
                let orgs: Vec<GOrg> = parse("/api/user/orgs", &orgs)?;
                Ok(build(user, teams, orgs))
            },
            metrics,
        )
        .await
    }

    /// Dataproxy mode: look up `login` with the service's own credentials.
    pub async fn lookup_caller(
        &self,
        login: &str,
        creds: &ServiceCredentials,
        metrics: &Metrics,
    ) -> Result<Caller, ApiError> {
        let auth = creds
            .header()
            .ok_or_else(|| unavailable("the Grafana credentials are not a valid header value"))?;
        let refusal = |call: &str, a: &Answer| match a.status {
            StatusCode::UNAUTHORIZED => unavailable(format!(
                "Grafana {call} rejected the service's credentials (401): check PANELCRYPT_GRAFANA_TOKEN"
            )),
            StatusCode::FORBIDDEN => unavailable(format!(
                "Grafana {call} answered 403: the service's credentials lack users:read"
            )),
            s => unavailable(format!("Grafana {call} answered {s}")),
        };
        self.with_timeout(
            async {
                let path = format!("/api/users/lookup?loginOrEmail={}", percent_encode(login));
                let found = self
                    .get(
                        GrafanaCall::UsersLookup,
                        &path,
                        (AUTHORIZATION, &auth),
                        metrics,
                    )
                    .await?;
                if found.status == StatusCode::NOT_FOUND {
                    return Err(ApiError::new(
                        Code::Forbidden,
                        "X-Grafana-User names no Grafana user (service account or deleted user)",
                    ));
                }
                if found.status != StatusCode::OK {
                    return Err(refusal("/api/users/lookup", &found));
                }
                let user: GUser = parse("/api/users/lookup", &found)?;
                // The lookup also matches e-mail addresses: insist on the login.
                if !user.login.eq_ignore_ascii_case(login) {
                    return Err(ApiError::new(
                        Code::Forbidden,
                        "X-Grafana-User matched a user by e-mail, not by login",
                    ));
                }
                check_user(&user)?;
                let id = user.id;
                let teams_path = format!("/api/users/{id}/teams");
                let orgs_path = format!("/api/users/{id}/orgs");
                let (teams, orgs) = tokio::join!(
                    self.get(
                        GrafanaCall::UsersTeams,
                        &teams_path,
                        (AUTHORIZATION, &auth),
                        metrics
                    ),
                    self.get(
                        GrafanaCall::UsersOrgs,
                        &orgs_path,
                        (AUTHORIZATION, &auth),
                        metrics
                    ),
                );
                let teams = teams?;
                if teams.status != StatusCode::OK {
                    return Err(refusal("/api/users/{id}/teams", &teams));
                }
                let teams: Vec<GTeam> = parse("/api/users/{id}/teams", &teams)?;
                let orgs = orgs?;
                if orgs.status != StatusCode::OK {
                    return Err(refusal("/api/users/{id}/orgs", &orgs));
                }
                let orgs: Vec<GOrg> = parse("/api/users/{id}/orgs", &orgs)?;
                Ok(build(user, teams, orgs))
            },
            metrics,
        )
        .await
    }
}

fn check_user(user: &GUser) -> Result<(), ApiError> {
    if user.id <= 0 {
        return Err(ApiError::new(
            Code::ServiceAccount,
            format!("Grafana user id {} is not a person", user.id),
        ));
    }
    if user.login.is_empty() {
        return Err(ApiError::new(Code::Anonymous, "Grafana returned no login"));
    }
    if user.is_disabled {
        return Err(ApiError::new(Code::NotSignedIn, "Grafana user is disabled"));
    }
    Ok(())
}

fn build(user: GUser, teams: Vec<GTeam>, orgs: Vec<GOrg>) -> Caller {
    let teams: Vec<(String, Option<i64>)> = teams.into_iter().map(|t| (t.name, t.org_id)).collect();
    let orgs: Vec<(i64, String)> = orgs.into_iter().map(|o| (o.org_id, o.role)).collect();
    Caller {
        principals: principals(&user.login, user.org_id, &teams, &orgs),
        login: user.login,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principal_sets() {
        let ps = principals(
            "Alice",
            1,
            &[
                ("plant-a".into(), Some(1)),
                ("x@5".into(), None),
                ("bad\nname".into(), Some(1)),
            ],
            &[
                (1, "Admin".into()),
                (2, "Viewer".into()),
                (3, "None".into()),
                (0, "Admin".into()),
            ],
        );
        let s: Vec<String> = ps.iter().map(ToString::to_string).collect();
        assert_eq!(
            s,
            [
                "user:alice",
                "team:plant-a@1",
                "team:x@5@1",
                "role:Admin@1",
                "role:Editor@1",
                "role:Viewer@1",
                "role:Viewer@2",
            ]
        );
        assert_eq!(percent_encode("a b@c+d"), "a%20b%40c%2Bd");
    }
}

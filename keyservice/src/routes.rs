//! The HTTP routes.

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, ORIGIN, RETRY_AFTER,
    X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::config::{IdentityConfig, PROXY_SECRET_HEADER, normalize_origin};
use crate::error::{ApiError, Code};
use crate::grafana::Caller;
use crate::keys::PrincipalKind;
use crate::{AppState, Inner};

/// The service's routes: `POST /api/unlock`, `GET /healthz`,
/// `GET /metrics`, `GET /decoder/<file>`.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/api/unlock", post(unlock).fallback(post_only))
        .route("/healthz", get(healthz).fallback(get_only))
        .route("/metrics", get(metrics).fallback(get_only))
        .route("/decoder/{file}", get(asset).fallback(get_only))
        .fallback(not_found)
        .with_state(state)
}

fn json(status: StatusCode, body: String) -> Response {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    r
}

/// The client-facing form of an error: code and message only.
fn error_response(e: &ApiError, dataproxy: bool) -> Response {
    let body = serde_json::json!({"error": e.code.as_str(), "message": e.message()}).to_string();
    let mut r = json(e.code.status(dataproxy), body);
    if let Some(v) = e.retry_after_header() {
        r.headers_mut().insert(RETRY_AFTER, v);
    }
    r
}

fn method_not_allowed(s: &AppState, method: &Method, allow: &'static str) -> Response {
    let e = ApiError::new(Code::MethodNotAllowed, format!("method {method}"));
    let mut r = error_response(&e, s.inner.config.identity.is_dataproxy());
    r.headers_mut()
        .insert(axum::http::header::ALLOW, HeaderValue::from_static(allow));
    r
}

async fn post_only(State(s): State<AppState>, method: Method) -> Response {
    method_not_allowed(&s, &method, "POST")
}

async fn get_only(State(s): State<AppState>, method: Method) -> Response {
    method_not_allowed(&s, &method, "GET, HEAD")
}

async fn not_found(State(s): State<AppState>) -> Response {
    error_response(
        &ApiError::new(Code::NotFound, "no route"),
        s.inner.config.identity.is_dataproxy(),
    )
}

async fn healthz() -> Response {
    json(StatusCode::OK, r#"{"status":"ok"}"#.to_string())
}

async fn metrics(State(s): State<AppState>) -> Response {
    let mut r = Response::new(Body::from(s.inner.metrics.render()));
    r.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    r.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn asset(State(s): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(a) = s.inner.assets.get(&file) else {
        return error_response(
            &ApiError::new(Code::NotFound, "no such asset"),
            s.inner.config.identity.is_dataproxy(),
        );
    };
    let mut r = Response::new(Body::from(a.body.clone()));
    let h = r.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(a.content_type));
    h.insert(CACHE_CONTROL, HeaderValue::from_static(a.cache_control));
    h.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    r
}

#[derive(Deserialize)]
struct UnlockRequest {
    slots: String,
}

/// What the audit line says about a request, filled in as it proceeds.
#[derive(Default)]
struct Audit {
    user: Option<String>,
    bundle_id: Option<String>,
    principal: Option<PrincipalKind>,
}

async fn unlock(State(s): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let started = Instant::now();
    let inner = &*s.inner;
    let mut audit = Audit::default();
    let result = unlock_inner(inner, &headers, body, &mut audit).await;
    let dataproxy = inner.config.identity.is_dataproxy();
    let (resp, outcome, reason, detail) = match result {
        Ok(resp) => {
            inner.metrics.unlock(None);
            (resp, "granted", "granted", String::new())
        }
        Err(e) => {
            inner.metrics.unlock(Some(e.code));
            (
                error_response(&e, dataproxy),
                "refused",
                e.code.as_str(),
                e.detail,
            )
        }
    };
    tracing::info!(
        target: "panelcrypt::audit",
        event = "unlock",
        outcome,
        reason,
        user = audit.user.as_deref().unwrap_or(""),
        bundle_id = audit.bundle_id.as_deref().unwrap_or(""),
        principal = audit.principal.map_or("", PrincipalKind::as_str),
        mode = inner.config.identity.name(),
        status = resp.status().as_u16(),
        micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
        detail = detail.as_str(),
    );
    resp
}

fn check_site(inner: &Inner, headers: &HeaderMap) -> Result<(), ApiError> {
    if let Some(v) = headers.get("sec-fetch-site") {
        let v = v.as_bytes();
        if v.eq_ignore_ascii_case(b"cross-site") || v.eq_ignore_ascii_case(b"same-site") {
            return Err(ApiError::new(
                Code::CrossSite,
                format!("Sec-Fetch-Site: {}", String::from_utf8_lossy(v)),
            ));
        }
    }
    let mut origins = headers.get_all(ORIGIN).iter();
    if let Some(origin) = origins.next() {
        let ok = origins.next().is_none()
            && origin
                .to_str()
                .ok()
                .and_then(|o| normalize_origin(o).ok())
                .zip(inner.config.grafana_origin.as_deref())
                .is_some_and(|(got, want)| got == want);
        if !ok {
            return Err(ApiError::new(
                Code::CrossSite,
                format!(
                    "Origin {:?} is not the Grafana origin",
                    String::from_utf8_lossy(origin.as_bytes())
                ),
            ));
        }
    }
    Ok(())
}

fn check_content_type(headers: &HeaderMap) -> Result<(), ApiError> {
    let ok = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if ok {
        Ok(())
    } else {
        Err(ApiError::with_public(
            Code::BadRequest,
            "Content-Type must be application/json.",
            "wrong content type",
        ))
    }
}

async fn read_body(inner: &Inner, headers: &HeaderMap, body: Body) -> Result<Vec<u8>, ApiError> {
    let limit = inner.config.max_body;
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::new(
            Code::TooLarge,
            format!("Content-Length {declared:?} above {limit}"),
        ));
    }
    match axum::body::to_bytes(body, limit).await {
        Ok(b) => Ok(b.to_vec()),
        Err(e) => {
            // to_bytes reports a length-limit error through its source chain.
            let too_large = std::error::Error::source(&e)
                .is_some_and(|s| s.is::<http_body_util::LengthLimitError>())
                || e.to_string().contains("length limit");
            if too_large {
                Err(ApiError::new(
                    Code::TooLarge,
                    format!("body above {limit} bytes"),
                ))
            } else {
                Err(ApiError::new(
                    Code::BadRequest,
                    format!("reading the body: {e}"),
                ))
            }
        }
    }
}

fn bad_request(public: &'static str, detail: impl Into<String>) -> ApiError {
    ApiError::with_public(Code::BadRequest, public, detail)
}

/// The first cookie called `name` in any `Cookie` header.
fn find_cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| n.trim() == name)
        .map(|(_, v)| v.trim())
}

fn cache_key(kind: &[u8], value: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(kind);
    h.update([0u8]);
    h.update(value);
    h.finalize().into()
}

async fn cached(
    inner: &Inner,
    key: [u8; 32],
    lookup: impl Future<Output = Result<Caller, ApiError>>,
) -> Result<Arc<Caller>, ApiError> {
    if inner.identities.enabled() {
        if let Some(c) = inner.identities.get(&key) {
            inner.metrics.identity_cache(true);
            return Ok(c);
        }
        inner.metrics.identity_cache(false);
    }
    let c = Arc::new(lookup.await?);
    inner.identities.insert(key, c.clone());
    Ok(c)
}

async fn caller(inner: &Inner, headers: &HeaderMap) -> Result<Arc<Caller>, ApiError> {
    match &inner.config.identity {
        IdentityConfig::Session {
            grafana,
            cookie_name,
        } => {
            let cookie = find_cookie(headers, cookie_name)
                .filter(|c| !c.is_empty())
                .ok_or_else(|| ApiError::new(Code::NotSignedIn, "no session cookie"))?;
            let key = cache_key(b"session", cookie.as_bytes());
            cached(
                inner,
                key,
                grafana.session_caller(cookie_name, cookie, &inner.metrics),
            )
            .await
        }
        IdentityConfig::DataProxy {
            grafana,
            secret_digest,
            credentials,
        } => {
            let secret = headers
                .get(PROXY_SECRET_HEADER)
                .ok_or_else(|| {
                    ApiError::new(
                        Code::NotSignedIn,
                        "no X-Panelcrypt-Proxy-Secret: the request did not come through the data source",
                    )
                })?;
            let got: [u8; 32] = Sha256::digest(secret.as_bytes()).into();
            if !bool::from(got.ct_eq(&**secret_digest)) {
                return Err(ApiError::new(
                    Code::NotSignedIn,
                    "wrong X-Panelcrypt-Proxy-Secret",
                ));
            }
            let mut users = headers.get_all("x-grafana-user").iter();
            let login = match (users.next(), users.next()) {
                (Some(v), None) => v.to_str().ok().map(str::trim).unwrap_or(""),
                (None, _) => "",
                (Some(_), Some(_)) => {
                    return Err(bad_request(
                        "More than one X-Grafana-User header.",
                        "several X-Grafana-User headers",
                    ));
                }
            };
            if login.is_empty() {
                return Err(ApiError::new(
                    Code::Anonymous,
                    "no X-Grafana-User: anonymous or service account caller",
                ));
            }
            let key = cache_key(b"dataproxy", login.to_lowercase().as_bytes());
            cached(
                inner,
                key,
                grafana.lookup_caller(login, credentials, &inner.metrics),
            )
            .await
        }
        IdentityConfig::Dev { caller } => Ok(Arc::new(caller.clone())),
    }
}

async fn unlock_inner(
    inner: &Inner,
    headers: &HeaderMap,
    body: Body,
    audit: &mut Audit,
) -> Result<Response, ApiError> {
    check_site(inner, headers)?;
    check_content_type(headers)?;
    let body = read_body(inner, headers, body).await?;
    let req: UnlockRequest = serde_json::from_slice(&body).map_err(|e| {
        bad_request(
            "The body must be JSON {\"slots\": \"<base64>\"}.",
            format!("JSON: {e}"),
        )
    })?;
    let raw = STANDARD
        .decode(req.slots.trim())
        .map_err(|e| bad_request("\"slots\" is not standard base64.", format!("base64: {e}")))?;
    let (bundle_id, slots, _) = panelcrypt_core::bundle::parse_slot_section(&raw).map_err(|e| {
        bad_request(
            "\"slots\" is not a panelcrypt v1 slot section.",
            format!("slot section: {e}"),
        )
    })?;
    audit.bundle_id = Some(hex::encode(bundle_id));

    let who = caller(inner, headers).await?;
    audit.user = Some(who.login.clone());

    if let Err(wait) = inner.limiter.check(&who.login.to_lowercase()) {
        let mut e = ApiError::new(Code::RateLimited, "per-user rate limit");
        e.retry_after = Some(wait);
        return Err(e);
    }

    let Some((key, principal)) =
        inner
            .keys
            .open(&bundle_id, &slots, &who.principals, &inner.metrics)
    else {
        // Same answer whether no slot matched or a matching slot failed to open.
        return Err(ApiError::new(
            Code::Forbidden,
            format!(
                "no slot opens for the caller's {} principals",
                who.principals.len()
            ),
        ));
    };
    audit.principal = Some(PrincipalKind::of(&principal));
    let key_b64 = Zeroizing::new(STANDARD.encode(key.expose()));
    let body = format!(
        "{{\"key\":\"{}\",\"bundle_id\":\"{}\"}}",
        key_b64.as_str(),
        hex::encode(bundle_id)
    );
    drop(key);
    Ok(json(StatusCode::OK, body))
}

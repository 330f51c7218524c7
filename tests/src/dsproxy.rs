//! `ANY /api/datasources/proxy/uid/<uid>/<path>`, after Grafana's
//! `pkg/api/pluginproxy/ds_proxy.go` (`director`, `HandleRequest`) and
//! `pkg/util/proxyutil` (`PrepareProxyRequest`, `ClearCookieHeader`,
//! `ApplyUserHeader`, `NewReverseProxy`).

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::connect_info::ConnectInfo;
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE, COOKIE, HOST, SET_COOKIE, USER_AGENT};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, Uri};
use axum::response::Response;

use crate::api::{access_denied, api_error, failure_response};
use crate::auth;
use crate::state::GrafanaDouble;

const PREFIX: &str = "/api/datasources/proxy/uid/";

/// Headers that describe one hop and never cross a proxy (RFC 9110 7.6.1,
/// as Go's `httputil.ReverseProxy` removes them).
const HOP_BY_HOP: [&str; 8] = [
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

fn strip_hop_by_hop(headers: &mut HeaderMap) {
    let listed: Vec<String> = headers
        .get_all("connection")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|s| s.trim().to_ascii_lowercase())
        .filter(|s| !s.is_empty())
        .collect();
    for name in HOP_BY_HOP
        .iter()
        .copied()
        .chain(listed.iter().map(String::as_str))
    {
        headers.remove(name);
    }
}

/// `util.JoinURLFragments`.
fn join_url_fragments(a: &str, b: &str) -> String {
    if b.is_empty() {
        return a.to_string();
    }
    match (a.ends_with('/'), b.starts_with('/')) {
        (true, true) => format!("{a}{}", &b[1..]),
        (false, false) => format!("{a}/{b}"),
        _ => format!("{a}{b}"),
    }
}

/// `keepCookies` pattern matching: exact name, `[]` for all, `prefix[]`.
fn keep_cookie(name: &str, patterns: &[String]) -> bool {
    patterns.iter().any(|p| {
        p == "[]"
            || p.strip_suffix("[]")
                .map_or(p == name, |prefix| name.starts_with(prefix))
    })
}

fn bad_gateway(status: StatusCode) -> Response {
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = status;
    resp
}

/// The handler.
pub(crate) async fn proxy(State(double): State<GrafanaDouble>, req: Request) -> Response {
    double.count(|c| c.datasource_proxy += 1);
    let (parts, body) = req.into_parts();
    let raw_path = parts.uri.path().to_string();
    let rest = raw_path.strip_prefix(PREFIX).unwrap_or_default();
    let (uid, proxy_path) = rest.split_once('/').unwrap_or((rest, ""));
    let client_ip = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ci| ci.0.ip().to_string());

    // Everything that needs the world happens before any await.
    let prepared = {
        let mut w = double.world();
        let identity = match auth::authenticate(&mut w, &parts.headers) {
            Ok(i) => i,
            Err(f) => return failure_response(f),
        };
        if !identity
            .org_role(&w)
            .is_some_and(|r| r.can_query_datasources())
        {
            return access_denied("datasources:query");
        }
        let Some(ds) = w
            .datasources
            .get(uid)
            .filter(|ds| ds.org_id == identity.org_id())
            .cloned()
        else {
            return api_error(StatusCode::NOT_FOUND, "Unable to find datasource");
        };
        let login_cookie = w.settings.login_cookie_name.clone();
        let user_header = if w.settings.send_user_header {
            identity.user_header_login(&w)
        } else {
            None
        };
        let version = w.settings.version.clone();
        let timeout = w.settings.dataproxy_timeout;
        (ds, login_cookie, user_header, version, timeout)
    };
    let (ds, login_cookie, user_header, version, timeout) = prepared;

    // director: target URL.
    let Ok(target) = ds.url.parse::<Uri>() else {
        return api_error(StatusCode::BAD_REQUEST, "Invalid data source URL");
    };
    let (Some(scheme), Some(authority)) = (target.scheme_str(), target.authority()) else {
        return api_error(StatusCode::BAD_REQUEST, "Invalid data source URL");
    };
    let mut url = format!(
        "{scheme}://{authority}{}",
        join_url_fragments(target.path(), proxy_path)
    );
    if let Some(q) = parts.uri.query() {
        url.push('?');
        url.push_str(q);
    }
    let Ok(upstream_uri) = url.parse::<Uri>() else {
        return api_error(StatusCode::BAD_REQUEST, "Invalid proxy path");
    };

    let mut headers = parts.headers.clone();
    strip_hop_by_hop(&mut headers);
    headers.remove(HOST);

    // X-DS-Authorization becomes Authorization.
    if let Some(ds_auth) = headers.remove("x-ds-authorization") {
        headers.insert("authorization", ds_auth);
    }

    // proxyutil.ApplyUserHeader: always delete, then set for users.
    headers.remove("x-grafana-user");
    if let Some(login) = user_header
        && let Ok(v) = HeaderValue::from_str(&login)
    {
        headers.insert("x-grafana-user", v);
    }

    // proxyutil.ClearCookieHeader(req, ds.AllowedCookies(), [login cookie]).
    let kept: Vec<String> = crate::util::parse_cookies(&parts.headers)
        .into_iter()
        .filter(|(name, _)| *name != login_cookie && keep_cookie(name, &ds.keep_cookies))
        .map(|(n, v)| format!("{n}={v}"))
        .collect();
    headers.remove(COOKIE);
    if !kept.is_empty()
        && let Ok(v) = HeaderValue::from_str(&kept.join("; "))
    {
        headers.insert(COOKIE, v);
    }

    // req.Header.Set("User-Agent", cfg.DataProxyUserAgent).
    if let Ok(v) = HeaderValue::from_str(&format!("Grafana/{version}")) {
        headers.insert(USER_AGENT, v);
    }

    // proxyutil.PrepareProxyRequest.
    let referer = headers
        .get("referer")
        .cloned()
        .unwrap_or(HeaderValue::from_static(""));
    headers.insert("x-grafana-referer", referer);
    for name in [
        "origin",
        "referer",
        "x-forwarded-host",
        "x-forwarded-port",
        "x-forwarded-proto",
    ] {
        headers.remove(name);
    }
    if let Some(ip) = client_ip {
        let value = match headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()) {
            Some(prior) if !prior.is_empty() => format!("{prior}, {ip}"),
            _ => ip,
        };
        if let Ok(v) = HeaderValue::from_str(&value) {
            headers.insert("x-forwarded-for", v);
        }
    }

    // Custom headers from jsonData/secureJsonData, set by the data source's
    // HTTP client middleware after the director: they win over anything the
    // client sent.
    for (name, value) in &ds.custom_headers {
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            headers.insert(n, v);
        }
    }

    let mut upstream_req = axum::http::Request::new(body);
    *upstream_req.method_mut() = parts.method.clone();
    *upstream_req.uri_mut() = upstream_uri;
    *upstream_req.headers_mut() = headers;

    let sent = tokio::time::timeout(timeout, double.http_client().request(upstream_req)).await;
    double.count(|c| c.datasource_upstream += 1);
    let upstream = match sent {
        Err(_) => return bad_gateway(StatusCode::GATEWAY_TIMEOUT),
        Ok(Err(_)) => return bad_gateway(StatusCode::BAD_GATEWAY),
        Ok(Ok(resp)) => resp,
    };

    let mut resp = if upstream.status() == StatusCode::UNAUTHORIZED {
        // "The data source rejected the request as unauthorized, convert to
        // 400 (bad request)", with a fresh, empty header set.
        let msg = "Authentication to data source failed";
        let mut r = Response::new(Body::from(msg));
        *r.status_mut() = StatusCode::BAD_REQUEST;
        r.headers_mut().insert(
            CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        r.headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from(msg.len()));
        r
    } else {
        let (up_parts, up_body) = upstream.into_parts();
        let mut r = Response::new(Body::new(up_body));
        *r.status_mut() = up_parts.status;
        *r.headers_mut() = up_parts.headers;
        strip_hop_by_hop(r.headers_mut());
        r
    };
    // proxyutil modifyResponse: no Set-Cookie, CSP sandbox.
    resp.headers_mut().remove(SET_COOKIE);
    resp.headers_mut().insert(
        "content-security-policy",
        HeaderValue::from_static("sandbox"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_grafana() {
        assert_eq!(join_url_fragments("/base", "keys/x"), "/base/keys/x");
        assert_eq!(join_url_fragments("/base/", "/keys"), "/base/keys");
        assert_eq!(join_url_fragments("/", "keys"), "/keys");
        assert_eq!(join_url_fragments("", "keys"), "/keys");
        assert_eq!(join_url_fragments("/base", ""), "/base");
    }

    #[test]
    fn keep_cookie_patterns() {
        let p = vec!["a".to_string(), "pre[]".to_string()];
        assert!(keep_cookie("a", &p));
        assert!(keep_cookie("prefix", &p));
        assert!(!keep_cookie("b", &p));
        assert!(keep_cookie("anything", &["[]".to_string()]));
    }
}

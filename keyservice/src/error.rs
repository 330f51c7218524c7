//! The errors the key service answers with.
//!
//! Every refusal is an [`ApiError`]: a public [`Code`] (what the client is
//! told: `{"error": "<code>", "message": "<text>"}`) and a private detail
//! (what the operator's log is told). Nothing from the detail, from Grafana's
//! answers or from the request's credentials ever reaches the client.

use std::fmt;
use std::time::Duration;

use axum::http::{HeaderValue, StatusCode};

/// The public error codes of `POST /api/unlock` (see `docs/PROTOCOL.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// No Grafana session (no cookie, unknown, expired or revoked session,
    /// disabled user, or in dataproxy mode: a request that did not come
    /// through the data source). 401 (403 in dataproxy mode).
    NotSignedIn,
    /// Grafana says the session must be rotated first. 401.
    SessionRotate,
    /// Signed in, but no principal of the caller can open a slot. 403.
    Forbidden,
    /// A Grafana service account, not a person. 403.
    ServiceAccount,
    /// An anonymous Grafana visitor. 403.
    Anonymous,
    /// The request is malformed. 400.
    BadRequest,
    /// The request came from another site. 403.
    CrossSite,
    /// The body is larger than the limit. 413.
    TooLarge,
    /// The caller's request rate is above the limit. 429.
    RateLimited,
    /// Grafana could not be asked who the caller is. 503.
    IdentityUnavailable,
    /// Wrong HTTP method. 405.
    MethodNotAllowed,
    /// No such route or asset. 404.
    NotFound,
}

impl Code {
    /// Every code, in a fixed order (metrics use it).
    pub const ALL: [Code; 12] = [
        Code::NotSignedIn,
        Code::SessionRotate,
        Code::Forbidden,
        Code::ServiceAccount,
        Code::Anonymous,
        Code::BadRequest,
        Code::CrossSite,
        Code::TooLarge,
        Code::RateLimited,
        Code::IdentityUnavailable,
        Code::MethodNotAllowed,
        Code::NotFound,
    ];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::NotSignedIn => "not_signed_in",
            Code::SessionRotate => "session_rotate",
            Code::Forbidden => "forbidden",
            Code::ServiceAccount => "service_account",
            Code::Anonymous => "anonymous",
            Code::BadRequest => "bad_request",
            Code::CrossSite => "cross_site",
            Code::TooLarge => "too_large",
            Code::RateLimited => "rate_limited",
            Code::IdentityUnavailable => "identity_unavailable",
            Code::MethodNotAllowed => "method_not_allowed",
            Code::NotFound => "not_found",
        }
    }

    /// Index into [`Code::ALL`].
    pub fn index(self) -> usize {
        Code::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The HTTP status. In dataproxy mode every 401 becomes 403, because
    /// Grafana's data source proxy rewrites an upstream 401 into a 400.
    pub fn status(self, dataproxy: bool) -> StatusCode {
        let s = match self {
            Code::NotSignedIn | Code::SessionRotate => StatusCode::UNAUTHORIZED,
            Code::Forbidden | Code::ServiceAccount | Code::Anonymous | Code::CrossSite => {
                StatusCode::FORBIDDEN
            }
            Code::BadRequest => StatusCode::BAD_REQUEST,
            Code::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Code::IdentityUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Code::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Code::NotFound => StatusCode::NOT_FOUND,
        };
        if dataproxy && s == StatusCode::UNAUTHORIZED {
            StatusCode::FORBIDDEN
        } else {
            s
        }
    }

    /// The default human text.
    pub fn message(self) -> &'static str {
        match self {
            Code::NotSignedIn => "Sign in to Grafana to see this content.",
            Code::SessionRotate => {
                "The Grafana session must be refreshed: POST /api/user/auth-tokens/rotate, then retry."
            }
            Code::Forbidden => "You are not allowed to see this content.",
            Code::ServiceAccount => "Service accounts cannot open bundles; sign in as a person.",
            Code::Anonymous => "Anonymous visitors cannot open bundles; sign in to Grafana.",
            Code::BadRequest => "The request is malformed.",
            Code::CrossSite => "Cross-site requests are refused.",
            Code::TooLarge => "The request body is too large.",
            Code::RateLimited => "Too many requests; retry after the time in Retry-After.",
            Code::IdentityUnavailable => {
                "Grafana could not confirm who you are right now; retry shortly."
            }
            Code::MethodNotAllowed => "Method not allowed.",
            Code::NotFound => "Not found.",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A refusal: the public code (and optionally a more precise public
/// message), plus a detail that only goes to the log.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// What the client is told.
    pub code: Code,
    /// A public message replacing [`Code::message`] (must not contain
    /// anything secret or anything Grafana said).
    pub public: Option<&'static str>,
    /// What the log is told (never a key, a cookie or a token).
    pub detail: String,
    /// For [`Code::RateLimited`]: when to retry.
    pub retry_after: Option<Duration>,
}

impl ApiError {
    /// A refusal with a log detail.
    pub fn new(code: Code, detail: impl Into<String>) -> Self {
        ApiError {
            code,
            public: None,
            detail: detail.into(),
            retry_after: None,
        }
    }

    /// A refusal with a specific public message.
    pub fn with_public(code: Code, public: &'static str, detail: impl Into<String>) -> Self {
        ApiError {
            code,
            public: Some(public),
            detail: detail.into(),
            retry_after: None,
        }
    }

    /// The public message.
    pub fn message(&self) -> &'static str {
        self.public.unwrap_or_else(|| self.code.message())
    }

    /// The `Retry-After` header value (whole seconds, at least 1).
    pub fn retry_after_header(&self) -> Option<HeaderValue> {
        self.retry_after.map(|d| {
            let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
            HeaderValue::from(secs.max(1))
        })
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.detail)
    }
}

impl std::error::Error for ApiError {}

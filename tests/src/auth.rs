//! Who is calling: Grafana's authn client chain, in priority order
//! (`pkg/services/authn/authnimpl/service.go` `Authenticate`):
//! API key / service-account token (30), basic auth (40), session cookie
//! (60), anonymous (100). A client whose `Test` matches but whose
//! `Authenticate` fails does not stop the chain, except for a session that
//! needs rotation, which is returned at once.

use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use base64::Engine;

use crate::model::{OrgRole, ServiceAccountUserApi};
use crate::state::{SessionLookup, World};
use crate::util;

/// An authenticated caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Identity {
    User { user_id: i64, org_id: i64 },
    ServiceAccount { sa_id: i64, org_id: i64 },
    Anonymous { org_id: i64, role: OrgRole },
}

/// One client's failure. `Errutil` failures carry Grafana's public error
/// (`errutil.Error.Public()`); `Plain` ones are ordinary Go errors, which
/// `WriteErrOrFallback` answers with `{"message":"Unauthorized","traceID":""}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    Errutil {
        message_id: &'static str,
        message: &'static str,
    },
    Plain,
}

/// `authn.ErrTokenNeedsRotation` (`errutil.Unauthorized("session.token.rotate")`).
pub(crate) const NEEDS_ROTATION: Failure = Failure::Errutil {
    message_id: "session.token.rotate",
    message: "Unauthorized",
};
/// `errCantAuthenticateReq` (`errutil.Unauthorized("auth.unauthorized")`).
pub(crate) const CANT_AUTHENTICATE: Failure = Failure::Errutil {
    message_id: "auth.unauthorized",
    message: "Unauthorized",
};
/// `errAPIKeyInvalid`.
const API_KEY_INVALID: Failure = Failure::Errutil {
    message_id: "api-key.invalid",
    message: "Invalid API key",
};
/// `errDisabledIdentity`.
const DISABLED: Failure = Failure::Errutil {
    message_id: "identity.disabled",
    message: "Unauthorized",
};
/// The password client's `errInvalidPassword` family.
pub(crate) const PASSWORD_FAILED: Failure = Failure::Errutil {
    message_id: "password-auth.failed",
    message: "Invalid username or password",
};

impl Failure {
    /// `errors.Join` then `errors.As(err, &errutil.Error{})`: the first
    /// errutil error wins; otherwise a plain error.
    fn join(failures: &[Failure]) -> Failure {
        failures
            .iter()
            .copied()
            .find(|f| matches!(f, Failure::Errutil { .. }))
            .unwrap_or(Failure::Plain)
    }
}

fn bearer_or_api_key_basic(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    if let Some(token) = value.strip_prefix("Bearer ") {
        return (!token.is_empty()).then(|| token.to_string());
    }
    let (user, pass) = decode_basic(value)?;
    (user == "api_key" && !pass.is_empty()).then_some(pass)
}

fn decode_basic(value: &str) -> Option<(String, String)> {
    let encoded = value.strip_prefix("Basic ")?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (user, pass) = text.split_once(':')?;
    Some((user.to_string(), pass.to_string()))
}

/// Run the chain. `Err` carries the failure to report when no client
/// authenticated the request.
pub(crate) fn authenticate(world: &mut World, headers: &HeaderMap) -> Result<Identity, Failure> {
    let mut failures = Vec::new();

    // API key / service account token (priority 30).
    if let Some(token) = bearer_or_api_key_basic(headers) {
        match service_account_for(world, &token) {
            Ok(identity) => return Ok(identity),
            Err(f) => failures.push(f),
        }
    }

    // Basic auth (priority 40).
    if world.settings.basic_auth_enabled
        && let Some((user, pass)) = headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(decode_basic)
    {
        match password_login(world, &user, &pass) {
            Ok(user_id) => {
                let org_id = world.users.get(&user_id).map_or(0, |u| u.current_org);
                return Ok(Identity::User { user_id, org_id });
            }
            Err(f) => failures.push(f),
        }
    }

    // Session cookie (priority 60).
    let cookie_name = world.settings.login_cookie_name.clone();
    if let Some(raw) = util::cookie(headers, &cookie_name) {
        match util::query_unescape(&raw) {
            None => failures.push(Failure::Plain),
            Some(token) => match world.lookup_session(&token) {
                SessionLookup::Invalid => failures.push(Failure::Plain),
                // Special case in Grafana: no fall-through on rotation.
                SessionLookup::NeedsRotation => return Err(NEEDS_ROTATION),
                SessionLookup::Valid { user_id } => match world.users.get(&user_id) {
                    Some(user) if user.disabled => failures.push(DISABLED),
                    Some(user) => {
                        return Ok(Identity::User {
                            user_id,
                            org_id: user.current_org,
                        });
                    }
                    None => failures.push(Failure::Plain),
                },
            },
        }
    }

    // Anonymous (priority 100).
    if let Some(anon) = &world.settings.anonymous {
        return Ok(Identity::Anonymous {
            org_id: anon.org_id,
            role: anon.role,
        });
    }

    if failures.is_empty() {
        Err(CANT_AUTHENTICATE)
    } else {
        Err(Failure::join(&failures))
    }
}

fn service_account_for(world: &World, token: &str) -> Result<Identity, Failure> {
    if !util::service_account_token_well_formed(token) {
        return Err(API_KEY_INVALID);
    }
    let sa = world
        .service_accounts
        .values()
        .find(|sa| sa.tokens.iter().any(|t| t == token))
        .ok_or(API_KEY_INVALID)?;
    if sa.disabled {
        return Err(DISABLED);
    }
    Ok(Identity::ServiceAccount {
        sa_id: sa.id,
        org_id: sa.org_id,
    })
}

/// The password client: login or email plus password.
pub(crate) fn password_login(world: &World, user: &str, password: &str) -> Result<i64, Failure> {
    let found = world
        .user_by_login_or_email(user)
        .filter(|u| u.password.as_deref() == Some(password) && !password.is_empty())
        .ok_or(PASSWORD_FAILED)?;
    if found.disabled {
        return Err(DISABLED);
    }
    Ok(found.id)
}

impl Identity {
    /// The caller's org role in its current org (`None` when it has none).
    pub(crate) fn org_role(&self, world: &World) -> Option<OrgRole> {
        match self {
            Identity::User { user_id, org_id } => world.role_in(*user_id, *org_id),
            Identity::ServiceAccount { sa_id, .. } => {
                world.service_accounts.get(sa_id).map(|sa| sa.role)
            }
            Identity::Anonymous { role, .. } => Some(*role),
        }
    }

    pub(crate) fn org_id(&self) -> i64 {
        match self {
            Identity::User { org_id, .. }
            | Identity::ServiceAccount { org_id, .. }
            | Identity::Anonymous { org_id, .. } => *org_id,
        }
    }

    /// Global `users:read`: server admins, or a service account granted it.
    pub(crate) fn can_read_users(&self, world: &World) -> bool {
        match self {
            Identity::User { user_id, .. } => {
                world.users.get(user_id).is_some_and(|u| u.grafana_admin)
            }
            Identity::ServiceAccount { sa_id, .. } => world
                .service_accounts
                .get(sa_id)
                .is_some_and(|sa| sa.users_read),
            Identity::Anonymous { .. } => false,
        }
    }

    /// The login for `X-Grafana-User` (`proxyutil.ApplyUserHeader`): users
    /// only in current Grafana; service accounts too in Grafana 9.x
    /// (`!user.IsAnonymous`), which [`ServiceAccountUserApi::LegacyProfile`]
    /// selects.
    pub(crate) fn user_header_login(&self, world: &World) -> Option<String> {
        match self {
            Identity::User { user_id, .. } => world.users.get(user_id).map(|u| u.login.clone()),
            Identity::ServiceAccount { sa_id, .. }
                if world.settings.service_account_user_api
                    == ServiceAccountUserApi::LegacyProfile =>
            {
                world.service_accounts.get(sa_id).map(|sa| sa.login.clone())
            }
            _ => None,
        }
    }
}

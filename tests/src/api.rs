//! Grafana's HTTP API as the double serves it.

// Helpers return a ready `Response` as their error, the usual axum early-return
// pattern; these are per-request cold paths, so the size does not matter.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;

use axum::Json;
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::header::{CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::{self, Failure, Identity};
use crate::model::ServiceAccountUserApi;
use crate::state::{GrafanaDouble, World};
use crate::{control, dsproxy, util};

// ----- error bodies ----------------------------------------------------------

/// `WriteErrOrFallback` with an errutil error: `{"extra":null,"message":..,
/// "messageId":..,"statusCode":..,"traceID":""}`; with a plain error:
/// `{"message":"Unauthorized","traceID":""}`.
pub(crate) fn failure_response(failure: Failure) -> Response {
    match failure {
        Failure::Errutil {
            message_id,
            message,
        } => json_response(
            StatusCode::UNAUTHORIZED,
            json!({
                "extra": null,
                "message": message,
                "messageId": message_id,
                "statusCode": 401,
                "traceID": "",
            }),
        ),
        Failure::Plain => json_response(
            StatusCode::UNAUTHORIZED,
            json!({"message": "Unauthorized", "traceID": ""}),
        ),
    }
}

/// `response.Error(status, message, nil)`: `{"message": ...}`.
pub(crate) fn api_error(status: StatusCode, message: &str) -> Response {
    json_response(status, json!({ "message": message }))
}

/// The access-control middleware's `deny`: 403 with an `ACE…` reference.
pub(crate) fn access_denied(permission: &str) -> Response {
    let id = format!("ACE{}", util::random_from(b"0123456789", 10));
    json_response(
        StatusCode::FORBIDDEN,
        json!({
            "title": "Access denied",
            "message": format!(
                "You'll need additional permissions to perform this action. Permissions needed: {permission}"
            ),
            "accessErrorId": id,
        }),
    )
}

pub(crate) fn json_response(status: StatusCode, body: Value) -> Response {
    (status, Json(body)).into_response()
}

/// Authenticate, or produce the 401 Grafana would send.
fn require_signed_in(world: &mut World, headers: &HeaderMap) -> Result<Identity, Response> {
    auth::authenticate(world, headers).map_err(failure_response)
}

/// `reqSignedInNoAnonymous`: an anonymous caller gets `notAuthorized` with no
/// lookup error, i.e. `{"message":"Unauthorized"}`.
fn require_no_anonymous(world: &mut World, headers: &HeaderMap) -> Result<Identity, Response> {
    match require_signed_in(world, headers)? {
        Identity::Anonymous { .. } => Err(json_response(
            StatusCode::UNAUTHORIZED,
            json!({"message": "Unauthorized"}),
        )),
        identity => Ok(identity),
    }
}

// ----- DTOs -------------------------------------------------------------------

/// `user.UserProfileDTO` as `getUserUserProfile` fills it.
fn user_profile(world: &World, user_id: i64) -> Option<Value> {
    let u = world.users.get(&user_id)?;
    let external = !u.auth_labels.is_empty();
    Some(json!({
        "id": u.id,
        "uid": u.uid,
        "email": u.email,
        "name": u.name,
        "login": u.login,
        "theme": "",
        "orgId": u.current_org,
        "isGrafanaAdmin": u.grafana_admin,
        "isDisabled": u.disabled,
        "isExternal": external,
        "isExternallySynced": external,
        "isGrafanaAdminExternallySynced": false,
        "authLabels": u.auth_labels,
        "updatedAt": util::rfc3339(u.updated),
        "createdAt": util::rfc3339(u.created),
        "avatarUrl": util::gravatar_url(&u.email),
        "isProvisioned": false,
    }))
}

/// The Grafana 9.x profile of a service account (a row of the user table).
fn service_account_profile(world: &World, sa_id: i64) -> Option<Value> {
    let sa = world.service_accounts.get(&sa_id)?;
    Some(json!({
        "id": sa.id,
        "uid": sa.uid,
        "email": sa.login,
        "name": sa.name,
        "login": sa.login,
        "theme": "",
        "orgId": sa.org_id,
        "isGrafanaAdmin": false,
        "isDisabled": sa.disabled,
        "isExternal": false,
        "authLabels": [],
        "updatedAt": util::rfc3339(sa.created),
        "createdAt": util::rfc3339(sa.created),
        "avatarUrl": util::gravatar_url(&sa.login),
    }))
}

/// `team.TeamDTO` list from `GetTeamsByUser(orgID, userID)`.
fn teams_of(world: &World, org_id: i64, user_id: i64) -> Value {
    let teams: Vec<Value> = world
        .teams
        .values()
        .filter(|t| t.org_id == org_id && t.members.contains_key(&user_id))
        .map(|t| {
            json!({
                "id": t.id,
                "uid": t.uid,
                "orgId": t.org_id,
                "name": t.name,
                "email": t.email,
                "externalUID": "",
                "isProvisioned": false,
                "avatarUrl": util::gravatar_url_with_default(&t.email, &t.name),
                "memberCount": t.members.len(),
                "permission": t.members.get(&user_id).copied().unwrap_or(0),
                "accessControl": null,
            })
        })
        .collect();
    Value::Array(teams)
}

/// `org.UserOrgDTO` list from `GetUserOrgList`.
fn orgs_of(world: &World, user_id: i64) -> Value {
    let orgs: Vec<Value> = world
        .memberships
        .iter()
        .filter(|((u, _), _)| *u == user_id)
        .filter_map(|((_, org), role)| {
            world
                .orgs
                .get(org)
                .map(|name| json!({"orgId": org, "name": name, "role": role.as_str()}))
        })
        .collect();
    Value::Array(orgs)
}

/// `getUserID`: only users may call `/api/user*` (current Grafana).
enum Caller {
    User(i64),
    LegacyServiceAccount(i64),
}

fn user_only(world: &World, identity: &Identity) -> Result<Caller, Response> {
    match identity {
        Identity::User { user_id, .. } => Ok(Caller::User(*user_id)),
        Identity::ServiceAccount { sa_id, .. }
            if world.settings.service_account_user_api == ServiceAccountUserApi::LegacyProfile =>
        {
            Ok(Caller::LegacyServiceAccount(*sa_id))
        }
        _ => Err(api_error(
            StatusCode::FORBIDDEN,
            "Endpoint only available for users",
        )),
    }
}

// ----- handlers ---------------------------------------------------------------

/// `GET /api/user`.
async fn get_user(State(double): State<GrafanaDouble>, headers: HeaderMap) -> Response {
    double.count(|c| c.api_user += 1);
    let mut w = double.world();
    let identity = match require_no_anonymous(&mut w, &headers) {
        Ok(i) => i,
        Err(r) => return r,
    };
    let profile = match user_only(&w, &identity) {
        Ok(Caller::User(id)) => user_profile(&w, id),
        Ok(Caller::LegacyServiceAccount(id)) => service_account_profile(&w, id),
        Err(r) => return r,
    };
    match profile {
        Some(p) => json_response(StatusCode::OK, p),
        None => api_error(StatusCode::NOT_FOUND, "user not found"),
    }
}

/// `GET /api/user/teams`: teams of the caller's *current* org.
async fn get_user_teams(State(double): State<GrafanaDouble>, headers: HeaderMap) -> Response {
    double.count(|c| c.api_user_teams += 1);
    let mut w = double.world();
    let identity = match require_no_anonymous(&mut w, &headers) {
        Ok(i) => i,
        Err(r) => return r,
    };
    match user_only(&w, &identity) {
        Ok(Caller::User(id) | Caller::LegacyServiceAccount(id)) => {
            json_response(StatusCode::OK, teams_of(&w, identity.org_id(), id))
        }
        Err(r) => r,
    }
}

/// `GET /api/user/orgs`.
async fn get_user_orgs(State(double): State<GrafanaDouble>, headers: HeaderMap) -> Response {
    double.count(|c| c.api_user_orgs += 1);
    let mut w = double.world();
    let identity = match require_no_anonymous(&mut w, &headers) {
        Ok(i) => i,
        Err(r) => return r,
    };
    match user_only(&w, &identity) {
        Ok(Caller::User(id)) => json_response(StatusCode::OK, orgs_of(&w, id)),
        Ok(Caller::LegacyServiceAccount(id)) => {
            let value = w.service_accounts.get(&id).map_or(json!([]), |sa| {
                let name = w.orgs.get(&sa.org_id).cloned().unwrap_or_default();
                json!([{"orgId": sa.org_id, "name": name, "role": sa.role.as_str()}])
            });
            json_response(StatusCode::OK, value)
        }
        Err(r) => r,
    }
}

fn cookie_attrs(world: &World) -> String {
    let max_age = world.settings.login_max_lifetime.as_secs();
    let secure = if world.settings.cookie_secure {
        "; Secure"
    } else {
        ""
    };
    format!("Path=/; Max-Age={max_age}{secure}")
}

/// `authn.WriteSessionCookie`: the HttpOnly session cookie and the readable
/// `grafana_session_expiry` cookie holding the next rotation time.
fn write_session_cookies(world: &World, resp: &mut Response, token: &str, rotated_at: i64) {
    let attrs = cookie_attrs(world);
    let name = &world.settings.login_cookie_name;
    let expiry = world.next_rotation(rotated_at);
    for cookie in [
        format!("{name}={token}; {attrs}; HttpOnly; SameSite=Lax"),
        format!("grafana_session_expiry={expiry}; {attrs}; SameSite=Lax"),
    ] {
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            resp.headers_mut().append(SET_COOKIE, v);
        }
    }
}

/// `authn.DeleteSessionCookie`.
fn delete_session_cookies(world: &World, resp: &mut Response) {
    let name = &world.settings.login_cookie_name;
    let secure = if world.settings.cookie_secure {
        "; Secure"
    } else {
        ""
    };
    for cookie in [
        format!("{name}=; Path=/; Max-Age=0{secure}; HttpOnly; SameSite=Lax"),
        format!("grafana_session_expiry=; Path=/; Max-Age=0{secure}; SameSite=Lax"),
    ] {
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            resp.headers_mut().append(SET_COOKIE, v);
        }
    }
}

#[derive(Deserialize)]
struct LoginForm {
    user: String,
    password: String,
}

/// `POST /login` (`LoginPost`): JSON `{"user","password"}`.
async fn post_login(State(double): State<GrafanaDouble>, body: axum::body::Bytes) -> Response {
    double.count(|c| c.login += 1);
    let Ok(form) = serde_json::from_slice::<LoginForm>(&body) else {
        return api_error(StatusCode::BAD_REQUEST, "bad login data");
    };
    let mut w = double.world();
    let user_id = match auth::password_login(&w, &form.user, &form.password) {
        Ok(id) => id,
        Err(Failure::Errutil {
            message_id,
            message,
        }) => {
            return json_response(
                StatusCode::UNAUTHORIZED,
                json!({"message": message, "messageId": message_id, "statusCode": 401}),
            );
        }
        Err(Failure::Plain) => return failure_response(Failure::Plain),
    };
    let (token, rotated_at) = w.create_session(user_id, None);
    let mut resp = json_response(
        StatusCode::OK,
        json!({"message": "Logged in", "redirectUrl": "/"}),
    );
    write_session_cookies(&w, &mut resp, &token, rotated_at);
    resp
}

/// `GET /logout`: revoke the session, clear cookies, redirect to `/login`.
async fn get_logout(State(double): State<GrafanaDouble>, headers: HeaderMap) -> Response {
    let mut w = double.world();
    let name = w.settings.login_cookie_name.clone();
    if let Some(token) = util::cookie(&headers, &name).and_then(|t| util::query_unescape(&t)) {
        w.sessions.retain(|s| s.token != token);
    }
    let mut resp = Response::builder()
        .status(StatusCode::FOUND)
        .header("Location", "/login")
        .body(Body::empty())
        .unwrap_or_default();
    delete_session_cookies(&w, &mut resp);
    resp
}

/// `POST /api/user/auth-tokens/rotate` (`RotateUserAuthToken`): needs no
/// signed-in user, only the session cookie; answers `{}` and new cookies.
async fn post_rotate(State(double): State<GrafanaDouble>, headers: HeaderMap) -> Response {
    double.count(|c| c.rotate += 1);
    let mut w = double.world();
    let name = w.settings.login_cookie_name.clone();
    let token = util::cookie(&headers, &name)
        .and_then(|t| util::query_unescape(&t))
        .unwrap_or_default();
    if token.is_empty() {
        // auth.ErrInvalidSessionToken: delete the cookies, 401.
        let mut resp = failure_response(Failure::Plain);
        delete_session_cookies(&w, &mut resp);
        return resp;
    }
    match w.rotate_session(&token) {
        None => failure_response(Failure::Plain),
        Some((new_token, rotated_at)) => {
            let mut resp = json_response(StatusCode::OK, json!({}));
            write_session_cookies(&w, &mut resp, &new_token, rotated_at);
            resp
        }
    }
}

/// `GET /api/users/lookup?loginOrEmail=` (needs `users:read`).
async fn get_users_lookup(
    State(double): State<GrafanaDouble>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    double.count(|c| c.users_lookup += 1);
    let mut w = double.world();
    let identity = match require_signed_in(&mut w, &headers) {
        Ok(i) => i,
        Err(r) => return r,
    };
    if !identity.can_read_users(&w) {
        return access_denied("users:read");
    }
    let needle = query.get("loginOrEmail").map_or("", String::as_str);
    let Some(u) = w.user_by_login_or_email(needle) else {
        return api_error(StatusCode::NOT_FOUND, "user not found");
    };
    // GetUserByLoginOrEmail builds a sparse UserProfileDTO.
    json_response(
        StatusCode::OK,
        json!({
            "id": u.id,
            "uid": "",
            "email": u.email,
            "name": u.name,
            "login": u.login,
            "theme": "",
            "orgId": u.current_org,
            "isGrafanaAdmin": u.grafana_admin,
            "isDisabled": false,
            "isExternal": false,
            "isExternallySynced": false,
            "isGrafanaAdminExternallySynced": false,
            "authLabels": null,
            "updatedAt": util::rfc3339(u.updated),
            "createdAt": util::rfc3339(u.created),
            "avatarUrl": "",
            "isProvisioned": false,
        }),
    )
}

fn parse_user_id(raw: &str) -> Result<i64, Response> {
    raw.parse::<i64>()
        .map_err(|_| api_error(StatusCode::BAD_REQUEST, "id is invalid"))
}

/// `GET /api/users/:id/teams`: the user's teams in the *caller's* org.
async fn get_users_teams(
    State(double): State<GrafanaDouble>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    double.count(|c| c.users_teams += 1);
    let mut w = double.world();
    let identity = match require_signed_in(&mut w, &headers) {
        Ok(i) => i,
        Err(r) => return r,
    };
    if !identity.can_read_users(&w) {
        return access_denied("users:read");
    }
    match parse_user_id(&id) {
        Ok(user_id) => json_response(StatusCode::OK, teams_of(&w, identity.org_id(), user_id)),
        Err(r) => r,
    }
}

/// `GET /api/users/:id/orgs`.
async fn get_users_orgs(
    State(double): State<GrafanaDouble>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    double.count(|c| c.users_orgs += 1);
    let mut w = double.world();
    let identity = match require_signed_in(&mut w, &headers) {
        Ok(i) => i,
        Err(r) => return r,
    };
    if !identity.can_read_users(&w) {
        return access_denied("users:read");
    }
    match parse_user_id(&id) {
        Ok(user_id) => json_response(StatusCode::OK, orgs_of(&w, user_id)),
        Err(r) => r,
    }
}

/// `GET /api/health`.
async fn get_health(State(double): State<GrafanaDouble>) -> Response {
    let version = double.world().settings.version.clone();
    json_response(
        StatusCode::OK,
        json!({"commit": "double", "database": "ok", "version": version}),
    )
}

async fn not_found() -> Response {
    api_error(StatusCode::NOT_FOUND, "Not found")
}

/// Counters, latency and "unavailable" for everything but `/__double/`.
async fn faults(State(double): State<GrafanaDouble>, req: Request, next: Next) -> Response {
    double.count(|c| c.total += 1);
    let (latency, unavailable) = {
        let w = double.world();
        (w.latency, w.unavailable)
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    if let Some(status) = unavailable {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        let mut resp = Response::new(Body::empty());
        *resp.status_mut() = status;
        resp.headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        return resp;
    }
    next.run(req).await
}

/// The Grafana double as an axum [`Router`]. Serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()` (as
/// [`crate::spawn_grafana`] does) so the data source proxy can set
/// `X-Forwarded-For`.
pub fn app(double: GrafanaDouble) -> Router {
    let grafana = Router::new()
        .route("/login", post(post_login))
        .route("/logout", get(get_logout))
        .route("/api/health", get(get_health))
        .route("/api/user", get(get_user))
        .route("/api/user/teams", get(get_user_teams))
        .route("/api/user/orgs", get(get_user_orgs))
        .route("/api/user/auth-tokens/rotate", post(post_rotate))
        .route("/api/users/lookup", get(get_users_lookup))
        .route("/api/users/{id}/teams", get(get_users_teams))
        .route("/api/users/{id}/orgs", get(get_users_orgs))
        .route("/api/datasources/proxy/uid/{uid}", any(dsproxy::proxy))
        .route("/api/datasources/proxy/uid/{uid}/", any(dsproxy::proxy))
        .route(
            "/api/datasources/proxy/uid/{uid}/{*path}",
            any(dsproxy::proxy),
        )
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(double.clone(), faults));
    let router = if double.settings().control_api {
        grafana.merge(control::routes())
    } else {
        grafana
    };
    router.with_state(double)
}

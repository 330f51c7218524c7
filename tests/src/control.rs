//! Test controls over HTTP under `/__double/` (for tests that cannot call
//! Rust methods, e.g. a browser test driven from Node). Not part of
//! Grafana's API; disable with [`crate::Settings::control_api`].

use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use serde::Deserialize;
use serde_json::json;

use crate::model::{DoubleError, OrgRole};
use crate::state::GrafanaDouble;

fn err(e: DoubleError) -> Response {
    let status = match e {
        DoubleError::UnknownUser(_)
        | DoubleError::UnknownOrg(_)
        | DoubleError::UnknownTeam(_)
        | DoubleError::UnknownServiceAccount(_)
        | DoubleError::UnknownSession => StatusCode::NOT_FOUND,
        DoubleError::Duplicate(_) => StatusCode::CONFLICT,
        DoubleError::Invalid(_) => StatusCode::BAD_REQUEST,
    };
    (status, Json(json!({"error": e.to_string()}))).into_response()
}

fn done(r: Result<(), DoubleError>) -> Response {
    match r {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => err(e),
    }
}

#[derive(Deserialize)]
struct NewSession {
    login: String,
    #[serde(default)]
    token: Option<String>,
}

async fn create_session(State(d): State<GrafanaDouble>, Json(req): Json<NewSession>) -> Response {
    let token = match req.token {
        Some(t) => d.create_session_with_token(&req.login, &t).map(|()| t),
        None => d.create_session(&req.login),
    };
    match token {
        Ok(t) => {
            let cookie = d.cookie_header(&t);
            Json(json!({"token": t, "cookie": cookie})).into_response()
        }
        Err(e) => err(e),
    }
}

async fn revoke_session(State(d): State<GrafanaDouble>, Path(token): Path<String>) -> Response {
    done(d.revoke_session(&token))
}

async fn force_rotation(State(d): State<GrafanaDouble>, Path(token): Path<String>) -> Response {
    done(d.force_rotation(&token))
}

async fn force_rotation_all(State(d): State<GrafanaDouble>) -> Response {
    d.force_rotation_all();
    StatusCode::NO_CONTENT.into_response()
}

#[derive(Deserialize)]
struct Member {
    login: String,
    #[serde(default)]
    admin: bool,
}

async fn add_member(
    State(d): State<GrafanaDouble>,
    Path(team): Path<i64>,
    Json(m): Json<Member>,
) -> Response {
    done(if m.admin {
        d.add_team_admin(team, &m.login)
    } else {
        d.add_team_member(team, &m.login)
    })
}

async fn remove_member(
    State(d): State<GrafanaDouble>,
    Path((team, login)): Path<(i64, String)>,
) -> Response {
    done(d.remove_team_member(team, &login))
}

#[derive(Deserialize)]
struct Role {
    role: OrgRole,
}

async fn set_role(
    State(d): State<GrafanaDouble>,
    Path((login, org)): Path<(String, i64)>,
    Json(r): Json<Role>,
) -> Response {
    done(d.set_org_role(&login, org, r.role))
}

async fn remove_from_org(
    State(d): State<GrafanaDouble>,
    Path((login, org)): Path<(String, i64)>,
) -> Response {
    done(d.remove_from_org(&login, org))
}

#[derive(Deserialize)]
struct Faults {
    #[serde(default)]
    latency_ms: u64,
    #[serde(default)]
    unavailable_status: Option<u16>,
}

async fn set_faults(State(d): State<GrafanaDouble>, Json(f): Json<Faults>) -> Response {
    d.set_latency(Duration::from_millis(f.latency_ms));
    d.set_unavailable(f.unavailable_status);
    StatusCode::NO_CONTENT.into_response()
}

#[derive(Deserialize)]
struct Advance {
    seconds: u64,
}

async fn advance_clock(State(d): State<GrafanaDouble>, Json(a): Json<Advance>) -> Response {
    d.advance_clock(Duration::from_secs(a.seconds));
    Json(json!({"now": d.now_unix()})).into_response()
}

async fn counters(State(d): State<GrafanaDouble>) -> Response {
    Json(d.counters()).into_response()
}

async fn reset_counters(State(d): State<GrafanaDouble>) -> Response {
    d.reset_counters();
    StatusCode::NO_CONTENT.into_response()
}

async fn state(State(d): State<GrafanaDouble>) -> Response {
    let w = d.world();
    let users: Vec<_> = w
        .users
        .values()
        .map(|u| json!({"id": u.id, "login": u.login, "orgId": u.current_org}))
        .collect();
    let teams: Vec<_> = w
        .teams
        .values()
        .map(|t| {
            let members: Vec<_> = t
                .members
                .keys()
                .filter_map(|id| w.users.get(id).map(|u| u.login.clone()))
                .collect();
            json!({"id": t.id, "orgId": t.org_id, "name": t.name, "members": members})
        })
        .collect();
    let datasources: Vec<_> = w.datasources.keys().cloned().collect();
    Json(json!({"users": users, "teams": teams, "datasources": datasources})).into_response()
}

/// The control routes.
pub(crate) fn routes() -> Router<GrafanaDouble> {
    Router::new()
        .route("/__double/state", get(state))
        .route("/__double/sessions", post(create_session))
        .route("/__double/sessions/{token}", delete(revoke_session))
        .route(
            "/__double/sessions/{token}/force-rotation",
            post(force_rotation),
        )
        .route("/__double/force-rotation", post(force_rotation_all))
        .route("/__double/teams/{team}/members", post(add_member))
        .route(
            "/__double/teams/{team}/members/{login}",
            delete(remove_member),
        )
        .route(
            "/__double/users/{login}/orgs/{org}",
            put(set_role).delete(remove_from_org),
        )
        .route("/__double/faults", put(set_faults))
        .route("/__double/clock/advance", post(advance_clock))
        .route("/__double/counters", get(counters))
        .route("/__double/counters/reset", post(reset_counters))
}

//! The double's mutable world and the control methods tests call on it.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

use crate::model::{
    Counters, DataSourceSeed, DoubleError, NewUser, OrgRole, Seed, ServiceAccountSeed, Settings,
};
use crate::util;

/// Grafana's `usertoken.UrgentRotateTime`: a token that was rotated but whose
/// new value the browser has not used yet must be rotated again after 1 min.
pub(crate) const URGENT_ROTATE: i64 = 60;
/// Grafana's `rotationLeeway`: the expiry cookie says "rotate 5 s early".
pub(crate) const ROTATION_LEEWAY: i64 = 5;

#[derive(Clone, Debug)]
pub(crate) struct UserRec {
    pub id: i64,
    pub uid: String,
    pub login: String,
    pub email: String,
    pub name: String,
    pub password: Option<String>,
    pub grafana_admin: bool,
    pub disabled: bool,
    pub auth_labels: Vec<String>,
    /// `user.org_id`: the org the user is currently using.
    pub current_org: i64,
    pub created: i64,
    pub updated: i64,
}

#[derive(Clone, Debug)]
pub(crate) struct ServiceAccountRec {
    /// Service accounts are rows of Grafana's user table: ids share the space.
    pub id: i64,
    pub uid: String,
    pub name: String,
    pub login: String,
    pub org_id: i64,
    pub role: OrgRole,
    pub tokens: Vec<String>,
    pub users_read: bool,
    pub disabled: bool,
    pub created: i64,
}

#[derive(Clone, Debug)]
pub(crate) struct TeamRec {
    pub id: i64,
    pub uid: String,
    pub org_id: i64,
    pub name: String,
    pub email: String,
    /// user id → `permission` (0 member, 4 admin).
    pub members: BTreeMap<i64, i64>,
}

/// A row of Grafana's `user_auth_token` table (tokens kept unhashed).
#[derive(Clone, Debug)]
pub(crate) struct SessionRec {
    pub user_id: i64,
    pub token: String,
    pub prev_token: Option<String>,
    pub seen: bool,
    pub created_at: i64,
    pub rotated_at: i64,
}

/// Everything behind the lock.
#[derive(Debug)]
pub(crate) struct World {
    pub settings: Settings,
    pub orgs: BTreeMap<i64, String>,
    pub users: BTreeMap<i64, UserRec>,
    /// (user id, org id) → role.
    pub memberships: BTreeMap<(i64, i64), OrgRole>,
    pub teams: BTreeMap<i64, TeamRec>,
    pub service_accounts: BTreeMap<i64, ServiceAccountRec>,
    pub datasources: BTreeMap<String, DataSourceSeed>,
    pub sessions: Vec<SessionRec>,
    pub next_user_id: i64,
    pub next_team_id: i64,
    pub next_org_id: i64,
    pub clock_offset: i64,
    pub latency: Duration,
    pub unavailable: Option<u16>,
}

/// What a session-cookie lookup found (mirrors `UserAuthTokenService.LookupToken`
/// followed by `UserToken.NeedsRotation`).
pub(crate) enum SessionLookup {
    /// Valid and fresh.
    Valid { user_id: i64 },
    /// Valid but due for rotation: API calls get 401 `session.token.rotate`.
    NeedsRotation,
    /// Unknown, revoked, superseded or expired.
    Invalid,
}

impl World {
    fn new(settings: Settings) -> Self {
        let mut orgs = BTreeMap::new();
        orgs.insert(1, "Main Org.".to_string());
        World {
            settings,
            orgs,
            users: BTreeMap::new(),
            memberships: BTreeMap::new(),
            teams: BTreeMap::new(),
            service_accounts: BTreeMap::new(),
            datasources: BTreeMap::new(),
            sessions: Vec::new(),
            next_user_id: 1,
            next_team_id: 1,
            next_org_id: 2,
            clock_offset: 0,
            latency: Duration::ZERO,
            unavailable: None,
        }
    }

    /// Unix seconds on the double's clock (wall clock plus test offset).
    pub fn now(&self) -> i64 {
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        wall + self.clock_offset
    }

    fn rotation_secs(&self) -> i64 {
        i64::try_from(self.settings.token_rotation_interval.as_secs()).unwrap_or(i64::MAX)
    }

    pub fn user_by_login(&self, login: &str) -> Result<&UserRec, DoubleError> {
        self.users
            .values()
            .find(|u| u.login == login)
            .ok_or_else(|| DoubleError::UnknownUser(login.to_string()))
    }

    /// Grafana's `GetByLogin`: by login, then by email.
    pub fn user_by_login_or_email(&self, needle: &str) -> Option<&UserRec> {
        self.users
            .values()
            .find(|u| u.login == needle)
            .or_else(|| self.users.values().find(|u| u.email == needle))
    }

    pub fn role_in(&self, user_id: i64, org_id: i64) -> Option<OrgRole> {
        self.memberships.get(&(user_id, org_id)).copied()
    }

    /// Look a cookie value up, updating `auth_token_seen` like Grafana does.
    pub fn lookup_session(&mut self, token: &str) -> SessionLookup {
        let now = self.now();
        let accept_prev = self.settings.accept_previous_token;
        let max_life =
            i64::try_from(self.settings.login_max_lifetime.as_secs()).unwrap_or(i64::MAX);
        let max_idle =
            i64::try_from(self.settings.login_max_inactive_lifetime.as_secs()).unwrap_or(i64::MAX);
        let rotation = self.rotation_secs();
        let Some(session) = self
            .sessions
            .iter_mut()
            .find(|s| s.token == token || (accept_prev && s.prev_token.as_deref() == Some(token)))
        else {
            return SessionLookup::Invalid;
        };
        if session.created_at <= now - max_life || session.rotated_at <= now - max_idle {
            return SessionLookup::Invalid;
        }
        if session.token != token && session.seen {
            // The browser came back with the previous value although the new
            // one was seen: Grafana schedules an urgent rotation.
            session.seen = false;
            session.rotated_at = now - URGENT_ROTATE;
        }
        if !session.seen && session.token == token {
            session.seen = true;
        }
        let needs_rotation = if session.seen {
            session.rotated_at < now - rotation
        } else {
            session.rotated_at < now - URGENT_ROTATE
        };
        let user_id = session.user_id;
        if needs_rotation {
            SessionLookup::NeedsRotation
        } else {
            SessionLookup::Valid { user_id }
        }
    }

    /// `RotateToken`: look the token up (rotation-due tokens are fine), then
    /// issue a new value. Returns the new token and its rotation time.
    pub fn rotate_session(&mut self, token: &str) -> Option<(String, i64)> {
        if let SessionLookup::Invalid = self.lookup_session(token) {
            return None;
        }
        let now = self.now();
        let accept_prev = self.settings.accept_previous_token;
        let session = self.sessions.iter_mut().find(|s| {
            s.token == token || (accept_prev && s.prev_token.as_deref() == Some(token))
        })?;
        let new_token = util::random_hex16();
        session.prev_token = Some(std::mem::replace(&mut session.token, new_token.clone()));
        session.seen = false;
        session.rotated_at = now;
        Some((new_token, now))
    }

    /// The value of the `grafana_session_expiry` cookie for a token rotated at
    /// `rotated_at` (`UserToken.NextRotation`).
    pub fn next_rotation(&self, rotated_at: i64) -> i64 {
        rotated_at + self.rotation_secs() - ROTATION_LEEWAY
    }

    pub fn create_session(&mut self, user_id: i64, token: Option<String>) -> (String, i64) {
        let now = self.now();
        let token = token.unwrap_or_else(util::random_hex16);
        self.sessions.push(SessionRec {
            user_id,
            token: token.clone(),
            prev_token: None,
            seen: false,
            created_at: now,
            rotated_at: now,
        });
        (token, now)
    }

    fn add_user(&mut self, new: NewUser) -> Result<i64, DoubleError> {
        if new.login.is_empty() {
            return Err(DoubleError::Invalid("empty login".into()));
        }
        if self.users.values().any(|u| u.login == new.login)
            || self.service_accounts.values().any(|s| s.login == new.login)
        {
            return Err(DoubleError::Duplicate(new.login));
        }
        let orgs = if new.orgs.is_empty() {
            vec![(1, OrgRole::Viewer)]
        } else {
            new.orgs.iter().map(|m| (m.org_id, m.role)).collect()
        };
        for (org, _) in &orgs {
            if !self.orgs.contains_key(org) {
                return Err(DoubleError::UnknownOrg(*org));
            }
        }
        let id = self.next_user_id;
        self.next_user_id += 1;
        let now = self.now();
        let email = new
            .email
            .unwrap_or_else(|| format!("{}@example.com", new.login));
        self.users.insert(
            id,
            UserRec {
                id,
                uid: util::short_uid(),
                name: new.name.unwrap_or_else(|| new.login.clone()),
                login: new.login,
                email,
                password: new.password,
                grafana_admin: new.grafana_admin,
                disabled: new.disabled,
                auth_labels: new.auth_labels,
                current_org: orgs[0].0,
                created: now,
                updated: now,
            },
        );
        for (org, role) in orgs {
            self.memberships.insert((id, org), role);
        }
        Ok(id)
    }

    fn add_team(&mut self, org_id: i64, name: &str, email: &str) -> Result<i64, DoubleError> {
        if !self.orgs.contains_key(&org_id) {
            return Err(DoubleError::UnknownOrg(org_id));
        }
        if self
            .teams
            .values()
            .any(|t| t.org_id == org_id && t.name == name)
        {
            return Err(DoubleError::Duplicate(format!("team {name}")));
        }
        let id = self.next_team_id;
        self.next_team_id += 1;
        self.teams.insert(
            id,
            TeamRec {
                id,
                uid: util::short_uid(),
                org_id,
                name: name.to_string(),
                email: email.to_string(),
                members: BTreeMap::new(),
            },
        );
        Ok(id)
    }

    fn set_team_member(
        &mut self,
        team_id: i64,
        login: &str,
        permission: i64,
    ) -> Result<(), DoubleError> {
        let user_id = self.user_by_login(login)?.id;
        let team = self
            .teams
            .get_mut(&team_id)
            .ok_or(DoubleError::UnknownTeam(team_id))?;
        team.members.insert(user_id, permission);
        Ok(())
    }

    fn add_service_account(&mut self, seed: ServiceAccountSeed) -> Result<i64, DoubleError> {
        if !self.orgs.contains_key(&seed.org_id) {
            return Err(DoubleError::UnknownOrg(seed.org_id));
        }
        for token in &seed.tokens {
            if !util::service_account_token_well_formed(token) {
                return Err(DoubleError::Invalid(format!(
                    "service account token {token:?} is not glsa_<secret>_<crc32>"
                )));
            }
        }
        let login = format!("sa-{}-{}", seed.org_id, util::slugify(&seed.name));
        if self.users.values().any(|u| u.login == login)
            || self.service_accounts.values().any(|s| s.login == login)
        {
            return Err(DoubleError::Duplicate(login));
        }
        let id = self.next_user_id;
        self.next_user_id += 1;
        let created = self.now();
        self.service_accounts.insert(
            id,
            ServiceAccountRec {
                id,
                uid: util::short_uid(),
                name: seed.name,
                login,
                org_id: seed.org_id,
                role: seed.role,
                tokens: seed.tokens,
                users_read: seed.users_read,
                disabled: false,
                created,
            },
        );
        Ok(id)
    }
}

struct Inner {
    world: Mutex<World>,
    counters: Mutex<Counters>,
    client: Client<HttpConnector, Body>,
}

/// A Grafana server double: shared, mutable state plus the HTTP behaviour in
/// [`GrafanaDouble::app`]. Cloning is cheap and every clone sees the same
/// world, so a test can keep one clone and change users, teams, roles,
/// sessions and faults while the server runs.
#[derive(Clone)]
pub struct GrafanaDouble {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for GrafanaDouble {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GrafanaDouble").finish_non_exhaustive()
    }
}

impl Default for GrafanaDouble {
    fn default() -> Self {
        GrafanaDouble::new(Settings::default())
    }
}

impl GrafanaDouble {
    /// An empty Grafana: org 1 `Main Org.`, no users.
    pub fn new(settings: Settings) -> Self {
        let client = Client::builder(TokioExecutor::new()).build_http();
        GrafanaDouble {
            inner: Arc::new(Inner {
                world: Mutex::new(World::new(settings)),
                counters: Mutex::new(Counters::default()),
                client,
            }),
        }
    }

    /// Build a world from a [`Seed`] (the JSON the binary reads).
    pub fn from_seed(seed: Seed) -> Result<Self, DoubleError> {
        let double = GrafanaDouble::new(seed.settings.into_settings());
        {
            let mut w = double.world();
            for org in seed.orgs {
                if org.id == 1 {
                    w.orgs.insert(1, org.name);
                    continue;
                }
                if w.orgs.contains_key(&org.id) {
                    return Err(DoubleError::Duplicate(format!("org {}", org.id)));
                }
                w.orgs.insert(org.id, org.name);
                w.next_org_id = w.next_org_id.max(org.id + 1);
            }
            for user in seed.users {
                w.add_user(user)?;
            }
            for team in seed.teams {
                let id = w.add_team(team.org_id, &team.name, &team.email)?;
                for login in &team.members {
                    w.set_team_member(id, login, 0)?;
                }
                for login in &team.admins {
                    w.set_team_member(id, login, 4)?;
                }
            }
            for sa in seed.service_accounts {
                w.add_service_account(sa)?;
            }
            for ds in seed.datasources {
                if !w.orgs.contains_key(&ds.org_id) {
                    return Err(DoubleError::UnknownOrg(ds.org_id));
                }
                w.datasources.insert(ds.uid.clone(), ds);
            }
            for session in seed.sessions {
                let user_id = w.user_by_login(&session.login)?.id;
                if let Some(token) = &session.token {
                    check_token_value(token)?;
                }
                w.create_session(user_id, session.token);
            }
        }
        Ok(double)
    }

    pub(crate) fn world(&self) -> MutexGuard<'_, World> {
        // A panic while holding the lock cannot leave the world half-updated
        // in a way later tests rely on, so recover from poisoning.
        self.inner.world.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn count(&self, f: impl FnOnce(&mut Counters)) {
        let mut c = self
            .inner
            .counters
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        f(&mut c);
    }

    pub(crate) fn http_client(&self) -> &Client<HttpConnector, Body> {
        &self.inner.client
    }

    // ----- settings -------------------------------------------------------

    /// A copy of the current settings.
    pub fn settings(&self) -> Settings {
        self.world().settings.clone()
    }

    /// Change settings at runtime (e.g. turn `send_user_header` off, enable
    /// anonymous access, shorten the rotation interval).
    pub fn update_settings(&self, f: impl FnOnce(&mut Settings)) {
        f(&mut self.world().settings);
    }

    /// The `Cookie` header value for a session token:
    /// `grafana_session=<token>` (with the configured cookie name).
    pub fn cookie_header(&self, token: &str) -> String {
        format!("{}={token}", self.world().settings.login_cookie_name)
    }

    // ----- orgs and users ---------------------------------------------------

    /// Create an org; returns its id.
    pub fn add_org(&self, name: &str) -> i64 {
        let mut w = self.world();
        let id = w.next_org_id;
        w.next_org_id += 1;
        w.orgs.insert(id, name.to_string());
        id
    }

    /// Create a user; returns its id.
    pub fn add_user(&self, user: NewUser) -> Result<i64, DoubleError> {
        self.world().add_user(user)
    }

    /// The id of the user with this login.
    pub fn user_id(&self, login: &str) -> Option<i64> {
        self.world().user_by_login(login).ok().map(|u| u.id)
    }

    /// Set (or add) the user's role in an org, like `PATCH /api/orgs/:id/users/:id`.
    pub fn set_org_role(&self, login: &str, org_id: i64, role: OrgRole) -> Result<(), DoubleError> {
        let mut w = self.world();
        if !w.orgs.contains_key(&org_id) {
            return Err(DoubleError::UnknownOrg(org_id));
        }
        let id = w.user_by_login(login)?.id;
        w.memberships.insert((id, org_id), role);
        Ok(())
    }

    /// Remove the user from an org (and from that org's teams). If it was
    /// the current org, the user switches to another membership, as Grafana
    /// does.
    pub fn remove_from_org(&self, login: &str, org_id: i64) -> Result<(), DoubleError> {
        let mut w = self.world();
        let id = w.user_by_login(login)?.id;
        if w.memberships.remove(&(id, org_id)).is_none() {
            return Err(DoubleError::Invalid(format!(
                "{login} is not in org {org_id}"
            )));
        }
        for team in w.teams.values_mut().filter(|t| t.org_id == org_id) {
            team.members.remove(&id);
        }
        let next = w
            .memberships
            .keys()
            .find(|(u, _)| *u == id)
            .map(|(_, o)| *o);
        if let Some(user) = w.users.get_mut(&id)
            && user.current_org == org_id
        {
            user.current_org = next.unwrap_or(0);
        }
        Ok(())
    }

    /// Switch the user's current org (`POST /api/user/using/:id`).
    pub fn set_current_org(&self, login: &str, org_id: i64) -> Result<(), DoubleError> {
        let mut w = self.world();
        let id = w.user_by_login(login)?.id;
        if w.role_in(id, org_id).is_none() {
            return Err(DoubleError::Invalid(format!(
                "{login} is not in org {org_id}"
            )));
        }
        if let Some(user) = w.users.get_mut(&id) {
            user.current_org = org_id;
        }
        Ok(())
    }

    /// Disable or enable a user (disabled users get 401 `identity.disabled`).
    pub fn set_user_disabled(&self, login: &str, disabled: bool) -> Result<(), DoubleError> {
        let mut w = self.world();
        let id = w.user_by_login(login)?.id;
        if let Some(user) = w.users.get_mut(&id) {
            user.disabled = disabled;
        }
        Ok(())
    }

    // ----- teams ----------------------------------------------------------

    /// Create a team in an org; returns its id.
    pub fn add_team(&self, org_id: i64, name: &str) -> Result<i64, DoubleError> {
        self.world().add_team(org_id, name, "")
    }

    /// The id of a team by org and name.
    pub fn team_id(&self, org_id: i64, name: &str) -> Option<i64> {
        self.world()
            .teams
            .values()
            .find(|t| t.org_id == org_id && t.name == name)
            .map(|t| t.id)
    }

    /// Add a user to a team as a plain member (`permission` 0).
    pub fn add_team_member(&self, team_id: i64, login: &str) -> Result<(), DoubleError> {
        self.world().set_team_member(team_id, login, 0)
    }

    /// Add a user to a team as a team admin (`permission` 4).
    pub fn add_team_admin(&self, team_id: i64, login: &str) -> Result<(), DoubleError> {
        self.world().set_team_member(team_id, login, 4)
    }

    /// Remove a user from a team.
    pub fn remove_team_member(&self, team_id: i64, login: &str) -> Result<(), DoubleError> {
        let mut w = self.world();
        let user_id = w.user_by_login(login)?.id;
        let team = w
            .teams
            .get_mut(&team_id)
            .ok_or(DoubleError::UnknownTeam(team_id))?;
        if team.members.remove(&user_id).is_none() {
            return Err(DoubleError::Invalid(format!(
                "{login} is not in team {team_id}"
            )));
        }
        Ok(())
    }

    // ----- service accounts -------------------------------------------------

    /// Create a service account; returns its id (ids share the user id space,
    /// as service accounts are rows of Grafana's user table).
    pub fn add_service_account(
        &self,
        org_id: i64,
        name: &str,
        role: OrgRole,
    ) -> Result<i64, DoubleError> {
        self.world().add_service_account(ServiceAccountSeed {
            org_id,
            name: name.to_string(),
            role,
            tokens: Vec::new(),
            users_read: false,
        })
    }

    /// Mint a `glsa_...` token for a service account.
    pub fn add_service_account_token(&self, sa_id: i64) -> Result<String, DoubleError> {
        let mut w = self.world();
        let sa = w
            .service_accounts
            .get_mut(&sa_id)
            .ok_or(DoubleError::UnknownServiceAccount(sa_id))?;
        let token = util::new_service_account_token();
        sa.tokens.push(token.clone());
        Ok(token)
    }

    /// Grant or revoke global `users:read` (needed by `/api/users/lookup`,
    /// `/api/users/:id/teams`, `/api/users/:id/orgs`).
    pub fn set_service_account_users_read(
        &self,
        sa_id: i64,
        allowed: bool,
    ) -> Result<(), DoubleError> {
        let mut w = self.world();
        let sa = w
            .service_accounts
            .get_mut(&sa_id)
            .ok_or(DoubleError::UnknownServiceAccount(sa_id))?;
        sa.users_read = allowed;
        Ok(())
    }

    /// Disable or enable a service account.
    pub fn set_service_account_disabled(
        &self,
        sa_id: i64,
        disabled: bool,
    ) -> Result<(), DoubleError> {
        let mut w = self.world();
        let sa = w
            .service_accounts
            .get_mut(&sa_id)
            .ok_or(DoubleError::UnknownServiceAccount(sa_id))?;
        sa.disabled = disabled;
        Ok(())
    }

    // ----- data sources -----------------------------------------------------

    /// Add or replace a data source.
    pub fn add_datasource(&self, ds: DataSourceSeed) -> Result<(), DoubleError> {
        let mut w = self.world();
        if !w.orgs.contains_key(&ds.org_id) {
            return Err(DoubleError::UnknownOrg(ds.org_id));
        }
        w.datasources.insert(ds.uid.clone(), ds);
        Ok(())
    }

    /// Remove a data source; true if it existed.
    pub fn remove_datasource(&self, uid: &str) -> bool {
        self.world().datasources.remove(uid).is_some()
    }

    // ----- sessions ---------------------------------------------------------

    /// Create a session for a user as `POST /login` would and return the
    /// `grafana_session` cookie value.
    pub fn create_session(&self, login: &str) -> Result<String, DoubleError> {
        let mut w = self.world();
        let id = w.user_by_login(login)?.id;
        Ok(w.create_session(id, None).0)
    }

    /// Create a session with a chosen cookie value (for browser tests that
    /// must know it in advance).
    pub fn create_session_with_token(&self, login: &str, token: &str) -> Result<(), DoubleError> {
        check_token_value(token)?;
        let mut w = self.world();
        if w.sessions.iter().any(|s| s.token == token) {
            return Err(DoubleError::Duplicate("session token".into()));
        }
        let id = w.user_by_login(login)?.id;
        w.create_session(id, Some(token.to_string()));
        Ok(())
    }

    /// Current cookie values of a user's sessions (after any rotations).
    pub fn session_tokens(&self, login: &str) -> Vec<String> {
        let w = self.world();
        let Ok(user) = w.user_by_login(login) else {
            return Vec::new();
        };
        let id = user.id;
        w.sessions
            .iter()
            .filter(|s| s.user_id == id)
            .map(|s| s.token.clone())
            .collect()
    }

    /// Make a session due for rotation now: API calls with it answer 401
    /// `session.token.rotate` until `POST /api/user/auth-tokens/rotate`.
    pub fn force_rotation(&self, token: &str) -> Result<(), DoubleError> {
        let mut w = self.world();
        let due = w.now() - w.rotation_secs() - 1;
        let session = w
            .sessions
            .iter_mut()
            .find(|s| s.token == token)
            .ok_or(DoubleError::UnknownSession)?;
        session.seen = true;
        session.rotated_at = due;
        Ok(())
    }

    /// [`GrafanaDouble::force_rotation`] for every session.
    pub fn force_rotation_all(&self) {
        let mut w = self.world();
        let due = w.now() - w.rotation_secs() - 1;
        for session in &mut w.sessions {
            session.seen = true;
            session.rotated_at = due;
        }
    }

    /// Delete a session (logout / admin revoke): the cookie stops working.
    pub fn revoke_session(&self, token: &str) -> Result<(), DoubleError> {
        let mut w = self.world();
        let before = w.sessions.len();
        w.sessions
            .retain(|s| s.token != token && s.prev_token.as_deref() != Some(token));
        if w.sessions.len() == before {
            return Err(DoubleError::UnknownSession);
        }
        Ok(())
    }

    /// Delete all of a user's sessions.
    pub fn revoke_user_sessions(&self, login: &str) -> Result<usize, DoubleError> {
        let mut w = self.world();
        let id = w.user_by_login(login)?.id;
        let before = w.sessions.len();
        w.sessions.retain(|s| s.user_id != id);
        Ok(before - w.sessions.len())
    }

    /// Move the double's clock forward (sessions age, rotations fall due,
    /// 7-day idle / 30-day total limits expire).
    pub fn advance_clock(&self, by: Duration) {
        let mut w = self.world();
        w.clock_offset += i64::try_from(by.as_secs()).unwrap_or(i64::MAX / 2);
    }

    /// The double's current unix time.
    pub fn now_unix(&self) -> i64 {
        self.world().now()
    }

    // ----- faults -----------------------------------------------------------

    /// Delay every response (except `/__double/`) by this much: a slow Grafana.
    pub fn set_latency(&self, latency: Duration) {
        self.world().latency = latency;
    }

    /// Answer every request (except `/__double/`) with this status and an
    /// empty body, e.g. `Some(503)` for a Grafana behind a failing proxy, or
    /// `Some(502)`. `None` restores normal service. For "connection
    /// refused", stop the server ([`crate::GrafanaServer::stop`]).
    pub fn set_unavailable(&self, status: Option<u16>) {
        self.world().unavailable = status;
    }

    // ----- counters ---------------------------------------------------------

    /// Calls per endpoint since start or the last reset.
    pub fn counters(&self) -> Counters {
        *self
            .inner
            .counters
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Zero the counters.
    pub fn reset_counters(&self) {
        *self
            .inner
            .counters
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Counters::default();
    }
}

fn check_token_value(token: &str) -> Result<(), DoubleError> {
    let ok = !token.is_empty()
        && token
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b";,\"\\".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(DoubleError::Invalid(format!("session token {token:?}")))
    }
}

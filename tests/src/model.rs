//! Public data types: settings, the JSON seed format, roles and errors.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Grafana's organization roles (`org.RoleType`): `Viewer`, `Editor`,
/// `Admin`, or `None` (a member with no basic role).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrgRole {
    /// `Viewer`.
    Viewer,
    /// `Editor`.
    Editor,
    /// `Admin`.
    Admin,
    /// `None`: a member without a basic role (cannot query data sources).
    None,
}

impl OrgRole {
    /// The exact string Grafana puts in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgRole::Viewer => "Viewer",
            OrgRole::Editor => "Editor",
            OrgRole::Admin => "Admin",
            OrgRole::None => "None",
        }
    }

    /// Whether this role carries `datasources:query` in OSS Grafana's
    /// basic roles (Viewer and up do; `None` does not).
    pub fn can_query_datasources(self) -> bool {
        !matches!(self, OrgRole::None)
    }
}

impl fmt::Display for OrgRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What `GET /api/user` (and `/api/user/teams`, `/api/user/orgs`) answer for a
/// service-account token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceAccountUserApi {
    /// Current Grafana (authn era, `pkg/api/user.go` `getUserID`): 403
    /// `{"message":"Endpoint only available for users"}`.
    #[default]
    Forbidden,
    /// Grafana 9.x (`contexthandler.initContextWithAPIKey`): the service
    /// account *is* the signed-in user, so `/api/user` answers 200 with the
    /// service account's own profile (`login` = `sa-<org>-<name>`). A key
    /// service must refuse this too.
    LegacyProfile,
}

/// Anonymous access (`[auth.anonymous] enabled = true`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnonymousAccess {
    /// The org anonymous visitors land in (`org_name` resolved to an id).
    #[serde(default = "default_org_id")]
    pub org_id: i64,
    /// `org_role`, Grafana's default is `Viewer`.
    #[serde(default = "default_anonymous_role")]
    pub role: OrgRole,
}

fn default_org_id() -> i64 {
    1
}

fn default_anonymous_role() -> OrgRole {
    OrgRole::Viewer
}

impl Default for AnonymousAccess {
    fn default() -> Self {
        AnonymousAccess {
            org_id: 1,
            role: OrgRole::Viewer,
        }
    }
}

/// Server settings, named after the `grafana.ini` keys they mirror.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// `[auth] login_cookie_name`, default `grafana_session`.
    pub login_cookie_name: String,
    /// `[auth] token_rotation_interval_minutes`, default 10 minutes.
    pub token_rotation_interval: Duration,
    /// `[auth] login_maximum_inactive_lifetime_duration`, default 7 days.
    pub login_max_inactive_lifetime: Duration,
    /// `[auth] login_maximum_lifetime_duration`, default 30 days (also the
    /// cookies' `Max-Age`).
    pub login_max_lifetime: Duration,
    /// `[security] cookie_secure`, default false.
    pub cookie_secure: bool,
    /// `[dataproxy] send_user_header`, default false in Grafana; the double
    /// defaults to true because the product's data-source-proxy mode needs it.
    pub send_user_header: bool,
    /// `[auth.anonymous]`: `None` = disabled (Grafana's default).
    pub anonymous: Option<AnonymousAccess>,
    /// `[auth.basic] enabled`, default true.
    pub basic_auth_enabled: bool,
    /// Real Grafana keeps accepting the *previous* session token after a
    /// rotation (`LookupToken` matches `auth_token OR prev_auth_token`).
    /// Default false: the old cookie value stops working at once, which is
    /// what the project brief asks the double to model (stricter).
    pub accept_previous_token: bool,
    /// Service-account behaviour of `/api/user*`.
    pub service_account_user_api: ServiceAccountUserApi,
    /// Reported version; the data source proxy sends `User-Agent: Grafana/<v>`.
    pub version: String,
    /// Serve the test-control API under `/__double/` (default true).
    pub control_api: bool,
    /// `[dataproxy] timeout`, default 30 s (504 when exceeded).
    pub dataproxy_timeout: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            login_cookie_name: "grafana_session".to_string(),
            token_rotation_interval: Duration::from_secs(10 * 60),
            login_max_inactive_lifetime: Duration::from_secs(7 * 24 * 3600),
            login_max_lifetime: Duration::from_secs(30 * 24 * 3600),
            cookie_secure: false,
            send_user_header: true,
            anonymous: None,
            basic_auth_enabled: true,
            accept_previous_token: false,
            service_account_user_api: ServiceAccountUserApi::Forbidden,
            version: "11.5.0".to_string(),
            control_api: true,
            dataproxy_timeout: Duration::from_secs(30),
        }
    }
}

/// JSON form of [`Settings`] (all fields optional; durations in minutes or
/// seconds as the ini keys use).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SettingsSeed {
    /// See [`Settings::login_cookie_name`].
    pub login_cookie_name: Option<String>,
    /// See [`Settings::token_rotation_interval`].
    pub token_rotation_interval_minutes: Option<u64>,
    /// Overrides the minutes above when set (handy for fast tests).
    pub token_rotation_interval_seconds: Option<u64>,
    /// See [`Settings::login_max_inactive_lifetime`].
    pub login_maximum_inactive_lifetime_seconds: Option<u64>,
    /// See [`Settings::login_max_lifetime`].
    pub login_maximum_lifetime_seconds: Option<u64>,
    /// See [`Settings::cookie_secure`].
    pub cookie_secure: Option<bool>,
    /// See [`Settings::send_user_header`].
    pub send_user_header: Option<bool>,
    /// See [`Settings::anonymous`].
    pub anonymous: Option<AnonymousAccess>,
    /// See [`Settings::basic_auth_enabled`].
    pub basic_auth_enabled: Option<bool>,
    /// See [`Settings::accept_previous_token`].
    pub accept_previous_token: Option<bool>,
    /// See [`Settings::service_account_user_api`].
    pub service_account_user_api: Option<ServiceAccountUserApi>,
    /// See [`Settings::version`].
    pub version: Option<String>,
    /// See [`Settings::control_api`].
    pub control_api: Option<bool>,
    /// See [`Settings::dataproxy_timeout`].
    pub dataproxy_timeout_seconds: Option<u64>,
}

impl SettingsSeed {
    /// Apply the fields that are set on top of the defaults.
    pub fn into_settings(self) -> Settings {
        let d = Settings::default();
        let secs = Duration::from_secs;
        Settings {
            login_cookie_name: self.login_cookie_name.unwrap_or(d.login_cookie_name),
            token_rotation_interval: match (
                self.token_rotation_interval_seconds,
                self.token_rotation_interval_minutes,
            ) {
                (Some(s), _) => secs(s),
                (None, Some(m)) => secs(m * 60),
                (None, None) => d.token_rotation_interval,
            },
            login_max_inactive_lifetime: self
                .login_maximum_inactive_lifetime_seconds
                .map_or(d.login_max_inactive_lifetime, secs),
            login_max_lifetime: self
                .login_maximum_lifetime_seconds
                .map_or(d.login_max_lifetime, secs),
            cookie_secure: self.cookie_secure.unwrap_or(d.cookie_secure),
            send_user_header: self.send_user_header.unwrap_or(d.send_user_header),
            anonymous: self.anonymous.or(d.anonymous),
            basic_auth_enabled: self.basic_auth_enabled.unwrap_or(d.basic_auth_enabled),
            accept_previous_token: self
                .accept_previous_token
                .unwrap_or(d.accept_previous_token),
            service_account_user_api: self
                .service_account_user_api
                .unwrap_or(d.service_account_user_api),
            version: self.version.unwrap_or(d.version),
            control_api: self.control_api.unwrap_or(d.control_api),
            dataproxy_timeout: self
                .dataproxy_timeout_seconds
                .map_or(d.dataproxy_timeout, secs),
        }
    }
}

/// An org in a [`Seed`]. Org 1 `Main Org.` always exists, as in Grafana.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OrgSeed {
    /// Org id (must not be 1 unless `name` is only renaming Main Org.).
    pub id: i64,
    /// Org name.
    pub name: String,
}

/// An org membership.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipSeed {
    /// Org id.
    pub org_id: i64,
    /// Role in that org.
    pub role: OrgRole,
}

/// A user to create.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    /// Login (unique).
    pub login: String,
    /// Email; defaults to `<login>@example.com`.
    #[serde(default)]
    pub email: Option<String>,
    /// Display name; defaults to the login.
    #[serde(default)]
    pub name: Option<String>,
    /// Password for `POST /login` and basic auth; `None` = cannot log in
    /// with a password (like an OAuth-only user).
    #[serde(default)]
    pub password: Option<String>,
    /// Grafana server admin (`isGrafanaAdmin`).
    #[serde(default)]
    pub grafana_admin: bool,
    /// Disabled users cannot sign in.
    #[serde(default)]
    pub disabled: bool,
    /// Labels shown in `authLabels` (e.g. `["OAuth"]` for an Azure AD user).
    #[serde(default)]
    pub auth_labels: Vec<String>,
    /// Memberships; the first is the user's current org. Empty = Viewer in
    /// org 1 (Grafana's `auto_assign_org_role`).
    #[serde(default)]
    pub orgs: Vec<MembershipSeed>,
}

impl NewUser {
    /// A user with the given login and password, Viewer in org 1.
    pub fn new(login: &str, password: &str) -> Self {
        NewUser {
            login: login.to_string(),
            email: None,
            name: None,
            password: Some(password.to_string()),
            grafana_admin: false,
            disabled: false,
            auth_labels: Vec::new(),
            orgs: Vec::new(),
        }
    }

    /// Add a membership (the first one added becomes the current org).
    pub fn member_of(mut self, org_id: i64, role: OrgRole) -> Self {
        self.orgs.push(MembershipSeed { org_id, role });
        self
    }

    /// Make the user a Grafana server admin.
    pub fn grafana_admin(mut self) -> Self {
        self.grafana_admin = true;
        self
    }

    /// Set the email.
    pub fn email(mut self, email: &str) -> Self {
        self.email = Some(email.to_string());
        self
    }

    /// Set the display name.
    pub fn name(mut self, name: &str) -> Self {
        self.name = Some(name.to_string());
        self
    }
}

/// A team in a [`Seed`].
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TeamSeed {
    /// Org the team belongs to.
    #[serde(default = "default_org_id")]
    pub org_id: i64,
    /// Team name.
    pub name: String,
    /// Team email.
    #[serde(default)]
    pub email: String,
    /// Logins of plain members.
    #[serde(default)]
    pub members: Vec<String>,
    /// Logins of team admins (`permission` 4).
    #[serde(default)]
    pub admins: Vec<String>,
}

/// A service account in a [`Seed`].
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceAccountSeed {
    /// Org.
    #[serde(default = "default_org_id")]
    pub org_id: i64,
    /// Name.
    pub name: String,
    /// Org role.
    #[serde(default = "default_anonymous_role")]
    pub role: OrgRole,
    /// Tokens (`glsa_...`). Each must be well-formed; leave empty and call
    /// [`crate::GrafanaDouble::add_service_account_token`] to mint one.
    #[serde(default)]
    pub tokens: Vec<String>,
    /// Grant `users:read` (global), which the admin lookups need. OSS
    /// Grafana only grants it to server admins; Enterprise RBAC can grant
    /// it to a service account.
    #[serde(default)]
    pub users_read: bool,
}

/// A data source reachable through `/api/datasources/proxy/uid/<uid>/...`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct DataSourceSeed {
    /// `uid`.
    pub uid: String,
    /// Org the data source belongs to (data sources are per org: a caller
    /// only reaches data sources of its current org).
    #[serde(default = "default_org_id")]
    pub org_id: i64,
    /// `name`; defaults to the uid.
    #[serde(default)]
    pub name: Option<String>,
    /// Upstream URL (`url`), e.g. `http://127.0.0.1:8081/base`.
    pub url: String,
    /// Custom headers: `jsonData.httpHeaderName<N>` paired with
    /// `secureJsonData.httpHeaderValue<N>`. Set server-side, replacing any
    /// client-sent value.
    #[serde(default)]
    pub custom_headers: Vec<(String, String)>,
    /// `jsonData.keepCookies`: cookie names forwarded upstream (the login
    /// cookie never is).
    #[serde(default)]
    pub keep_cookies: Vec<String>,
}

impl DataSourceSeed {
    /// A data source with no custom headers.
    pub fn new(uid: &str, url: &str) -> Self {
        DataSourceSeed {
            uid: uid.to_string(),
            org_id: 1,
            name: None,
            url: url.to_string(),
            custom_headers: Vec::new(),
            keep_cookies: Vec::new(),
        }
    }

    /// Add a `secureJsonData` custom header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.custom_headers
            .push((name.to_string(), value.to_string()));
        self
    }
}

/// A session to create at start-up with a fixed cookie value, so that an
/// outside test (a browser) knows it.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SessionSeed {
    /// Whose session.
    pub login: String,
    /// The `grafana_session` cookie value (any non-empty string without
    /// `;`, `,` or spaces); generated when absent.
    #[serde(default)]
    pub token: Option<String>,
}

/// The whole world as JSON, used by the `grafana-double` binary and by
/// [`crate::GrafanaDouble::from_seed`].
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Seed {
    /// Settings overrides.
    pub settings: SettingsSeed,
    /// Orgs besides `1 Main Org.`.
    pub orgs: Vec<OrgSeed>,
    /// Users.
    pub users: Vec<NewUser>,
    /// Teams.
    pub teams: Vec<TeamSeed>,
    /// Service accounts.
    pub service_accounts: Vec<ServiceAccountSeed>,
    /// Data sources.
    pub datasources: Vec<DataSourceSeed>,
    /// Sessions with known cookie values.
    pub sessions: Vec<SessionSeed>,
}

/// Errors from the control methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DoubleError {
    /// No user with that login or id.
    UnknownUser(String),
    /// No org with that id.
    UnknownOrg(i64),
    /// No team with that id.
    UnknownTeam(i64),
    /// No service account with that id.
    UnknownServiceAccount(i64),
    /// No session with that cookie value.
    UnknownSession,
    /// Something already exists.
    Duplicate(String),
    /// A value that Grafana would not accept.
    Invalid(String),
}

impl fmt::Display for DoubleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DoubleError::UnknownUser(u) => write!(f, "unknown user {u}"),
            DoubleError::UnknownOrg(o) => write!(f, "unknown org {o}"),
            DoubleError::UnknownTeam(t) => write!(f, "unknown team {t}"),
            DoubleError::UnknownServiceAccount(s) => write!(f, "unknown service account {s}"),
            DoubleError::UnknownSession => write!(f, "unknown session"),
            DoubleError::Duplicate(what) => write!(f, "already exists: {what}"),
            DoubleError::Invalid(what) => write!(f, "invalid: {what}"),
        }
    }
}

impl std::error::Error for DoubleError {}

/// How many times each endpoint was called (every call counts, whatever
/// the outcome), so tests can assert on caching in front of Grafana.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counters {
    /// `GET /api/user`.
    pub api_user: u64,
    /// `GET /api/user/teams`.
    pub api_user_teams: u64,
    /// `GET /api/user/orgs`.
    pub api_user_orgs: u64,
    /// `POST /api/user/auth-tokens/rotate`.
    pub rotate: u64,
    /// `POST /login`.
    pub login: u64,
    /// `GET /api/users/lookup`.
    pub users_lookup: u64,
    /// `GET /api/users/:id/teams`.
    pub users_teams: u64,
    /// `GET /api/users/:id/orgs`.
    pub users_orgs: u64,
    /// Requests to `/api/datasources/proxy/...`.
    pub datasource_proxy: u64,
    /// Requests that reached the upstream of a data source.
    pub datasource_upstream: u64,
    /// All requests except `/__double/`.
    pub total: u64,
}

impl Counters {
    /// Sum of the three identity endpoints (`/api/user`, `/teams`, `/orgs`).
    pub fn identity_calls(&self) -> u64 {
        self.api_user + self.api_user_teams + self.api_user_orgs
    }
}

//! End-to-end test support for panelcrypt.
//!
//! * [`GrafanaDouble`]: a Grafana server double with the behaviour the key
//!   service relies on (session cookies and their rotation, `/api/user`,
//!   `/api/user/teams`, `/api/user/orgs`, service-account tokens, anonymous
//!   access, admin user lookups, and the data source proxy), checked against
//!   Grafana's source. Its world (users, orgs, teams, sessions, faults) can be
//!   changed while it serves.
//! * [`spawn_grafana`]: run it on a loopback port.
//! * [`Nginx`]: a real nginx in a scratch directory, for reverse-proxy tests.
//!
//! The `grafana-double` binary serves a double described by a JSON [`Seed`].

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod api;
mod auth;
mod control;
mod dsproxy;
mod model;
mod nginx;
mod server;
mod state;
mod util;

pub use api::app;
pub use model::{
    AnonymousAccess, Counters, DataSourceSeed, DoubleError, MembershipSeed, NewUser, OrgRole,
    OrgSeed, Seed, ServiceAccountSeed, ServiceAccountUserApi, SessionSeed, Settings, SettingsSeed,
    TeamSeed,
};
pub use nginx::{DEFAULT_NGINX, Nginx, NginxError, free_port};
pub use server::{GrafanaServer, spawn_grafana, spawn_grafana_at};
pub use state::GrafanaDouble;

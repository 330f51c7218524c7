//! Prometheus metrics, written by hand in the text exposition format.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::error::Code;

/// The Grafana endpoints the service calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrafanaCall {
    /// `GET /api/user`.
    User,
    /// `GET /api/user/teams`.
    UserTeams,
    /// `GET /api/user/orgs`.
    UserOrgs,
    /// `GET /api/users/lookup`.
    UsersLookup,
    /// `GET /api/users/{id}/teams`.
    UsersTeams,
    /// `GET /api/users/{id}/orgs`.
    UsersOrgs,
}

impl GrafanaCall {
    const ALL: [GrafanaCall; 6] = [
        GrafanaCall::User,
        GrafanaCall::UserTeams,
        GrafanaCall::UserOrgs,
        GrafanaCall::UsersLookup,
        GrafanaCall::UsersTeams,
        GrafanaCall::UsersOrgs,
    ];

    fn label(self) -> &'static str {
        match self {
            GrafanaCall::User => "/api/user",
            GrafanaCall::UserTeams => "/api/user/teams",
            GrafanaCall::UserOrgs => "/api/user/orgs",
            GrafanaCall::UsersLookup => "/api/users/lookup",
            GrafanaCall::UsersTeams => "/api/users/{id}/teams",
            GrafanaCall::UsersOrgs => "/api/users/{id}/orgs",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Histogram bucket upper bounds, seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
];

#[derive(Default)]
struct Histogram {
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    sum_micros: AtomicU64,
}

impl Histogram {
    fn observe(&self, d: Duration) {
        let secs = d.as_secs_f64();
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                self.buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        self.sum_micros.fetch_add(
            u64::try_from(d.as_micros()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
    }
}

/// All counters. Cheap to update from any thread.
#[derive(Default)]
pub struct Metrics {
    granted: AtomicU64,
    refused: [AtomicU64; Code::ALL.len()],
    identity_cache_hits: AtomicU64,
    identity_cache_misses: AtomicU64,
    key_cache_hits: AtomicU64,
    key_cache_misses: AtomicU64,
    slot_cache_hits: AtomicU64,
    slot_cache_misses: AtomicU64,
    grafana: [Histogram; GrafanaCall::ALL.len()],
    grafana_failures: AtomicU64,
}

impl Metrics {
    /// Counts one unlock request by outcome (`None` = granted).
    pub fn unlock(&self, refused: Option<Code>) {
        match refused {
            None => self.granted.fetch_add(1, Ordering::Relaxed),
            Some(c) => self.refused[c.index()].fetch_add(1, Ordering::Relaxed),
        };
    }

    /// Counts an identity-cache lookup.
    pub fn identity_cache(&self, hit: bool) {
        if hit {
            self.identity_cache_hits.fetch_add(1, Ordering::Relaxed);
        } else {
            self.identity_cache_misses.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Counts a derived-key-cache lookup.
    pub fn key_cache(&self, hit: bool) {
        if hit {
            self.key_cache_hits.fetch_add(1, Ordering::Relaxed);
        } else {
            self.key_cache_misses.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Counts an opened-slot-cache lookup.
    pub fn slot_cache(&self, hit: bool) {
        if hit {
            self.slot_cache_hits.fetch_add(1, Ordering::Relaxed);
        } else {
            self.slot_cache_misses.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Records how long a Grafana call took (answered or not).
    pub fn grafana(&self, call: GrafanaCall, took: Duration) {
        self.grafana[call.index()].observe(took);
    }

    /// Counts an identity lookup that failed (timeout, refused connection,
    /// unexpected status or body).
    pub fn grafana_failure(&self) {
        self.grafana_failures.fetch_add(1, Ordering::Relaxed);
    }

    /// Granted requests so far.
    pub fn granted(&self) -> u64 {
        self.granted.load(Ordering::Relaxed)
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut o = String::with_capacity(4096);
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        // Writing to a String cannot fail.
        let _ = writeln!(
            o,
            "# HELP panelcrypt_unlock_requests_total POST /api/unlock requests by outcome.\n\
             # TYPE panelcrypt_unlock_requests_total counter"
        );
        let _ = writeln!(
            o,
            "panelcrypt_unlock_requests_total{{outcome=\"granted\"}} {}",
            get(&self.granted)
        );
        for c in Code::ALL {
            if matches!(c, Code::NotFound) {
                continue;
            }
            let _ = writeln!(
                o,
                "panelcrypt_unlock_requests_total{{outcome=\"{}\"}} {}",
                c.as_str(),
                get(&self.refused[c.index()])
            );
        }
        for (name, help, hits, misses) in [
            (
                "panelcrypt_identity_cache",
                "Identity (principal set) cache lookups.",
                &self.identity_cache_hits,
                &self.identity_cache_misses,
            ),
            (
                "panelcrypt_key_cache",
                "Derived key pair cache lookups.",
                &self.key_cache_hits,
                &self.key_cache_misses,
            ),
            (
                "panelcrypt_slot_cache",
                "Opened-slot cache lookups (a miss decapsulates).",
                &self.slot_cache_hits,
                &self.slot_cache_misses,
            ),
        ] {
            let _ = writeln!(
                o,
                "# HELP {name}_hits_total {help}\n# TYPE {name}_hits_total counter\n{name}_hits_total {}",
                get(hits)
            );
            let _ = writeln!(
                o,
                "# HELP {name}_misses_total {help}\n# TYPE {name}_misses_total counter\n{name}_misses_total {}",
                get(misses)
            );
        }
        let _ = writeln!(
            o,
            "# HELP panelcrypt_grafana_failures_total Identity lookups that failed (timeout, connection, unexpected answer).\n\
             # TYPE panelcrypt_grafana_failures_total counter\n\
             panelcrypt_grafana_failures_total {}",
            get(&self.grafana_failures)
        );
        let _ = writeln!(
            o,
            "# HELP panelcrypt_grafana_request_duration_seconds Latency of Grafana API calls.\n\
             # TYPE panelcrypt_grafana_request_duration_seconds histogram"
        );
        for call in GrafanaCall::ALL {
            let h = &self.grafana[call.index()];
            let ep = call.label();
            for (i, b) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    o,
                    "panelcrypt_grafana_request_duration_seconds_bucket{{endpoint=\"{ep}\",le=\"{b}\"}} {}",
                    get(&h.buckets[i])
                );
            }
            let count = get(&h.count);
            let _ = writeln!(
                o,
                "panelcrypt_grafana_request_duration_seconds_bucket{{endpoint=\"{ep}\",le=\"+Inf\"}} {count}\n\
                 panelcrypt_grafana_request_duration_seconds_sum{{endpoint=\"{ep}\"}} {}\n\
                 panelcrypt_grafana_request_duration_seconds_count{{endpoint=\"{ep}\"}} {count}",
                get(&h.sum_micros) as f64 / 1e6
            );
        }
        o
    }
}

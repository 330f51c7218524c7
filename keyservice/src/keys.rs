//! The master secret, the principals' derived key pairs (cached), and
//! opening a bundle's key slots.

use std::collections::HashMap;
use std::sync::Arc;

use panelcrypt_core::slot::Slot;
use panelcrypt_core::{BundleKey, Identity, MasterSecret, Principal, Recipient, Suite};

use crate::cache::BoundedCache;
use crate::metrics::Metrics;

/// A derived key pair and its public recipient.
pub struct DerivedKey {
    identity: Identity,
    recipient: Recipient,
}

/// What kind of principal opened a slot (for the audit log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrincipalKind {
    /// `user:`.
    User,
    /// `team:`.
    Team,
    /// `role:`.
    Role,
}

impl PrincipalKind {
    /// `user`, `team` or `role`.
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipalKind::User => "user",
            PrincipalKind::Team => "team",
            PrincipalKind::Role => "role",
        }
    }

    /// The kind of a principal.
    pub fn of(p: &Principal) -> Self {
        match p {
            Principal::User(_) => PrincipalKind::User,
            Principal::Team { .. } => PrincipalKind::Team,
            Principal::Role { .. } => PrincipalKind::Role,
        }
    }
}

/// The master secret plus the accepted epochs and suites. Every key pair is
/// derivable from the master, so caching them costs nothing in security
/// beyond holding the master itself.
pub struct KeyRing {
    master: MasterSecret,
    epochs: Vec<u32>,
    suites: Vec<Suite>,
    cache: BoundedCache<(Principal, Suite, u32), Arc<DerivedKey>>,
}

impl KeyRing {
    /// A key ring accepting `epochs` (e.g. `[0]`) for both suites, caching
    /// at most `cache_size` derived key pairs.
    pub fn new(master: MasterSecret, epochs: Vec<u32>, cache_size: usize) -> Self {
        KeyRing {
            master,
            epochs,
            suites: Suite::ALL.to_vec(),
            cache: BoundedCache::new(cache_size, None),
        }
    }

    /// The accepted epochs.
    pub fn epochs(&self) -> &[u32] {
        &self.epochs
    }

    fn derived(
        &self,
        p: &Principal,
        suite: Suite,
        epoch: u32,
        metrics: &Metrics,
    ) -> Arc<DerivedKey> {
        let key = (p.clone(), suite, epoch);
        if let Some(d) = self.cache.get(&key) {
            metrics.key_cache(true);
            return d;
        }
        metrics.key_cache(false);
        let identity = self.master.identity(p, suite, epoch);
        let recipient = identity.recipient();
        let d = Arc::new(DerivedKey {
            identity,
            recipient,
        });
        self.cache.insert(key, d.clone());
        d
    }

    /// Opens the first slot that one of `principals` (in order) can open,
    /// trying every accepted suite and epoch. Slots are found by id, never
    /// by trial decryption. Returns the key and the principal that opened it.
    pub fn open(
        &self,
        bundle_id: &[u8; 16],
        slots: &[Slot],
        principals: &[Principal],
        metrics: &Metrics,
    ) -> Option<(BundleKey, Principal)> {
        let mut by_id: HashMap<[u8; 16], Vec<&Slot>> = HashMap::with_capacity(slots.len());
        for s in slots {
            by_id.entry(s.id).or_default().push(s);
        }
        // Only derive suites that the bundle has slots for.
        let suites: Vec<Suite> = self
            .suites
            .iter()
            .copied()
            .filter(|suite| slots.iter().any(|s| s.kind == suite.slot_type()))
            .collect();
        for p in principals {
            for &epoch in &self.epochs {
                for &suite in &suites {
                    let d = self.derived(p, suite, epoch, metrics);
                    let sid = d.recipient.slot_id(bundle_id);
                    let Some(candidates) = by_id.get(&sid) else {
                        continue;
                    };
                    for s in candidates.iter().filter(|s| s.kind == suite.slot_type()) {
                        if let Ok(k) = s.open_with(&d.identity, bundle_id) {
                            return Some((k, p.clone()));
                        }
                    }
                }
            }
        }
        None
    }
}

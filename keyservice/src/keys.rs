//! The master secret, the principals' derived key pairs (cached), and
//! opening a bundle's key slots (the result cached briefly).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};

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
///
/// The same holds for an opened slot: its bundle key is a pure function of
/// the slot's bytes and a principal's private key, both of which the
/// service has. So the bundle key of a slot opened for principal P is kept
/// for `slot_ttl`, keyed by a hash of (P, suite, epoch, bundle id, the whole
/// slot); a later request presenting the same slot *and* holding P (checked
/// with the caller's current principal set, as on a miss) gets it without
/// a decapsulation. Dashboards ask for the same few bundles over and over,
/// so most requests hit. Values are zeroized when dropped.
pub struct KeyRing {
    master: MasterSecret,
    epochs: Vec<u32>,
    suites: Vec<Suite>,
    cache: BoundedCache<(Principal, Suite, u32), Arc<DerivedKey>>,
    opened: BoundedCache<[u8; 32], Arc<BundleKey>>,
}

/// The opened-slot cache key: everything the slot's bundle key depends on.
fn opened_key(p: &Principal, suite: Suite, epoch: u32, bundle_id: &[u8; 16], s: &Slot) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"panelcrypt keyservice opened slot v1\0");
    let name = p.to_string();
    h.update((name.len() as u64).to_be_bytes());
    h.update(name.as_bytes());
    h.update(suite.label().as_bytes());
    h.update([0]);
    h.update(epoch.to_be_bytes());
    h.update(bundle_id);
    h.update([s.kind]);
    h.update(s.id);
    h.update((s.body.len() as u64).to_be_bytes());
    h.update(&s.body);
    h.finalize().into()
}

impl KeyRing {
    /// A key ring accepting `epochs` (e.g. `[0]`) for both suites, caching
    /// at most `cache_size` derived key pairs, and as many opened slots for
    /// `slot_ttl` (zero: none).
    pub fn new(
        master: MasterSecret,
        epochs: Vec<u32>,
        cache_size: usize,
        slot_ttl: Duration,
    ) -> Self {
        KeyRing {
            master,
            epochs,
            suites: Suite::ALL.to_vec(),
            cache: BoundedCache::new(cache_size, None),
            opened: BoundedCache::new(cache_size, Some(slot_ttl)),
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
                        let memo = self
                            .opened
                            .enabled()
                            .then(|| opened_key(p, suite, epoch, bundle_id, s));
                        if let Some(m) = &memo {
                            let hit = self.opened.get(m);
                            metrics.slot_cache(hit.is_some());
                            if let Some(k) =
                                hit.and_then(|k| BundleKey::from_slice(k.expose()).ok())
                            {
                                return Some((k, p.clone()));
                            }
                        }
                        if let Ok(k) = s.open_with(&d.identity, bundle_id) {
                            if let (Some(m), Ok(copy)) = (memo, BundleKey::from_slice(k.expose())) {
                                self.opened.insert(m, Arc::new(copy));
                            }
                            return Some((k, p.clone()));
                        }
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use panelcrypt_core::bundle::{Header, seal_header};
    use panelcrypt_core::manifest::Manifest;

    use super::*;

    fn sealed(master: &MasterSecret, to: &[&str]) -> (BundleKey, [u8; 16], Vec<Slot>) {
        let mut rng = rand_core::UnwrapErr(getrandom::SysRng);
        let key = BundleKey::generate(&mut rng);
        let mut id = [0u8; 16];
        rand_core::Rng::fill_bytes(&mut rng, &mut id);
        let recipients: Vec<Recipient> = to
            .iter()
            .map(|p| master.recipient(&p.parse().unwrap(), Suite::XWing, 0))
            .collect();
        let header = seal_header(&key, &id, &recipients, None, &Manifest::new(), &mut rng).unwrap();
        let slots = Header::parse(&header).unwrap().slots;
        (key, id, slots)
    }

    fn principals(ps: &[&str]) -> Vec<Principal> {
        ps.iter().map(|p| p.parse().unwrap()).collect()
    }

    fn counter(m: &Metrics, name: &str) -> u64 {
        let text = m.render();
        let line = text
            .lines()
            .find(|l| l.starts_with(name) && !l.starts_with('#'))
            .unwrap();
        line.rsplit(' ').next().unwrap().parse().unwrap()
    }

    #[test]
    fn an_opened_slot_is_reused_only_by_callers_holding_its_principal() {
        let master = MasterSecret::from_bytes([7u8; 32]);
        let ring = KeyRing::new(
            MasterSecret::from_bytes([7u8; 32]),
            vec![0],
            16,
            Duration::from_secs(60),
        );
        let m = Metrics::default();
        let (key, id, slots) = sealed(&master, &["team:ops@1"]);
        let team = principals(&["user:alice", "team:ops@1"]);

        let (k1, p1) = ring.open(&id, &slots, &team, &m).unwrap();
        assert_eq!(k1.expose(), key.expose());
        assert_eq!(p1.to_string(), "team:ops@1");
        assert_eq!(counter(&m, "panelcrypt_slot_cache_misses_total"), 1);
        let (k2, _) = ring.open(&id, &slots, &team, &m).unwrap();
        assert_eq!(k2.expose(), key.expose());
        assert_eq!(counter(&m, "panelcrypt_slot_cache_hits_total"), 1);

        // Access is decided per request: without the principal, no key,
        // although the slot's key sits in the cache.
        let outsider = principals(&["user:mallory", "team:other@1"]);
        assert!(ring.open(&id, &slots, &outsider, &m).is_none());

        // A different slot body (same id) is a different entry, and a
        // forged body never opens.
        let mut forged = slots.clone();
        let last = forged[0].body.len() - 1;
        forged[0].body[last] ^= 1;
        assert!(ring.open(&id, &forged, &team, &m).is_none());
        assert_eq!(counter(&m, "panelcrypt_slot_cache_misses_total"), 2);
    }

    #[test]
    fn a_zero_slot_ttl_decapsulates_every_time() {
        let master = MasterSecret::from_bytes([9u8; 32]);
        let ring = KeyRing::new(
            MasterSecret::from_bytes([9u8; 32]),
            vec![0],
            16,
            Duration::ZERO,
        );
        let m = Metrics::default();
        let (key, id, slots) = sealed(&master, &["user:alice"]);
        for _ in 0..2 {
            let (k, _) = ring
                .open(&id, &slots, &principals(&["user:alice"]), &m)
                .unwrap();
            assert_eq!(k.expose(), key.expose());
        }
        assert_eq!(counter(&m, "panelcrypt_slot_cache_hits_total"), 0);
        assert_eq!(counter(&m, "panelcrypt_slot_cache_misses_total"), 0);
    }
}

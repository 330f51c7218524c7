//! A small bounded map with optional expiry, behind a mutex.
//!
//! Used for the identity cache (principal sets keyed by a hash of the
//! session cookie, short TTL) and the derived-key cache (no TTL). Eviction:
//! expired entries first, then the oldest insertion.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Entry<V> {
    value: V,
    expires: Option<Instant>,
    generation: u64,
}

struct Inner<K, V> {
    map: HashMap<K, Entry<V>>,
    /// Insertion order: (key, generation). Stale generations are skipped.
    order: VecDeque<(K, u64)>,
    next_generation: u64,
}

/// A bounded map; values are cloned out (use `Arc` for large ones).
pub struct BoundedCache<K, V> {
    inner: Mutex<Inner<K, V>>,
    capacity: usize,
    ttl: Option<Duration>,
}

impl<K: Hash + Eq + Clone, V: Clone> BoundedCache<K, V> {
    /// At most `capacity` entries; each lives `ttl` (`None`: until evicted).
    /// A zero TTL or zero capacity disables the cache.
    pub fn new(capacity: usize, ttl: Option<Duration>) -> Self {
        BoundedCache {
            inner: Mutex::new(Inner {
                map: HashMap::new(),
                order: VecDeque::new(),
                next_generation: 0,
            }),
            capacity,
            ttl,
        }
    }

    /// Whether the cache stores anything at all.
    pub fn enabled(&self) -> bool {
        self.capacity > 0 && self.ttl != Some(Duration::ZERO)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner<K, V>> {
        // The map holds no invariant a panicking holder could break halfway
        // (every mutation is a single insert/remove), so recover.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The live value for `key`.
    pub fn get(&self, key: &K) -> Option<V> {
        if !self.enabled() {
            return None;
        }
        let mut g = self.lock();
        let now = Instant::now();
        match g.map.get(key) {
            Some(e) if e.expires.is_none_or(|t| t > now) => Some(e.value.clone()),
            Some(_) => {
                g.map.remove(key);
                None
            }
            None => None,
        }
    }

    /// Inserts or replaces `key`.
    pub fn insert(&self, key: K, value: V) {
        if !self.enabled() {
            return;
        }
        let now = Instant::now();
        let expires = self.ttl.map(|t| now + t);
        let mut g = self.lock();
        let generation = g.next_generation;
        g.next_generation += 1;
        if !g.map.contains_key(&key) {
            while g.map.len() >= self.capacity {
                let Some((old, old_generation)) = g.order.pop_front() else {
                    break;
                };
                if g.map
                    .get(&old)
                    .is_some_and(|e| e.generation == old_generation)
                {
                    g.map.remove(&old);
                }
            }
        }
        g.order.push_back((key.clone(), generation));
        g.map.insert(
            key,
            Entry {
                value,
                expires,
                generation,
            },
        );
        // Keep the order queue from growing without bound when the same
        // keys are replaced over and over.
        if g.order.len() > 2 * self.capacity + 16 {
            let Inner { map, order, .. } = &mut *g;
            order.retain(|(k, generation)| map.get(k).is_some_and(|e| e.generation == *generation));
        }
    }

    /// Removes `key`.
    pub fn remove(&self, key: &K) {
        self.lock().map.remove(key);
    }

    /// Number of entries (live or expired but not yet dropped).
    pub fn len(&self) -> usize {
        self.lock().map.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_and_expiring() {
        let c = BoundedCache::new(2, None);
        c.insert(1, "a");
        c.insert(2, "b");
        c.insert(3, "c");
        assert_eq!(c.len(), 2);
        assert_eq!(c.get(&1), None, "oldest evicted");
        assert_eq!(c.get(&3), Some("c"));
        c.insert(2, "b2");
        c.insert(4, "d");
        assert_eq!(c.get(&2), Some("b2"), "replaced entry is younger than 3");
        assert_eq!(c.get(&3), None);
        for i in 0..1000 {
            c.insert(2, "x");
            c.insert(5 + i, "y");
        }
        assert!(c.len() <= 2);

        let t = BoundedCache::new(10, Some(Duration::from_millis(30)));
        t.insert("k", 1);
        assert_eq!(t.get(&"k"), Some(1));
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(t.get(&"k"), None);

        let off = BoundedCache::new(10, Some(Duration::ZERO));
        off.insert("k", 1);
        assert_eq!(off.get(&"k"), None);
        assert!(off.is_empty());
    }
}

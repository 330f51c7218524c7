//! Per-user token buckets.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// A token bucket per key (the user's login): `rate` tokens per second, at
/// most `burst` saved up. A rate of 0 disables limiting.
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    max_keys: usize,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    /// `rate` per second, `burst` at once, tracking at most `max_keys` users.
    pub fn new(rate: f64, burst: u32, max_keys: usize) -> Self {
        RateLimiter {
            rate,
            burst: f64::from(burst.max(1)),
            max_keys: max_keys.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key`; `Err(wait)` when there is none.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        if self.rate <= 0.0 {
            return Ok(());
        }
        let now = Instant::now();
        // A panic while holding this lock leaves at worst one bucket stale.
        let mut map = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if !map.contains_key(key) && map.len() >= self.max_keys {
            // Forget buckets that have refilled: they hold no information.
            let (rate, burst) = (self.rate, self.burst);
            map.retain(|_, b| {
                b.tokens + now.duration_since(b.updated).as_secs_f64() * rate < burst
            });
            if map.len() >= self.max_keys {
                // Still full of busy users: start over rather than grow.
                map.clear();
            }
        }
        let b = map.entry(key.to_string()).or_insert(Bucket {
            tokens: self.burst,
            updated: now,
        });
        let elapsed = now.duration_since(b.updated).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.rate).min(self.burst);
        b.updated = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - b.tokens) / self.rate))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_refuse_then_refill() {
        let r = RateLimiter::new(50.0, 3, 10);
        for _ in 0..3 {
            assert!(r.check("alice").is_ok());
        }
        let wait = r.check("alice").unwrap_err();
        assert!(wait <= Duration::from_millis(21), "{wait:?}");
        assert!(r.check("bob").is_ok(), "per user");
        std::thread::sleep(Duration::from_millis(25));
        assert!(r.check("alice").is_ok());
        let off = RateLimiter::new(0.0, 1, 10);
        for _ in 0..100 {
            assert!(off.check("x").is_ok());
        }
    }
}

//! Test helpers: a deterministic RNG for reproducible format vectors, and the OS RNG.
#![allow(dead_code)]

use core::convert::Infallible;

use rand_core::{TryCryptoRng, TryRng};
use sha2::{Digest, Sha256};

/// SHA-256 in counter mode over a seed. Deterministic, for test vectors only.
pub struct TestRng {
    seed: [u8; 32],
    counter: u64,
    buf: Vec<u8>,
}

impl TestRng {
    pub fn new(seed: &str) -> Self {
        TestRng {
            seed: Sha256::digest(seed.as_bytes()).into(),
            counter: 0,
            buf: Vec::new(),
        }
    }
}

impl TryRng for TestRng {
    type Error = Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        for d in dst {
            if self.buf.is_empty() {
                let mut h = Sha256::new();
                h.update(self.seed);
                h.update(self.counter.to_be_bytes());
                self.counter += 1;
                self.buf = h.finalize().to_vec();
            }
            *d = self.buf.remove(0);
        }
        Ok(())
    }
}

impl TryCryptoRng for TestRng {}

pub fn os_rng() -> rand_core::UnwrapErr<getrandom::SysRng> {
    rand_core::UnwrapErr(getrandom::SysRng)
}

//! The one source of randomness: the operating system's.

use getrandom::SysRng;
use rand_core::UnwrapErr;

/// The OS random number generator. It panics only if the OS cannot
/// provide randomness at all, which no safe fallback could fix.
pub fn os() -> UnwrapErr<SysRng> {
    UnwrapErr(SysRng)
}

/// `n` random bytes as lower-case hex (for temporary file names).
pub fn hex_token(n: usize) -> String {
    let mut b = vec![0u8; n];
    rand_core::Rng::fill_bytes(&mut os(), &mut b);
    hex::encode(b)
}

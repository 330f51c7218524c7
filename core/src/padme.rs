//! PADMÉ padding (Nikitin et al., "Reducing Metadata Leakage from Encrypted
//! Files and Communication with PURBs", PETS 2019, §4): a length `L` is
//! rounded up so that only about `log2(log2(L))` bits of it stay visible,
//! with at most 12% overhead.

/// The PADMÉ-padded length of a `len`-byte plaintext:
///
/// ```text
/// E = floor(log2 L); S = floor(log2 E) + 1; z = E - S; mask = 2^z - 1
/// padme(L) = (L + mask) & !mask          (padme(0) = 0, padme(1) = 1)
/// ```
pub const fn padme(len: u64) -> u64 {
    if len < 2 {
        return len;
    }
    let e = 63 - len.leading_zeros() as u64; // floor(log2 L) >= 1
    let s = 64 - e.leading_zeros() as u64; // floor(log2 E) + 1
    let z = e - s;
    let mask = (1u64 << z) - 1;
    (len + mask) & !mask
}

#[cfg(test)]
mod tests {
    use super::padme;

    #[test]
    fn known_values() {
        // Values from the PURBs paper's definition, computed by hand.
        assert_eq!(padme(0), 0);
        assert_eq!(padme(1), 1);
        assert_eq!(padme(2), 2);
        assert_eq!(padme(9), 10); // E=3,S=2,z=1
        assert_eq!(padme(100), 104); // E=6,S=3,z=3
        assert_eq!(padme(1000), 1024); // E=9,S=4,z=5 -> 1024
        assert_eq!(padme(1025), 1088); // E=10,S=4,z=6
        assert_eq!(padme(1_000_000), 1_015_808); // E=19,S=5,z=14
    }

    #[test]
    fn monotone_never_smaller_and_overhead_bounded() {
        let mut prev = 0;
        for l in (0..200_000u64).chain([u32::MAX as u64, 1 << 40, (1 << 40) + 1]) {
            let p = padme(l);
            assert!(p >= l, "never smaller at {l}");
            if l < 200_000 {
                assert!(p >= prev, "monotone at {l}");
            }
            assert!(p - l <= l / 8 + 1, "overhead for {l}: {p}");
            assert_eq!(padme(p), p, "idempotent at {l}");
            prev = p;
        }
    }
}

//! Bech32m (BIP 350) without BIP 173's 90-character limit, as age does for
//! its recipients: a human-readable prefix, a `1`, base-32 data and a
//! six-character checksum that catches any typo of up to four characters.

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const BECH32M_CONST: u32 = 0x2bc8_30a3;

fn polymod(values: impl Iterator<Item = u8>) -> u32 {
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    let mut chk: u32 = 1;
    for v in values {
        let b = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (b >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

fn hrp_expand(hrp: &[u8]) -> impl Iterator<Item = u8> + '_ {
    hrp.iter()
        .map(|c| c >> 5)
        .chain(core::iter::once(0))
        .chain(hrp.iter().map(|c| c & 31))
}

/// Encodes 5-bit groups under `hrp` (lower case).
pub fn encode_groups(hrp: &str, data: &[u8]) -> String {
    let hrp_l = hrp.to_ascii_lowercase();
    let pm = polymod(
        hrp_expand(hrp_l.as_bytes())
            .chain(data.iter().copied())
            .chain([0u8; 6]),
    ) ^ BECH32M_CONST;
    let mut s = String::with_capacity(hrp.len() + 1 + data.len() + 6);
    s.push_str(&hrp_l);
    s.push('1');
    for d in data {
        s.push(CHARSET[usize::from(*d & 31)] as char);
    }
    for i in 0..6 {
        s.push(CHARSET[((pm >> (5 * (5 - i))) & 31) as usize] as char);
    }
    s
}

/// Decodes a Bech32m string into its (lower-case) prefix and 5-bit groups.
pub fn decode_groups(s: &str) -> Result<(String, Vec<u8>), &'static str> {
    if s.bytes().any(|c| !(33..=126).contains(&c)) {
        return Err("contains a character outside printable ASCII");
    }
    let has_lower = s.bytes().any(|c| c.is_ascii_lowercase());
    let has_upper = s.bytes().any(|c| c.is_ascii_uppercase());
    if has_lower && has_upper {
        return Err("mixes upper and lower case");
    }
    let s = s.to_ascii_lowercase();
    let pos = s.rfind('1').ok_or("has no '1' separator")?;
    if pos == 0 {
        return Err("has an empty prefix");
    }
    if s.len() - pos - 1 < 6 {
        return Err("is too short to hold a checksum");
    }
    let (hrp, rest) = (&s[..pos], &s[pos + 1..]);
    let mut data = Vec::with_capacity(rest.len());
    for c in rest.bytes() {
        let v = CHARSET
            .iter()
            .position(|&x| x == c)
            .ok_or("contains a character that is not in the Bech32 alphabet")?;
        data.push(v as u8);
    }
    if polymod(hrp_expand(hrp.as_bytes()).chain(data.iter().copied())) != BECH32M_CONST {
        return Err("has a wrong checksum (a typo?)");
    }
    data.truncate(data.len() - 6);
    Ok((hrp.to_string(), data))
}

/// Regroups bits; `pad` on encoding, strict (no non-zero padding) on decoding.
fn convert_bits(data: &[u8], from: u32, to: u32, pad: bool) -> Result<Vec<u8>, &'static str> {
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    let maxv: u32 = (1 << to) - 1;
    let mut out = Vec::with_capacity(data.len() * from as usize / to as usize + 1);
    for &v in data {
        acc = (acc << from) | u32::from(v);
        bits += from;
        while bits >= to {
            bits -= to;
            out.push(((acc >> bits) & maxv) as u8);
        }
    }
    if pad {
        if bits > 0 {
            out.push(((acc << (to - bits)) & maxv) as u8);
        }
    } else if bits >= from || ((acc << (to - bits)) & maxv) != 0 {
        return Err("has invalid padding bits");
    }
    Ok(out)
}

/// Encodes bytes under `hrp`.
pub fn encode(hrp: &str, bytes: &[u8]) -> String {
    // Padding on: cannot fail.
    let groups = convert_bits(bytes, 8, 5, true).unwrap_or_default();
    encode_groups(hrp, &groups)
}

/// Decodes a string into its prefix and bytes.
pub fn decode(s: &str) -> Result<(String, Vec<u8>), &'static str> {
    let (hrp, groups) = decode_groups(s)?;
    Ok((hrp, convert_bits(&groups, 5, 8, false)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    // BIP 350's test vectors.
    const VALID: [&str; 7] = [
        "A1LQFN3A",
        "a1lqfn3a",
        "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
        "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
        "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
        "?1v759aa",
    ];
    // BIP 350's invalid strings, minus the one rejected only for BIP 173's
    // 90-character limit, which this encoding deliberately lifts.
    const INVALID: [&str; 13] = [
        "\u{20}1xj0phk",
        "\u{7f}1g6xzxy",
        "\u{80}1vctc34",
        "qyrz8wqd2c9m",
        "1qyrz8wqd2c9m",
        "y1b0jsk6g",
        "lt1igcx5c0",
        "in1muywd",
        "mm1crxm3i",
        "au1s5cgom",
        "M1VUXWEZ",
        "16plkw9",
        "1p2gdwpf",
    ];

    #[test]
    fn bip350_valid() {
        for v in VALID {
            let (hrp, data) = decode_groups(v).unwrap_or_else(|e| panic!("{v}: {e}"));
            assert_eq!(encode_groups(&hrp, &data), v.to_ascii_lowercase());
        }
    }

    #[test]
    fn bip350_invalid() {
        for v in INVALID {
            assert!(decode_groups(v).is_err(), "{v:?} must be rejected");
        }
        // A Bech32 (not -m) string must fail.
        assert!(decode_groups("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw").is_err());
    }

    #[test]
    fn long_payload_round_trips_and_catches_typos() {
        let bytes: Vec<u8> = (0..1216u32).map(|i| (i * 7) as u8).collect();
        let s = encode("pcpq", &bytes);
        assert_eq!(decode(&s).unwrap(), ("pcpq".to_string(), bytes));
        let mut t = s.into_bytes();
        let i = t.len() / 2;
        t[i] = if t[i] == b'q' { b'p' } else { b'q' };
        assert!(decode(core::str::from_utf8(&t).unwrap()).is_err());
    }
}

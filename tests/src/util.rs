//! Small helpers: randomness, clocks, Grafana-style identifiers, cookies.

use md5::{Digest, Md5};

/// Random bytes from the operating system.
///
/// # Panics
/// Panics if the OS random source fails; a test double cannot run without it.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    // Invariant: the OS RNG is available on every machine the tests run on;
    // without it no session token can be minted, so failing loudly is right.
    getrandom::fill(&mut out).expect("OS random number generator unavailable");
    out
}

/// 32 lowercase hex characters, like Grafana's `util.RandomHex(16)` session tokens.
pub(crate) fn random_hex16() -> String {
    hex::encode(random_bytes::<16>())
}

/// `n` characters from `alphabet`, chosen uniformly (rejection sampling).
pub(crate) fn random_from(alphabet: &[u8], n: usize) -> String {
    let mut out = String::with_capacity(n);
    let limit = 256 - (256 % alphabet.len());
    while out.len() < n {
        for b in random_bytes::<32>() {
            if (b as usize) < limit && out.len() < n {
                out.push(alphabet[b as usize % alphabet.len()] as char);
            }
        }
    }
    out
}

const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// A 14-character short uid, the shape of Grafana's `util.GenerateShortUID()`
/// (a letter first, then lowercase letters and digits).
pub(crate) fn short_uid() -> String {
    let mut uid = random_from(b"abcdefghijklmnopqrstuvwxyz", 1);
    uid.push_str(&random_from(LOWER_ALNUM, 13));
    uid
}

/// IEEE CRC-32 (the checksum Go's `crc32.ChecksumIEEE` computes).
pub(crate) fn crc32_ieee(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// A new service-account token in Grafana's `satokengen` format:
/// `glsa_<32 alphanumerics>_<crc32 of the secret, 8 hex digits>`.
pub(crate) fn new_service_account_token() -> String {
    let secret = random_from(ALNUM, 32);
    format!("glsa_{secret}_{:08x}", crc32_ieee(secret.as_bytes()))
}

/// Whether `token` is well-formed per `satokengen.Decode`: prefix `glsa`,
/// a secret, and a matching CRC-32 checksum.
pub(crate) fn service_account_token_well_formed(token: &str) -> bool {
    let mut parts = token.split('_');
    let (Some("glsa"), Some(secret), Some(checksum), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    !secret.is_empty() && checksum == format!("{:08x}", crc32_ieee(secret.as_bytes()))
}

/// Grafana's `dtos.GetGravatarUrl`: `/avatar/<md5 of the lowercased text>`,
/// or the empty string for empty input.
pub(crate) fn gravatar_url(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let digest = Md5::digest(text.to_lowercase().as_bytes());
    format!("/avatar/{}", hex::encode(digest))
}

/// Grafana's `dtos.GetGravatarUrlWithDefault` (used for teams): the email if
/// set, otherwise the name stripped to `[a-zA-Z0-9]` plus `@localhost`.
pub(crate) fn gravatar_url_with_default(email: &str, name: &str) -> String {
    if !email.is_empty() {
        return gravatar_url(email);
    }
    let stripped: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
    gravatar_url(&format!("{stripped}@localhost"))
}

/// Lowercase, alphanumerics and dashes: close to Grafana's `slugify` for the
/// names these tests use.
pub(crate) fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Format unix seconds as RFC 3339 in UTC (`2024-01-02T03:04:05Z`), the way
/// Go marshals a `time.Time` in UTC with whole seconds.
pub(crate) fn rfc3339(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    // Howard Hinnant's civil-from-days algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        (secs % 3600) / 60,
        secs % 60
    )
}

/// Decode `%XX` escapes and `+` the way Go's `url.QueryUnescape` does;
/// `None` for malformed escapes.
pub(crate) fn query_unescape(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hexpair = bytes.get(i + 1..i + 3)?;
                let text = std::str::from_utf8(hexpair).ok()?;
                out.push(u8::from_str_radix(text, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// All `name=value` pairs from every `Cookie` header, in order.
pub(crate) fn parse_cookies(headers: &axum::http::HeaderMap) -> Vec<(String, String)> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            let value = value.trim().trim_matches('"');
            Some((name.trim().to_string(), value.to_string()))
        })
        .collect()
}

/// The first cookie called `name`, as Go's `Request.Cookie` returns it.
pub(crate) fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    parse_cookies(headers)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_known_vector() {
        assert_eq!(crc32_ieee(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn service_account_tokens_round_trip() {
        let token = new_service_account_token();
        assert!(service_account_token_well_formed(&token), "{token}");
        let mut broken = token.clone();
        broken.replace_range(5..6, if &token[5..6] == "a" { "b" } else { "a" });
        assert!(!service_account_token_well_formed(&broken));
        assert!(!service_account_token_well_formed("glsa_abc"));
    }

    #[test]
    fn rfc3339_formats_known_instants() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn gravatar_uses_md5_of_lowercase() {
        // md5("admin@localhost")
        assert_eq!(
            gravatar_url("Admin@Localhost"),
            "/avatar/46d229b033af06a191ff2267bca9ae56"
        );
        assert_eq!(
            gravatar_url_with_default("", "plant team!"),
            gravatar_url("plantteam@localhost")
        );
        assert_eq!(gravatar_url(""), "");
    }

    #[test]
    fn unescape_handles_percent_and_plus() {
        assert_eq!(query_unescape("a%20b+c").as_deref(), Some("a b c"));
        assert_eq!(query_unescape("%zz"), None);
    }
}

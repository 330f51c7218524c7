//! # panelcrypt-wasm
//!
//! The browser side of panelcrypt: a thin wasm-bindgen adapter over
//! `panelcrypt-core`, so the bundle format exists once. The JS loader
//! (`panel-snippet/src/loader.js`) does the network and the DOM; this crate
//! does every byte of parsing and every check:
//!
//! * [`slot_section`]: the part of `header.pcb` the key service needs;
//! * [`Bundle`]: a header opened with the bundle key from the key service
//!   (MAC verified, manifest decrypted and validated), which picks the
//!   variant that fits and decrypts objects into a `Blob`.
//!
//! Objects are decrypted with the browser's AES-GCM (`crypto.subtle`, one
//! call per 16 KiB chunk, all in flight at once) wherever it exists, and with
//! the `aes-gcm` crate where it does not (a page on plain HTTP is not a
//! secure context). Either way the key derivation and the key-commitment
//! check are core's pure-Rust code, run before any chunk is decrypted, and
//! the `Blob` is built only after every chunk, the exact length and the zero
//! padding verified: no byte of a bad object ever reaches the page.
//!
//! On a native target this crate is empty (see `Cargo.toml`).
#![cfg(target_arch = "wasm32")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::rc::Rc;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use js_sys::{Array, ArrayBuffer, Promise, Reflect, Uint8Array};
use panelcrypt_core::bundle::{self, Header};
use panelcrypt_core::chunked::{self, CHUNK_SIZE, ENCRYPTED_CHUNK_LEN, HEADER_LEN, NONCE_LEN};
use panelcrypt_core::manifest::{Entry, ObjectRef};
use panelcrypt_core::padme::padme;
use panelcrypt_core::{BundleKey, Error, Manifest, ObjectId};
use serde::Serialize;
use subtle::ConstantTimeEq;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, future_to_promise};
use web_sys::{AesGcmParams, Blob, BlobPropertyBag, CryptoKey, SubtleCrypto};

/// Error codes the loader maps to panel messages (the `code` property of
/// every error this module throws).
mod code {
    pub const NOT_A_BUNDLE: &str = "not_a_bundle";
    pub const UNSUPPORTED_VERSION: &str = "unsupported_version";
    pub const MALFORMED: &str = "malformed";
    pub const HEADER_VERIFICATION: &str = "header_verification";
    pub const NO_SUCH_IMAGE: &str = "no_such_image";
    pub const OBJECT_VERIFICATION: &str = "object_verification";
    pub const BAD_KEY: &str = "bad_key";
    pub const BROWSER: &str = "browser";
}

/// A JS `Error` with a `code` property.
fn js_error(code: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&e, &JsValue::from_str("code"), &JsValue::from_str(code));
    e.into()
}

fn header_error(e: &Error) -> JsValue {
    let c = match e {
        Error::NotABundle => code::NOT_A_BUNDLE,
        Error::UnsupportedVersion(_) => code::UNSUPPORTED_VERSION,
        Error::Decrypt => code::HEADER_VERIFICATION,
        _ => code::MALFORMED,
    };
    js_error(c, &e.to_string())
}

fn verification_failed() -> JsValue {
    js_error(
        code::OBJECT_VERIFICATION,
        "image failed verification: it was modified, swapped or truncated on the host",
    )
}

/// What the key service needs from a header: `{"slots": base64 of the slot
/// section, "bundle_id": hex}` as JSON. Fails on anything that is not a
/// well-formed version-1 header start.
#[wasm_bindgen]
pub fn slot_section(header: &[u8]) -> Result<String, JsValue> {
    let (bundle_id, _slots, end) =
        bundle::parse_slot_section(header).map_err(|e| header_error(&e))?;
    #[derive(Serialize)]
    struct Out {
        slots: String,
        bundle_id: String,
    }
    serde_json::to_string(&Out {
        slots: BASE64.encode(&header[..end]),
        bundle_id: hex::encode(bundle_id),
    })
    .map_err(|_| js_error(code::MALFORMED, "cannot encode the slot section"))
}

/// `true` when `crypto.subtle` exists (a secure context): objects are then
/// decrypted with WebCrypto.
#[wasm_bindgen]
pub fn has_webcrypto() -> bool {
    subtle_crypto().is_some()
}

fn subtle_crypto() -> Option<SubtleCrypto> {
    let global = js_sys::global();
    let crypto = Reflect::get(&global, &JsValue::from_str("crypto")).ok()?;
    if crypto.is_undefined() || crypto.is_null() {
        return None;
    }
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    if subtle.is_undefined() || subtle.is_null() {
        return None;
    }
    subtle.dyn_into::<SubtleCrypto>().ok()
}

struct Inner {
    key: BundleKey,
    bundle_id: [u8; 16],
    manifest: Manifest,
}

/// An opened bundle: header MAC verified, manifest decrypted and validated.
/// Holds the bundle key inside wasm memory (zeroed when freed).
#[wasm_bindgen]
pub struct Bundle {
    inner: Rc<Inner>,
}

/// What the loader needs to lay out an image before its bytes arrive.
#[derive(Serialize)]
struct EntryInfo<'a> {
    name: &'a str,
    width: Option<u32>,
    height: Option<u32>,
    placeholder: Option<&'a panelcrypt_core::manifest::Placeholder>,
    variants: Vec<u32>,
}

/// The object chosen for a display size.
#[derive(Serialize)]
struct Choice<'a> {
    id: String,
    /// Variant width (the context width); 0 for the original.
    variant: u32,
    len: u64,
    #[serde(rename = "type")]
    media_type: &'a str,
    /// Pixel size of what will be shown, when known.
    width: Option<u32>,
    height: Option<u32>,
}

/// The smallest variant at least `target_px` wide, else the original.
/// `target_px == 0` (size unknown) also selects the original.
fn choose(entry: &Entry, target_px: u32) -> (&ObjectRef, u32, Option<u32>, Option<u32>) {
    if target_px > 0 {
        let bigger_original = entry.width.is_none_or(|w| w > target_px);
        if let Some(v) = entry.variants.iter().find(|v| v.width >= target_px)
            && bigger_original
        {
            return (&v.object, v.width, Some(v.width), Some(v.height));
        }
    }
    (&entry.object, 0, entry.width, entry.height)
}

#[wasm_bindgen]
impl Bundle {
    /// Parses `header` (all of `header.pcb`), checks it against `key` (the
    /// 32 bytes from the key service): header MAC, manifest decryption and
    /// every manifest rule. `bundle_id` (hex, as the key service echoes it)
    /// must match the header's, when given.
    pub fn open(header: &[u8], key: &[u8], bundle_id: Option<String>) -> Result<Bundle, JsValue> {
        let h = Header::parse(header).map_err(|e| header_error(&e))?;
        if let Some(want) = bundle_id
            && want != hex::encode(h.bundle_id)
        {
            return Err(js_error(
                code::BAD_KEY,
                "the key service answered for another bundle",
            ));
        }
        let key = BundleKey::from_slice(key).map_err(|_| {
            js_error(
                code::BAD_KEY,
                "the key service sent a key of the wrong length",
            )
        })?;
        let manifest = h.open(&key).map_err(|e| header_error(&e))?;
        Ok(Bundle {
            inner: Rc::new(Inner {
                key,
                bundle_id: h.bundle_id,
                manifest,
            }),
        })
    }

    /// The bundle id, hex.
    #[wasm_bindgen(getter)]
    pub fn bundle_id(&self) -> String {
        hex::encode(self.inner.bundle_id)
    }

    /// Every logical name in the bundle, sorted.
    pub fn names(&self) -> Vec<String> {
        self.inner
            .manifest
            .entries
            .iter()
            .map(|e| e.name.clone())
            .collect()
    }

    /// `{"name", "width", "height", "placeholder": {"type","data"}|null,
    /// "variants": [widths]}` as JSON.
    pub fn entry(&self, name: &str) -> Result<String, JsValue> {
        let e = self.get(name)?;
        let info = EntryInfo {
            name: &e.name,
            width: e.width,
            height: e.height,
            placeholder: e.placeholder.as_ref(),
            variants: e.variants.iter().map(|v| v.width).collect(),
        };
        serde_json::to_string(&info).map_err(|_| js_error(code::MALFORMED, "cannot encode entry"))
    }

    /// The object to fetch for `name` shown `target_px` device pixels wide:
    /// `{"id", "variant", "len", "type", "width", "height"}` as JSON.
    pub fn choose(&self, name: &str, target_px: u32) -> Result<String, JsValue> {
        let e = self.get(name)?;
        let (r, variant, width, height) = choose(e, target_px);
        let c = Choice {
            id: r.id.to_hex(),
            variant,
            len: r.len,
            media_type: &r.media_type,
            width,
            height,
        };
        serde_json::to_string(&c).map_err(|_| js_error(code::MALFORMED, "cannot encode choice"))
    }

    /// Decrypts object `id` (32 hex digits, from [`Bundle::choose`]) from its
    /// ciphertext `ct` (all of `o/<id>`). Resolves to a `Blob` of the
    /// object's media type, built only after everything verified; rejects
    /// with code `object_verification` otherwise. Uses WebCrypto when
    /// `crypto.subtle` exists.
    pub fn decrypt(&self, id: &str, ct: Uint8Array) -> Promise {
        self.decrypt_with(id, ct, subtle_crypto().is_some())
    }

    /// [`Bundle::decrypt`] with an explicit engine: `webcrypto = false`
    /// forces the pure-Rust path (tests and benchmarks).
    pub fn decrypt_with(&self, id: &str, ct: Uint8Array, webcrypto: bool) -> Promise {
        let inner = Rc::clone(&self.inner);
        let id = id.to_string();
        future_to_promise(async move {
            let (r, width) = inner.find(&id)?;
            let r = r.clone();
            let blob = if webcrypto {
                let subtle = subtle_crypto().ok_or_else(|| {
                    js_error(code::BROWSER, "WebCrypto is not available in this page")
                })?;
                decrypt_webcrypto(&subtle, &inner, &r, width, &ct).await?
            } else {
                decrypt_rust(&inner, &r, width, &ct)?
            };
            Ok(blob.into())
        })
    }
}

impl Bundle {
    fn get(&self, name: &str) -> Result<&Entry, JsValue> {
        self.inner.manifest.get(name).ok_or_else(|| {
            js_error(
                code::NO_SUCH_IMAGE,
                &format!("the bundle has no image named {name:?}"),
            )
        })
    }
}

impl Inner {
    /// The object with this id and its variant width (0 = original).
    fn find(&self, id: &str) -> Result<(&ObjectRef, u32), JsValue> {
        let oid: ObjectId = id
            .parse()
            .map_err(|_| js_error(code::NO_SUCH_IMAGE, "not an object id"))?;
        self.manifest
            .objects()
            .find(|(r, _)| r.id == oid)
            .ok_or_else(|| js_error(code::NO_SUCH_IMAGE, "the bundle has no such object"))
    }
}

fn blob_of(parts: &Array, media_type: &str) -> Result<Blob, JsValue> {
    let opts = BlobPropertyBag::new();
    opts.set_type(media_type);
    Blob::new_with_buffer_source_sequence_and_options(parts, &opts)
        .map_err(|_| js_error(code::BROWSER, "the browser refused to build a Blob"))
}

/// Pure-Rust path: core's one-shot object decryption in place (length,
/// commitment, every chunk, padding; no second buffer), then one copy out
/// to a `Blob`. The plaintext in wasm memory is cleared afterwards.
fn decrypt_rust(
    inner: &Inner,
    r: &ObjectRef,
    width: u32,
    ct: &Uint8Array,
) -> Result<Blob, JsValue> {
    let mut bytes = ct.to_vec();
    // On failure core has already zeroized and emptied `bytes`.
    bundle::decrypt_object_in_place(&inner.key, &inner.bundle_id, r, width, &mut bytes)
        .map_err(|_| verification_failed())?;
    // One copy out of wasm memory (this crate has no unsafe, so no view).
    let part = Uint8Array::from(&bytes[..]);
    // The image now lives in the page anyway (this Uint8Array, the Blob, the
    // <img>), so clearing the wasm copy is hygiene, not a boundary: one bulk
    // fill (memory.fill) instead of `zeroize`'s byte-wise volatile writes,
    // which cost ~8 % of this path for a 16 MiB object. `black_box` keeps
    // the fill from being dropped as a dead store.
    bytes.fill(0);
    std::hint::black_box(&bytes);
    drop(bytes);
    blob_of(&Array::of1(&part), &r.media_type)
}

/// WebCrypto path. Core derives the chunk key, base nonce and commitment
/// (HKDF-Expand-SHA-512) and the commitment is compared in constant time
/// before anything is decrypted; then every chunk is one `subtle.decrypt`
/// (AES-256-GCM, nonce = base nonce XOR index), all issued at once so the
/// browser can pipeline them. The chunk structure is fixed by the length
/// check: every chunk but the last is full, the last is short.
async fn decrypt_webcrypto(
    subtle: &SubtleCrypto,
    inner: &Inner,
    r: &ObjectRef,
    width: u32,
    ct: &Uint8Array,
) -> Result<Blob, JsValue> {
    let ct_len = ct.length() as u64;
    if ct_len != bundle::object_ciphertext_len(r.len) {
        return Err(verification_failed());
    }
    let padded = padme(r.len);
    // The length check above makes this exact: floor(padded / 16 KiB) full
    // chunks and one short final chunk.
    let chunks = chunked::chunk_count(padded);

    let mut head = [0u8; HEADER_LEN];
    ct.subarray(0, HEADER_LEN as u32).copy_to(&mut head);
    let mut salt = [0u8; chunked::SALT_LEN];
    salt.copy_from_slice(&head[..chunked::SALT_LEN]);
    let ctx = bundle::object_context(&inner.bundle_id, &r.id, width);
    let derived = chunked::derive(inner.key.expose(), &salt, &ctx);
    if !bool::from(derived.commitment.ct_eq(&head[chunked::SALT_LEN..])) {
        return Err(verification_failed());
    }

    let key_data = Uint8Array::from(&derived.key[..]);
    let usages = Array::of1(&JsValue::from_str("decrypt"));
    let import = subtle
        .import_key_with_str("raw", &key_data, "AES-GCM", false, &usages)
        .map_err(|_| js_error(code::BROWSER, "WebCrypto refused to import an AES-GCM key"))?;
    // Overwrite the JS copy of the key bytes as soon as it was imported.
    let cryptokey: CryptoKey = JsFuture::from(import)
        .await
        .map_err(|_| js_error(code::BROWSER, "WebCrypto refused to import an AES-GCM key"))?
        .unchecked_into();
    key_data.fill(0, 0, key_data.length());

    // All nonces in one JS array (one copy out of wasm memory) and one
    // params object whose `iv` is pointed at each chunk's nonce in turn:
    // `subtle.decrypt` normalizes the algorithm, copying the IV, before it
    // returns (WebCrypto, "normalize an algorithm"), so reusing the object
    // is safe and saves a JS object and a string per chunk.
    let mut nonces = vec![0u8; NONCE_LEN * chunks as usize];
    for (i, nonce) in (0u64..).zip(nonces.chunks_exact_mut(NONCE_LEN)) {
        nonce.copy_from_slice(&derived.base_nonce);
        for (b, c) in nonce[NONCE_LEN - 8..].iter_mut().zip(i.to_be_bytes()) {
            *b ^= c;
        }
    }
    let nonces = Uint8Array::from(&nonces[..]);
    let params = AesGcmParams::new("AES-GCM", &nonces.subarray(0, NONCE_LEN as u32));
    let pending = Array::new_with_length(chunks as u32);
    for i in 0..chunks {
        let n = (i as u32) * NONCE_LEN as u32;
        if i > 0 {
            params.set_iv(&nonces.subarray(n, n + NONCE_LEN as u32));
        }
        let start = chunked::chunk_offset(i);
        let end = (start + ENCRYPTED_CHUNK_LEN as u64).min(ct_len);
        let p = subtle
            .decrypt_with_object_and_js_u8_array(
                &params,
                &cryptokey,
                &ct.subarray(start as u32, end as u32),
            )
            .map_err(|_| verification_failed())?;
        pending.set(i as u32, p.into());
    }
    let plain: Array = JsFuture::from(Promise::all(&pending))
        .await
        .map_err(|_| verification_failed())?
        .unchecked_into();

    // Every chunk verified. Chunks before `first_padded` hold only image
    // bytes and are used as they are (AES-GCM gives exactly the input
    // length minus the tag, and every input but the last is a full
    // encrypted chunk, by the length check above). From `first_padded` on,
    // check each length and that the padding is all zero, and keep the true
    // bytes only.
    let first_padded = r.len / CHUNK_SIZE as u64;
    let parts = plain;
    let mut check = Vec::new();
    for i in first_padded..chunks {
        let ab: ArrayBuffer = parts.get(i as u32).unchecked_into();
        let start = i * CHUNK_SIZE as u64;
        let want = (padded - start).min(CHUNK_SIZE as u64);
        if ab.byte_length() as u64 != want {
            return Err(verification_failed());
        }
        let keep = r.len.saturating_sub(start).min(want);
        if keep < want {
            // This chunk holds padding from `keep` on: it must be all zero.
            let view =
                Uint8Array::new_with_byte_offset_and_length(&ab, keep as u32, (want - keep) as u32);
            check.resize(view.length() as usize, 0);
            view.copy_to(&mut check);
            if check.iter().any(|&b| b != 0) {
                return Err(verification_failed());
            }
            parts.set(
                i as u32,
                Uint8Array::new_with_byte_offset_and_length(&ab, 0, keep as u32).into(),
            );
        }
    }
    blob_of(&parts, &r.media_type)
}

/// Benchmark helpers (`--features bench`, built by `bench/browser.sh` only).
#[cfg(feature = "bench")]
pub mod bench {
    use super::*;
    use aes_gcm::aead::{AeadInOut, KeyInit};
    use aes_gcm::{Aes256Gcm, Nonce, Tag};

    /// One AES-256-GCM decryption of `ct || tag` with the `aes-gcm` crate
    /// alone, in wasm: the baseline of the pure-Rust path. Returns the
    /// plaintext length, or throws if the tag does not verify.
    #[wasm_bindgen]
    pub fn bench_aes_gcm_decrypt(key: &[u8], nonce: &[u8], ct: Uint8Array) -> Result<u32, JsValue> {
        let mut buf = ct.to_vec();
        let split = buf
            .len()
            .checked_sub(16)
            .ok_or_else(|| js_error("bench", "short"))?;
        let tag: [u8; 16] = buf[split..]
            .try_into()
            .map_err(|_| js_error("bench", "tag"))?;
        buf.truncate(split);
        let n: [u8; 12] = nonce.try_into().map_err(|_| js_error("bench", "nonce"))?;
        let aead = Aes256Gcm::new_from_slice(key).map_err(|_| js_error("bench", "key"))?;
        aead.decrypt_inout_detached(
            &Nonce::from(n),
            &[],
            buf.as_mut_slice().into(),
            &Tag::from(tag),
        )
        .map_err(|_| js_error("bench", "tag mismatch"))?;
        let out = Uint8Array::from(&buf[..]);
        Ok(out.length())
    }

    /// One AES-256-GCM encryption with the `aes-gcm` crate (to make the
    /// single-call inputs of the benchmark). Returns `ct || tag`.
    #[wasm_bindgen]
    pub fn bench_aes_gcm_encrypt(key: &[u8], nonce: &[u8], pt: &[u8]) -> Result<Vec<u8>, JsValue> {
        let n: [u8; 12] = nonce.try_into().map_err(|_| js_error("bench", "nonce"))?;
        let aead = Aes256Gcm::new_from_slice(key).map_err(|_| js_error("bench", "key"))?;
        let mut buf = pt.to_vec();
        let tag = aead
            .encrypt_inout_detached(&Nonce::from(n), &[], buf.as_mut_slice().into())
            .map_err(|_| js_error("bench", "encrypt"))?;
        buf.extend_from_slice(&tag);
        Ok(buf)
    }
}

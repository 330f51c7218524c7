//! Writes the bundles the browser tests and benchmarks use, sealed with
//! `panelcrypt-core` from real PNG images made with the `image` crate.
//!
//! ```text
//! browser-fixtures --out DIR [--bench]
//! ```
//!
//! Writes, under `DIR`:
//!
//! * `master.key`: a fresh master secret (key-file format) for the key service;
//! * `bundles/<name>/header.pcb`, `bundles/<name>/o/<id>`: the bundles;
//! * `plain/<name>/<image name>`: the same images unencrypted;
//! * `keys.json`: bundle id → bundle key and the principals it was sealed to
//!   (for the stub key service used when the real one is not built);
//! * `expected.json`: for each bundle and image, every object (original and
//!   variants): id, pixel size, SHA-256 of the file and of its RGBA pixels.
//!
//! Bundles: `plant` (3 images with variants and placeholders, sealed to
//! `team:plant-ops@1` and `user:carol`), `plant-copy` (the same, sealed
//! again), `dash12` (12 photo-sized images
//! for the dashboard timing), `edges` (raw objects at the chunk boundaries
//! and two with nonzero padding), and with `--bench` `bench16` (one 16 MiB
//! object for the throughput benchmark).

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use image::{ImageFormat, RgbImage};
use panelcrypt_core::bundle::{self, seal_header};
use panelcrypt_core::manifest::{Entry, ObjectRef, Placeholder, Variant};
use panelcrypt_core::{BundleKey, Manifest, MasterSecret, ObjectId, Principal, Suite};
use rand_core::{CryptoRng, Rng, UnwrapErr};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

type Rand = UnwrapErr<getrandom::SysRng>;

struct Image {
    png: Vec<u8>,
    rgba_sha: String,
    width: u32,
    height: u32,
}

/// A deterministic opaque test picture: smooth colour fields, a grid and
/// a little pseudo-random texture, so that PNGs are photo-sized and every
/// pixel matters.
fn picture(seed: u32, width: u32, height: u32, noise: u8) -> RgbImage {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(12345);
    RgbImage::from_fn(width, height, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = if noise == 0 {
            0
        } else {
            (state % u32::from(noise)) as u8
        };
        let grid = if x % 40 == 0 || y % 40 == 0 { 60 } else { 0 };
        let r = ((x * 255 / width.max(1)) as u8)
            .wrapping_add(n)
            .saturating_sub(grid);
        let g = ((y * 255 / height.max(1)) as u8).wrapping_add((seed as u8).wrapping_mul(37));
        let b = (((x + y + seed * 50) % 256) as u8).wrapping_add(n / 2);
        image::Rgb([r, g, b])
    })
}

fn encode_png(img: &RgbImage) -> Result<Vec<u8>, String> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png)
        .map_err(|e| format!("png: {e}"))?;
    Ok(out.into_inner())
}

fn image_of(img: &RgbImage) -> Result<Image, String> {
    let png = encode_png(img)?;
    // What a browser canvas reads back: the decoded pixels as RGBA.
    let decoded = image::load_from_memory_with_format(&png, ImageFormat::Png)
        .map_err(|e| format!("png decode: {e}"))?
        .to_rgba8();
    Ok(Image {
        rgba_sha: hex::encode(Sha256::digest(decoded.as_raw())),
        width: img.width(),
        height: img.height(),
        png,
    })
}

fn sha_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

struct Source {
    name: String,
    original: Image,
    variants: Vec<Image>,
    placeholder: Option<Vec<u8>>,
}

fn source(
    name: &str,
    seed: u32,
    w: u32,
    h: u32,
    variant_widths: &[u32],
    noise: u8,
) -> Result<Source, String> {
    let base = picture(seed, w, h, noise);
    let original = image_of(&base)?;
    let mut variants = Vec::new();
    for &vw in variant_widths {
        let vh = (u64::from(h) * u64::from(vw) / u64::from(w)).max(1) as u32;
        let small = image::imageops::resize(&base, vw, vh, image::imageops::FilterType::Triangle);
        variants.push(image_of(&small)?);
    }
    let placeholder = if variant_widths.is_empty() {
        None
    } else {
        let tiny = image::imageops::resize(
            &base,
            16,
            (16 * h / w).max(1),
            image::imageops::FilterType::Triangle,
        );
        Some(encode_png(&tiny)?)
    };
    Ok(Source {
        name: name.to_string(),
        original,
        variants,
        placeholder,
    })
}

struct Sealed {
    bundle_id: [u8; 16],
    key: BundleKey,
    expected: Value,
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Encrypts `data` as an object of `dir`. With `bad_padding = Some(k)`,
/// the PADMÉ padding is written by hand with byte `k` of it set to 1 (the
/// declared length stays `data.len()`): properly encrypted and
/// authenticated, but a decoder must still reject it.
#[allow(clippy::too_many_arguments)]
fn object(
    dir: &Path,
    key: &BundleKey,
    bundle_id: &[u8; 16],
    width: u32,
    media_type: &str,
    data: &[u8],
    bad_padding: Option<u64>,
    rng: &mut impl CryptoRng,
) -> Result<ObjectRef, String> {
    let id = ObjectId::generate(rng);
    let ct = match bad_padding {
        None => bundle::encrypt_object(key, bundle_id, &id, width, data, rng),
        Some(k) => {
            // PADMÉ lengths are fixed points of PADMÉ, so the padded bytes
            // are encrypted without further padding.
            let mut padded = data.to_vec();
            padded.resize(panelcrypt_core::padme::padme(data.len() as u64) as usize, 0);
            let at = data.len() + k as usize;
            *padded
                .get_mut(at)
                .ok_or("bad_padding offset past the padding")? = 1;
            bundle::encrypt_object(key, bundle_id, &id, width, &padded, rng)
        }
    }
    .map_err(|e| e.to_string())?;
    write(&dir.join("o").join(id.to_hex()), &ct)?;
    Ok(ObjectRef {
        id,
        len: data.len() as u64,
        media_type: media_type.to_string(),
    })
}

/// A raw object: any bytes under a name, optionally with bad padding.
struct Blob {
    name: String,
    media_type: &'static str,
    data: Vec<u8>,
    bad_padding: Option<u64>,
}

impl Blob {
    fn new(name: &str, media_type: &'static str, data: Vec<u8>) -> Blob {
        Blob {
            name: name.to_string(),
            media_type,
            data,
            bad_padding: None,
        }
    }
}

/// Seals `sources` (and raw `blobs`) into `out/bundles/<name>`.
fn seal(
    out: &Path,
    name: &str,
    sources: &[Source],
    blobs: &[Blob],
    master: &MasterSecret,
    principals: &[(&str, Suite)],
    rng: &mut Rand,
) -> Result<Sealed, String> {
    let dir = out.join("bundles").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let key = BundleKey::generate(rng);
    let mut bundle_id = [0u8; 16];
    rng.fill_bytes(&mut bundle_id);
    let mut manifest = Manifest::new();
    let mut expected = serde_json::Map::new();
    for s in sources {
        let orig = object(
            &dir,
            &key,
            &bundle_id,
            0,
            "image/png",
            &s.original.png,
            None,
            rng,
        )?;
        write(&out.join("plain").join(name).join(&s.name), &s.original.png)?;
        let mut objects = vec![json!({
            "variant": 0, "id": orig.id.to_hex(), "width": s.original.width,
            "height": s.original.height, "file_sha256": sha_hex(&s.original.png),
            "rgba_sha256": s.original.rgba_sha, "len": s.original.png.len(),
        })];
        let mut variants = Vec::new();
        for v in &s.variants {
            let r = object(
                &dir,
                &key,
                &bundle_id,
                v.width,
                "image/png",
                &v.png,
                None,
                rng,
            )?;
            objects.push(json!({
                "variant": v.width, "id": r.id.to_hex(), "width": v.width, "height": v.height,
                "file_sha256": sha_hex(&v.png), "rgba_sha256": v.rgba_sha, "len": v.png.len(),
            }));
            variants.push(Variant {
                width: v.width,
                height: v.height,
                object: r,
            });
        }
        manifest.entries.push(Entry {
            name: s.name.clone(),
            object: orig,
            width: Some(s.original.width),
            height: Some(s.original.height),
            variants,
            placeholder: s.placeholder.as_ref().map(|p| Placeholder {
                media_type: "image/png".into(),
                data: BASE64.encode(p),
            }),
        });
        expected.insert(s.name.clone(), Value::Array(objects));
    }
    for b in blobs {
        let r = object(
            &dir,
            &key,
            &bundle_id,
            0,
            b.media_type,
            &b.data,
            b.bad_padding,
            rng,
        )?;
        expected.insert(
            b.name.clone(),
            json!([{
                "variant": 0, "id": r.id.to_hex(), "file_sha256": sha_hex(&b.data),
                "len": b.data.len(), "type": b.media_type, "bad_padding": b.bad_padding.is_some(),
            }]),
        );
        manifest.entries.push(Entry {
            name: b.name.clone(),
            object: r,
            width: None,
            height: None,
            variants: Vec::new(),
            placeholder: None,
        });
    }
    manifest.entries.sort_by(|a, b| a.name.cmp(&b.name));
    let recipients: Vec<_> = principals
        .iter()
        .map(|(p, suite)| {
            let p: Principal = p.parse().map_err(|e| format!("{p}: {e}"))?;
            Ok(master.recipient(&p, *suite, 0))
        })
        .collect::<Result<_, String>>()?;
    let header = seal_header(&key, &bundle_id, &recipients, None, &manifest, rng)
        .map_err(|e| e.to_string())?;
    write(&dir.join(bundle::HEADER_FILE), &header)?;
    Ok(Sealed {
        bundle_id,
        key,
        expected: Value::Object(expected),
    })
}

fn run() -> Result<(), String> {
    let mut out: Option<PathBuf> = None;
    let mut bench = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = Some(args.next().ok_or("--out needs a directory")?.into()),
            "--bench" => bench = true,
            _ => return Err("usage: browser-fixtures --out DIR [--bench]".into()),
        }
    }
    let out = out.ok_or("usage: browser-fixtures --out DIR [--bench]")?;
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let mut rng: Rand = UnwrapErr(getrandom::SysRng);
    let master = MasterSecret::generate(&mut rng);
    let keyfile =
        panelcrypt_core::keyfile::encode(&master, None, &mut rng).map_err(|e| e.to_string())?;
    write(&out.join("master.key"), keyfile.as_bytes())?;

    let mut keys = serde_json::Map::new();
    let mut expected = serde_json::Map::new();
    let mut add = |name: &str, principals: &[(&str, Suite)], s: Sealed| {
        keys.insert(
            hex::encode(s.bundle_id),
            json!({
                "bundle": name,
                "key": BASE64.encode(s.key.expose()),
                "principals": principals.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
            }),
        );
        expected.insert(name.to_string(), s.expected);
    };

    let plant_principals = [
        ("team:plant-ops@1", Suite::XWing),
        ("user:carol", Suite::X25519),
    ];
    let plant = vec![
        source("plant/boiler.png", 1, 480, 360, &[120, 240], 24)?,
        source("plant/diagram.png", 2, 400, 300, &[], 0)?,
        source("plant/pump.png", 3, 320, 240, &[160], 24)?,
    ];
    let sealed = seal(
        &out,
        "plant",
        &plant,
        &[],
        &master,
        &plant_principals,
        &mut rng,
    )?;
    add("plant", &plant_principals, sealed);
    // The same images sealed again (another bundle key and id): its objects
    // have exactly the lengths of `plant`'s, for the "object moved from
    // another bundle" test, which only the key commitment catches.
    let sealed = seal(
        &out,
        "plant-copy",
        &plant,
        &[],
        &master,
        &plant_principals,
        &mut rng,
    )?;
    add("plant-copy", &plant_principals, sealed);

    let dash_principals = [("team:plant-ops@1", Suite::XWing)];
    let dash: Vec<Source> = (0..12)
        .map(|i| source(&format!("dash/img{i:02}.png"), 10 + i, 800, 600, &[], 16))
        .collect::<Result<_, _>>()?;
    let sealed = seal(
        &out,
        "dash12",
        &dash,
        &[],
        &master,
        &dash_principals,
        &mut rng,
    )?;
    add("dash12", &dash_principals, sealed);

    // Raw objects whose lengths sit on and around the 16 KiB chunk
    // boundaries (padding inside a chunk, padding-only chunks, an empty
    // final chunk), and two with a nonzero padding byte, for the decoder's
    // chunk-boundary tests in both of its paths.
    let mut edges = Vec::new();
    for len in [0usize, 1, 16383, 16384, 16385, 32768, 100_000, 1_048_577] {
        let mut data = vec![0u8; len];
        rng.fill_bytes(&mut data);
        edges.push(Blob::new(
            &format!("edges/len-{len}"),
            "application/octet-stream",
            data,
        ));
    }
    for (len, k) in [(100_000usize, 351u64), (1_048_577, 16383)] {
        let mut data = vec![0u8; len];
        rng.fill_bytes(&mut data);
        edges.push(Blob {
            bad_padding: Some(k),
            ..Blob::new(
                &format!("edges/bad-padding-{len}-at-{k}"),
                "application/octet-stream",
                data,
            )
        });
    }
    let sealed = seal(
        &out,
        "edges",
        &[],
        &edges,
        &master,
        &dash_principals,
        &mut rng,
    )?;
    add("edges", &dash_principals, sealed);

    if bench {
        let mut big = vec![0u8; 16 << 20];
        rng.fill_bytes(&mut big);
        let sealed = seal(
            &out,
            "bench16",
            &[],
            &[Blob::new(
                "bench/16mib.bin",
                "application/octet-stream",
                big,
            )],
            &master,
            &dash_principals,
            &mut rng,
        )?;
        add("bench16", &dash_principals, sealed);
    }

    let mut ordered: BTreeMap<String, Value> = BTreeMap::new();
    ordered.extend(expected);
    write(
        &out.join("keys.json"),
        serde_json::to_string_pretty(&Value::Object(keys))
            .map_err(|e| e.to_string())?
            .as_bytes(),
    )?;
    write(
        &out.join("expected.json"),
        serde_json::to_string_pretty(&ordered)
            .map_err(|e| e.to_string())?
            .as_bytes(),
    )?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("browser-fixtures: {e}");
            ExitCode::FAILURE
        }
    }
}

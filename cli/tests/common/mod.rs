//! Helpers for the integration tests: run the real binary in a scratch
//! directory, make real images with the image crate, make broken ones.
#![allow(dead_code)]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use image::codecs::gif::GifEncoder;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::tiff::TiffEncoder;
use image::codecs::webp::WebPEncoder;
use image::{ImageBuffer, Rgb, Rgba};

pub const ENV_VARS: [&str; 5] = [
    "PANELCRYPT_KEY_FILE",
    "PANELCRYPT_MASTER_KEY",
    "PANELCRYPT_KEY_PASSPHRASE",
    "PANELCRYPT_BUNDLE_PASSPHRASE",
    "PANELCRYPT_CONFIG",
];

/// The binary, with a clean panelcrypt environment, run in `dir`.
pub fn cmd(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_panelcrypt"));
    for v in ENV_VARS {
        c.env_remove(v);
    }
    c.current_dir(dir).stdin(std::process::Stdio::null());
    c
}

/// Runs `panelcrypt args...` in `dir`.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    cmd(dir).args(args).output().expect("run panelcrypt")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit code, showing the output otherwise.
#[track_caller]
pub fn expect_code(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "exit status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        o.status,
        stdout(o),
        stderr(o)
    );
}

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    /// A scratch dir with a master key `master.key`.
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("tempdir");
        let o = run(dir.path(), &["keygen", "-o", "master.key"]);
        expect_code(&o, 0);
        Env { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn p(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        run(self.path(), args)
    }

    /// The recipient of `principal` (X-Wing unless `suite` says otherwise).
    pub fn recipient(&self, principal: &str, suite: &str) -> String {
        let o = self.run(&[
            "recipients",
            "--key-file",
            "master.key",
            "--suite",
            suite,
            principal,
        ]);
        expect_code(&o, 0);
        stdout(&o)
            .split_whitespace()
            .next()
            .expect("a recipient")
            .to_string()
    }

    pub fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let p = self.p(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

/// A deterministic photo-like RGB picture.
pub fn rgb(w: u32, h: u32, seed: u32) -> ImageBuffer<Rgb<u8>, Vec<u8>> {
    ImageBuffer::from_fn(w, h, |x, y| {
        let v = x.wrapping_mul(7 + seed) ^ y.wrapping_mul(13) ^ (x * y).wrapping_add(seed);
        Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, (v & 0xff) as u8])
    })
}

pub fn rgba(w: u32, h: u32, seed: u32) -> ImageBuffer<Rgba<u8>, Vec<u8>> {
    ImageBuffer::from_fn(w, h, |x, y| {
        let p = rgb(1, 1, seed.wrapping_add(x ^ y)).get_pixel(0, 0).0;
        Rgba([
            p[0],
            (x % 256) as u8,
            (y % 256) as u8,
            if x < w / 2 { 255 } else { 128 },
        ])
    })
}

pub fn png(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut out = Vec::new();
    rgb(w, h, seed)
        .write_with_encoder(PngEncoder::new(&mut out))
        .unwrap();
    out
}

pub fn png_alpha(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut out = Vec::new();
    rgba(w, h, seed)
        .write_with_encoder(PngEncoder::new(&mut out))
        .unwrap();
    out
}

pub fn jpeg(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut out = Vec::new();
    rgb(w, h, seed)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 85))
        .unwrap();
    out
}

pub fn gif(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = GifEncoder::new(&mut out);
        let frame = image::Frame::new(rgba(w, h, seed));
        enc.encode_frame(frame).unwrap();
    }
    out
}

pub fn webp(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut out = Vec::new();
    rgba(w, h, seed)
        .write_with_encoder(WebPEncoder::new_lossless(&mut out))
        .unwrap();
    out
}

pub fn tiff(w: u32, h: u32, seed: u32) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    rgb(w, h, seed)
        .write_with_encoder(TiffEncoder::new(&mut out))
        .unwrap();
    out.into_inner()
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid PNG signature and IHDR claiming `w`x`h`, then a tiny IDAT and IEND:
/// what a decompression bomb's header looks like.
pub fn png_header_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let chunk = |out: &mut Vec<u8>, kind: &[u8], data: &[u8]| {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

/// Every regular file under `root`, as (relative name, bytes), sorted.
pub fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(root).sort_by_file_name() {
        let e = e.unwrap();
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read(e.path()).unwrap()));
        }
    }
    out
}

/// Parses stdout as JSON.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}\n{}", stdout(o), stderr(o)))
}

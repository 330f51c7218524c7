//! Deterministic benchmark images: real-size JPEG (4000x3000, like a
//! 12-megapixel camera) and PNG (2400x1600 screenshots/diagrams with photo
//! content) with photo-like texture, so that compressed sizes are realistic.
//!
//! Usage: gen_images <DIR> [MEGABYTES, default 200]
//! Writes jpeg-NNN.jpg and png-NNN.png alternately (2 JPEG : 1 PNG) until
//! the folder holds at least MEGABYTES. Same output on every run.

use std::io::BufWriter;
use std::path::PathBuf;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::{ImageBuffer, Rgb};

struct SplitMix(u64);
impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn picture(w: u32, h: u32, seed: u64, noise: u8) -> ImageBuffer<Rgb<u8>, Vec<u8>> {
    let mut r = SplitMix(seed);
    let f: Vec<f32> = (0..9).map(|_| (r.next() % 1000) as f32 / 1000.0).collect();
    let mut rng = SplitMix(seed ^ 0xA5A5);
    ImageBuffer::from_fn(w, h, |x, y| {
        let (xf, yf) = (x as f32 / w as f32, y as f32 / h as f32);
        let mut px = [0u8; 3];
        let n = rng.next();
        for c in 0..3 {
            let base = 128.0
                + 60.0
                    * ((xf * (3.0 + 7.0 * f[c]) + yf * 5.0 * f[c + 3]) * std::f32::consts::TAU)
                        .sin()
                + 40.0 * ((yf * (2.0 + 9.0 * f[c + 6]) - xf * 3.0) * std::f32::consts::TAU).cos();
            let jitter = ((n >> (c * 8)) & 0xff) as i32 % (noise as i32 * 2 + 1) - noise as i32;
            px[c] = (base as i32 + jitter).clamp(0, 255) as u8;
        }
        Rgb(px)
    })
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: gen_images <DIR> [MEGABYTES]"));
    let mb: u64 = args
        .next()
        .map_or(200, |s| s.parse().expect("MEGABYTES is a number"));
    std::fs::create_dir_all(&dir).expect("create the output folder");
    let mut total = 0u64;
    let mut i = 0u64;
    while total < mb * 1_000_000 {
        let (path, png) = if i % 3 == 2 {
            (dir.join(format!("png-{i:03}.png")), true)
        } else {
            (dir.join(format!("jpeg-{i:03}.jpg")), false)
        };
        let f = BufWriter::new(std::fs::File::create(&path).expect("create an image file"));
        if png {
            let img = picture(2400, 1600, i, 6);
            img.write_with_encoder(PngEncoder::new_with_quality(
                f,
                CompressionType::Fast,
                FilterType::Sub,
            ))
            .expect("encode PNG");
        } else {
            let img = picture(4000, 3000, i, 5);
            img.write_with_encoder(JpegEncoder::new_with_quality(f, 90))
                .expect("encode JPEG");
        }
        total += std::fs::metadata(&path).expect("stat").len();
        i += 1;
    }
    println!("{} images, {} bytes in {}", i, total, dir.display());
}

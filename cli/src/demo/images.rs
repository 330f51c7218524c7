//! The demo's sample images, drawn by this code (no files, no licences to
//! track): a thermal-camera heat map and a throughput chart for the panel
//! the demo user may see, and a bar chart for the one they may not.
//! Deterministic, so every run seals the same pixels.

use std::io::Cursor;

use image::{ImageBuffer, ImageFormat, Rgb, RgbImage};

/// One sample image: its file name inside the bundle, and its PNG bytes.
pub struct Sample {
    /// File name, which is the image's name in the bundle.
    pub name: &'static str,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// PNG-encoded pixels.
    pub png: Vec<u8>,
}

/// Size of every sample image (16:9, large enough that the decoder picks a
/// resized variant in a dashboard panel).
pub const WIDTH: u32 = 1600;
/// See [`WIDTH`].
pub const HEIGHT: u32 = 900;

const BG: Rgb<u8> = Rgb([24, 27, 31]);
const GRID: Rgb<u8> = Rgb([52, 56, 62]);

fn encode(name: &'static str, img: &RgbImage) -> Sample {
    let mut png = Vec::new();
    // Writing PNG into a Vec cannot fail for an in-memory RGB8 image.
    img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .expect("PNG encoding into memory");
    Sample {
        name,
        width: img.width(),
        height: img.height(),
        png,
    }
}

/// A small "inferno"-like colour map, t in [0, 1].
fn heat(t: f32) -> Rgb<u8> {
    const STOPS: [(f32, [f32; 3]); 6] = [
        (0.0, [0.0, 0.0, 4.0]),
        (0.2, [40.0, 11.0, 84.0]),
        (0.4, [101.0, 21.0, 110.0]),
        (0.6, [188.0, 55.0, 84.0]),
        (0.8, [245.0, 125.0, 21.0]),
        (1.0, [252.0, 255.0, 164.0]),
    ];
    let t = t.clamp(0.0, 1.0);
    let i = STOPS.iter().rposition(|(s, _)| *s <= t).unwrap_or(0).min(4);
    let (s0, c0) = STOPS[i];
    let (s1, c1) = STOPS[i + 1];
    let f = (t - s0) / (s1 - s0);
    Rgb([0, 1, 2].map(|k| (c0[k] + (c1[k] - c0[k]) * f).round() as u8))
}

/// Line 3 seen by a thermal camera: hot spots over a machine floor.
fn thermal() -> RgbImage {
    let spots: [(f32, f32, f32, f32); 6] = [
        (0.22, 0.35, 0.10, 1.0),
        (0.48, 0.62, 0.14, 0.8),
        (0.71, 0.30, 0.07, 0.95),
        (0.83, 0.72, 0.12, 0.6),
        (0.35, 0.80, 0.06, 0.7),
        (0.60, 0.45, 0.22, 0.35),
    ];
    ImageBuffer::from_fn(WIDTH, HEIGHT, |x, y| {
        let (u, v) = (x as f32 / WIDTH as f32, y as f32 / HEIGHT as f32);
        let mut t = 0.08 + 0.05 * (u * 23.0).sin() * (v * 17.0).cos();
        for (cx, cy, r, a) in spots {
            let d2 = ((u - cx) * 16.0 / 9.0).powi(2) + (v - cy).powi(2);
            t += a * (-d2 / (r * r)).exp();
        }
        // Machine outlines: thin cool rectangles.
        let on_edge = |x0: u32, y0: u32, x1: u32, y1: u32| {
            ((x == x0 || x == x1) && (y0..=y1).contains(&y))
                || ((y == y0 || y == y1) && (x0..=x1).contains(&x))
        };
        if on_edge(200, 180, 520, 460)
            || on_edge(640, 380, 980, 760)
            || on_edge(1060, 150, 1240, 380)
        {
            return Rgb([140, 200, 255]);
        }
        heat(t)
    })
}

fn put_disc(img: &mut RgbImage, cx: f32, cy: f32, r: f32, c: Rgb<u8>) {
    let (x0, x1) = ((cx - r).floor().max(0.0) as u32, (cx + r).ceil() as u32);
    let (y0, y1) = ((cy - r).floor().max(0.0) as u32, (cy + r).ceil() as u32);
    for y in y0..=y1.min(img.height() - 1) {
        for x in x0..=x1.min(img.width() - 1) {
            let d = ((x as f32 - cx).powi(2) + (y as f32 - cy).powi(2)).sqrt();
            if d <= r {
                img.put_pixel(x, y, c);
            }
        }
    }
}

fn grid(img: &mut RgbImage, step_x: u32, step_y: u32) {
    for y in 0..img.height() {
        for x in 0..img.width() {
            if x % step_x == 0 || y % step_y == 0 {
                img.put_pixel(x, y, GRID);
            }
        }
    }
}

/// Units per hour on two lines over a shift: two smooth series over a grid,
/// the area under the first one shaded.
fn throughput() -> RgbImage {
    let mut img = ImageBuffer::from_pixel(WIDTH, HEIGHT, BG);
    grid(&mut img, 100, 90);
    let series = |x: f32, k: f32| {
        let h = HEIGHT as f32;
        h * (0.55 - 0.18 * (x * 0.006 + k).sin() - 0.08 * (x * 0.017 + 2.0 * k).cos())
    };
    for x in 0..WIDTH {
        let y = series(x as f32, 0.0);
        for yy in (y as u32)..HEIGHT {
            let p = img.get_pixel(x, yy).0;
            img.put_pixel(x, yy, Rgb([p[0] / 2 + 20, p[1] / 2 + 60, p[2] / 2 + 40]));
        }
    }
    for x in 0..WIDTH {
        let xf = x as f32;
        put_disc(&mut img, xf, series(xf, 0.0), 3.5, Rgb([115, 191, 105]));
        put_disc(&mut img, xf, series(xf, 1.7), 3.5, Rgb([87, 148, 242]));
    }
    img
}

/// Quarterly margins by region: grouped bars.
fn margins() -> RgbImage {
    let mut img = ImageBuffer::from_pixel(WIDTH, HEIGHT, BG);
    grid(&mut img, 1600, 90);
    let colours = [
        Rgb([242, 73, 92]),
        Rgb([255, 152, 48]),
        Rgb([250, 222, 42]),
        Rgb([184, 119, 217]),
    ];
    let heights = [
        [0.42, 0.55, 0.61, 0.48],
        [0.35, 0.47, 0.52, 0.66],
        [0.58, 0.62, 0.44, 0.71],
        [0.30, 0.38, 0.49, 0.57],
        [0.51, 0.45, 0.67, 0.74],
    ];
    for (g, group) in heights.iter().enumerate() {
        for (b, h) in group.iter().enumerate() {
            let x0 = 90 + g as u32 * 300 + b as u32 * 62;
            let top = HEIGHT - (h * HEIGHT as f32) as u32;
            for y in top..HEIGHT - 40 {
                for x in x0..x0 + 52 {
                    img.put_pixel(x, y, colours[b]);
                }
            }
        }
    }
    img
}

/// The images of the panel the demo user may see.
pub fn allowed() -> Vec<Sample> {
    vec![
        encode("line-3-thermal.png", &thermal()),
        encode("throughput.png", &throughput()),
    ]
}

/// The image of the panel the demo user may not see.
pub fn forbidden() -> Vec<Sample> {
    vec![encode("q4-margins.png", &margins())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_distinct_real_pngs_of_the_stated_size() {
        let all: Vec<Sample> = allowed().into_iter().chain(forbidden()).collect();
        for s in &all {
            let img = image::load_from_memory_with_format(&s.png, ImageFormat::Png).unwrap();
            assert_eq!(
                (img.width(), img.height()),
                (s.width, s.height),
                "{}",
                s.name
            );
            // Not a flat fill: many distinct colours.
            let rgb = img.to_rgb8();
            let mut seen = std::collections::HashSet::new();
            for p in rgb.pixels().step_by(97) {
                seen.insert(p.0);
            }
            assert!(seen.len() > 4, "{} looks empty", s.name);
        }
        assert_ne!(all[0].png, all[1].png);
        assert_eq!(allowed()[0].png, all[0].png, "deterministic");
    }
}

//! Images: type sniffing from bytes, validation under decoding limits,
//! resized variants and the tiny placeholder.

use std::io::{BufRead, Cursor, Seek};
use std::sync::{Condvar, Mutex};

use base64::Engine;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::error::LimitErrorKind;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader};

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// An image format that panelcrypt decodes and browsers show.
    Image(ImageFormat),
    /// An image format the image crate recognises but panelcrypt does not decode.
    Unsupported(ImageFormat),
    /// Not recognised as an image.
    Unknown,
}

/// Formats panelcrypt validates and makes variants of.
pub const SUPPORTED: [ImageFormat; 5] = [
    ImageFormat::Png,
    ImageFormat::Jpeg,
    ImageFormat::Gif,
    ImageFormat::WebP,
    ImageFormat::Tiff,
];

/// Sniffs the type from the first bytes (at least 16 when the file has them).
pub fn sniff(head: &[u8]) -> Sniffed {
    match image::guess_format(head) {
        Ok(f) if SUPPORTED.contains(&f) => Sniffed::Image(f),
        Ok(f) => Sniffed::Unsupported(f),
        Err(_) => Sniffed::Unknown,
    }
}

/// Short display name of a format.
pub fn format_name(f: ImageFormat) -> &'static str {
    match f {
        ImageFormat::Png => "PNG",
        ImageFormat::Jpeg => "JPEG",
        ImageFormat::Gif => "GIF",
        ImageFormat::WebP => "WebP",
        ImageFormat::Tiff => "TIFF",
        ImageFormat::Bmp => "BMP",
        ImageFormat::Ico => "ICO",
        ImageFormat::Avif => "AVIF",
        _ => "image",
    }
}

/// True if every browser shows this format in an `<img>`.
pub fn web_displayable(f: ImageFormat) -> bool {
    matches!(
        f,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Gif | ImageFormat::WebP
    )
}

/// True if the file's extension names another format than its bytes.
pub fn extension_mismatch(name: &str, f: ImageFormat) -> bool {
    let Some((_, ext)) = name.rsplit_once('.') else {
        return false;
    };
    match ImageFormat::from_extension(ext) {
        Some(by_ext) => by_ext != f,
        None => false,
    }
}

/// Decoding limits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest width or height in pixels.
    pub max_dimension: u32,
    /// Largest decoded size in bytes of one image (also the budget of all
    /// images being decoded at once).
    pub max_alloc: u64,
}

impl Limits {
    fn image_limits(&self, with_dimensions: bool) -> image::Limits {
        let mut l = image::Limits::default();
        if with_dimensions {
            l.max_image_width = Some(self.max_dimension);
            l.max_image_height = Some(self.max_dimension);
        }
        l.max_alloc = Some(self.max_alloc);
        l
    }
}

/// What a header says, checked against the limits.
pub struct Probed<D> {
    /// The decoder, positioned after the header.
    pub decoder: D,
    /// Width as displayed (after EXIF orientation).
    pub width: u32,
    /// Height as displayed.
    pub height: u32,
    /// EXIF orientation.
    pub orientation: Orientation,
    /// Bytes the decoded image needs.
    pub decoded_bytes: u64,
}

/// Reads and checks an image header: format, dimensions, memory needed.
/// The message of an error says why the file is refused.
pub fn probe<'a, R: BufRead + Seek + 'a>(
    reader: R,
    format: ImageFormat,
    limits: &Limits,
) -> Result<Probed<impl ImageDecoder + 'a>, String> {
    let mut r = ImageReader::with_format(reader, format);
    r.limits(limits.image_limits(false));
    let mut decoder = r.into_decoder().map_err(|e| describe(format, limits, &e))?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(format!(
            "{} image has zero width or height",
            format_name(format)
        ));
    }
    if w > limits.max_dimension || h > limits.max_dimension {
        return Err(format!(
            "{} image is {w}x{h} pixels, larger than the limit of {m}x{m} (--max-dimension); possibly a decompression bomb",
            format_name(format),
            m = limits.max_dimension
        ));
    }
    let decoded_bytes = decoder.total_bytes();
    if decoded_bytes > limits.max_alloc {
        return Err(format!(
            "{} image is {w}x{h} pixels and would need {} MiB to decode, more than the limit of {} MiB (--max-decode-mib)",
            format_name(format),
            decoded_bytes.div_ceil(1 << 20),
            limits.max_alloc >> 20
        ));
    }
    decoder
        .set_limits(limits.image_limits(true))
        .map_err(|e| describe(format, limits, &e))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let (width, height) = match orientation {
        Orientation::Rotate90
        | Orientation::Rotate270
        | Orientation::Rotate90FlipH
        | Orientation::Rotate270FlipH => (h, w),
        _ => (w, h),
    };
    Ok(Probed {
        decoder,
        width,
        height,
        orientation,
        decoded_bytes,
    })
}

/// Decodes the whole image (first frame of an animation), oriented for display.
pub fn decode<D: ImageDecoder>(
    p: Probed<D>,
    format: ImageFormat,
    limits: &Limits,
) -> Result<DynamicImage, String> {
    let mut img =
        DynamicImage::from_decoder(p.decoder).map_err(|e| describe(format, limits, &e))?;
    img.apply_orientation(p.orientation);
    Ok(img)
}

/// Why an image was refused, in words.
pub fn describe(format: ImageFormat, limits: &Limits, e: &ImageError) -> String {
    let name = format_name(format);
    match e {
        ImageError::Limits(l) => match l.kind() {
            LimitErrorKind::DimensionError => format!(
                "{name} image is larger than the limit of {m}x{m} pixels (--max-dimension); possibly a decompression bomb",
                m = limits.max_dimension
            ),
            LimitErrorKind::InsufficientMemory => format!(
                "{name} image needs more than {} MiB to decode (--max-decode-mib); possibly a decompression bomb",
                limits.max_alloc >> 20
            ),
            _ => format!("{name} image exceeds a decoding limit: {l}"),
        },
        ImageError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            format!("{name} image is truncated")
        }
        ImageError::IoError(io) => format!("reading {name} image: {io}"),
        ImageError::Decoding(d) => format!("corrupt or truncated {name} image: {d}"),
        ImageError::Unsupported(u) => format!("{name} image uses an unsupported feature: {u}"),
        other => format!("invalid {name} image: {other}"),
    }
}

/// True if any pixel is not fully opaque.
pub fn has_transparency(img: &DynamicImage) -> bool {
    match img {
        DynamicImage::ImageRgba8(b) => b.pixels().any(|p| p.0[3] != u8::MAX),
        DynamicImage::ImageLumaA8(b) => b.pixels().any(|p| p.0[1] != u8::MAX),
        DynamicImage::ImageRgba16(b) => b.pixels().any(|p| p.0[3] != u16::MAX),
        DynamicImage::ImageLumaA16(b) => b.pixels().any(|p| p.0[1] != u16::MAX),
        other => other.color().has_alpha(),
    }
}

/// Height of a `width`-wide copy of a `w`x`h` image (at least 1).
pub fn scaled_height(w: u32, h: u32, width: u32) -> u32 {
    ((h as u64 * width as u64 + w as u64 / 2) / w as u64).max(1) as u32
}

/// JPEG quality of variants.
pub const JPEG_QUALITY: u8 = 82;

/// Encodes a variant: JPEG when opaque, PNG when transparent. Returns the
/// bytes and the media type.
pub fn encode_variant(
    img: &DynamicImage,
    transparent: bool,
) -> Result<(Vec<u8>, &'static str), String> {
    let mut out = Vec::new();
    if transparent {
        let rgba = img.to_rgba8();
        rgba.write_with_encoder(PngEncoder::new(&mut out))
            .map_err(|e| format!("encoding a PNG variant: {e}"))?;
        Ok((out, "image/png"))
    } else {
        let enc = JpegEncoder::new_with_quality(Cursor::new(&mut out), JPEG_QUALITY);
        let r = match img {
            DynamicImage::ImageLuma8(g) => g.write_with_encoder(enc),
            DynamicImage::ImageRgb8(c) => c.write_with_encoder(enc),
            other => other.to_rgb8().write_with_encoder(enc),
        };
        r.map_err(|e| format!("encoding a JPEG variant: {e}"))?;
        Ok((out, "image/jpeg"))
    }
}

/// Box the placeholder fits in, in pixels.
pub const PLACEHOLDER_BOX: u32 = 16;

/// A tiny PNG preview (fits in 16x16) as a manifest placeholder.
pub fn placeholder(
    img: &DynamicImage,
    transparent: bool,
) -> Option<panelcrypt_core::manifest::Placeholder> {
    let small = img.thumbnail(PLACEHOLDER_BOX, PLACEHOLDER_BOX);
    let mut out = Vec::new();
    let r = if transparent {
        small
            .to_rgba8()
            .write_with_encoder(PngEncoder::new(&mut out))
    } else {
        small
            .to_rgb8()
            .write_with_encoder(PngEncoder::new(&mut out))
    };
    if r.is_err() || out.len() > panelcrypt_core::manifest::MAX_PLACEHOLDER {
        return None;
    }
    Some(panelcrypt_core::manifest::Placeholder {
        media_type: "image/png".into(),
        data: base64::engine::general_purpose::STANDARD.encode(&out),
    })
}

/// A memory budget shared by the workers that decode images, so that the
/// sum of decoded images in memory stays bounded.
pub struct Budget {
    total: u64,
    used: Mutex<u64>,
    freed: Condvar,
}

/// A share of the budget, returned on drop.
pub struct Grant<'a> {
    budget: &'a Budget,
    n: u64,
}

impl Budget {
    /// A budget of `total` bytes.
    pub fn new(total: u64) -> Self {
        Budget {
            total,
            used: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// Waits until `n` bytes (at most the whole budget) are free and takes them.
    pub fn acquire(&self, n: u64) -> Grant<'_> {
        let n = n.min(self.total);
        // A poisoned lock means another worker panicked; the count is still usable.
        let mut used = self.used.lock().unwrap_or_else(|p| p.into_inner());
        while *used + n > self.total {
            used = self.freed.wait(used).unwrap_or_else(|p| p.into_inner());
        }
        *used += n;
        Grant { budget: self, n }
    }
}

impl Drop for Grant<'_> {
    fn drop(&mut self) {
        let mut used = self.budget.used.lock().unwrap_or_else(|p| p.into_inner());
        *used -= self.n;
        self.budget.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing_ignores_names() {
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Sniffed::Image(ImageFormat::Png)
        );
        assert_eq!(
            sniff(b"\xff\xd8\xff\xe0\0\x10JFIF\0"),
            Sniffed::Image(ImageFormat::Jpeg)
        );
        assert_eq!(
            sniff(b"GIF89a\x01\0\x01\0\0\0\0\0\0\0"),
            Sniffed::Image(ImageFormat::Gif)
        );
        assert_eq!(
            sniff(b"BM\0\0\0\0\0\0\0\0\0\0\0\0\0\0"),
            Sniffed::Unsupported(ImageFormat::Bmp)
        );
        assert_eq!(sniff(b"hello world, not an image"), Sniffed::Unknown);
        assert_eq!(sniff(b""), Sniffed::Unknown);
        assert!(extension_mismatch("a.jpg", ImageFormat::Png));
        assert!(!extension_mismatch("a.JPEG", ImageFormat::Jpeg));
        assert!(!extension_mismatch("noext", ImageFormat::Png));
    }

    #[test]
    fn heights_scale_and_never_vanish() {
        assert_eq!(scaled_height(4000, 3000, 480), 360);
        assert_eq!(scaled_height(10000, 1, 480), 1);
    }

    #[test]
    fn budget_caps_requests_at_the_total() {
        let b = Budget::new(100);
        let g = b.acquire(1000);
        drop(g);
        let _a = b.acquire(60);
        assert_eq!(*b.used.lock().unwrap(), 60);
    }
}

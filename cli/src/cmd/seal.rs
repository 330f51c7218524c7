//! `panelcrypt seal`: files and folders → one encrypted bundle.

use std::fs::{self, File};
use std::io::{BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use clap::{Args as ClapArgs, ValueEnum};
use panelcrypt_core::bundle::{self, HEADER_FILE, OBJECT_DIR, ObjectEncryptor};
use panelcrypt_core::manifest::{Entry, MAX_VARIANTS, ObjectRef, Variant};
use panelcrypt_core::slot::KdfParams;
use panelcrypt_core::{BundleKey, Manifest, ObjectId, Recipient};
use serde_json::json;
use zeroize::Zeroizing;

use crate::atomic::{self, Staging, Syncer};
use crate::config::Config;
use crate::error::{CliError, EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, Result, describe_io};
use crate::imaging::{self, Budget, Limits, Sniffed};
use crate::progress::Progress;
use crate::walk::{self, Input, Skip};
use crate::{output, rng, secrets};

const AFTER: &str = "\
Each file's type is sniffed from its bytes, never its extension. Images (PNG,
JPEG, GIF, WebP, TIFF) are checked under decoding limits, so a decompression
bomb or a corrupt file is refused with a message naming it; other files are
refused unless --allow-non-images. Every original is kept byte for byte;
resized variants (JPEG, or PNG when transparent; never upscaled) and a tiny
placeholder let the viewer load only what fits the panel. Every object is
padded (PADMÉ) and encrypted under a fresh bundle key, which is sealed to each
recipient and, with --passphrase-slot, to a recovery passphrase.

Validation: images are fully decoded when variants or the placeholder are
made. With --no-variants nothing is decoded (no variants, no placeholder):
headers are checked (format, dimensions, memory) and bytes are encrypted as
they stream; add --validate full to decode every image anyway.

Output is atomic: the bundle is built beside the target and swapped in at the
end, so an interrupted or failed run leaves the previous bundle untouched. A
file that cannot be sealed is reported and the others are sealed (exit 1);
with --strict any failure is fatal (exit 2, nothing written).

Config: flags override panelcrypt.toml (--config, $PANELCRYPT_CONFIG, else
./panelcrypt.toml if present). Its [seal] keys: recipients = [...],
recipients_file, output, variants = [...], no_variants, placeholder,
allow_non_images, strict, include_hidden, max_dimension, max_decode_mib,
fsync.
Relative paths in it are relative to the config file. Recipients files hold
one recipient per line; `#` starts a comment.

Examples:
  panelcrypt seal images/ -o dist/                      # settings from panelcrypt.toml
  panelcrypt seal plant/ reports/scan.tif -o dist/ --to-file recipients.txt
  panelcrypt seal images/ -o dist/ --to pcpq1... --variants 320,640 --json
  PANELCRYPT_BUNDLE_PASSPHRASE=... panelcrypt seal images/ -o dist/ --passphrase-slot";

/// How thoroughly images are checked.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validate {
    /// Decode fully when making variants or a placeholder, else check headers only
    Auto,
    /// Check format, dimensions and memory from the header only
    Header,
    /// Decode every image fully
    Full,
}

/// Encrypt files and folders into a bundle
#[derive(ClapArgs, Debug)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Files and folders to seal
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Bundle directory to write (replaced atomically if it holds a bundle)
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,

    /// Seal to this recipient (repeatable); see `panelcrypt recipients`
    #[arg(long = "to", value_name = "RECIPIENT")]
    pub to: Vec<String>,

    /// Seal to every recipient in this file (repeatable; one per line, # comments)
    #[arg(long = "to-file", value_name = "FILE")]
    pub to_file: Vec<PathBuf>,

    /// Add a recovery passphrase slot ($PANELCRYPT_BUNDLE_PASSPHRASE, or asked twice on the terminal)
    #[arg(long)]
    pub passphrase_slot: bool,

    /// Widths of resized variants [default: 480,960,1920]
    #[arg(
        long,
        value_name = "WIDTHS",
        value_delimiter = ',',
        conflicts_with = "no_variants"
    )]
    pub variants: Option<Vec<u32>>,

    /// Seal originals only: no variants, no placeholder, no decoding
    #[arg(long)]
    pub no_variants: bool,

    /// Do not embed a tiny placeholder image
    #[arg(long)]
    pub no_placeholder: bool,

    /// Seal files that are not images, as application/octet-stream
    #[arg(long)]
    pub allow_non_images: bool,

    /// Include hidden files and folders (names starting with '.') found in folders
    #[arg(long)]
    pub include_hidden: bool,

    /// How thoroughly to check images
    #[arg(long, value_enum, default_value = "auto")]
    pub validate: Validate,

    /// Refuse images wider or taller than this [default: 16384]
    #[arg(long, value_name = "PIXELS")]
    pub max_dimension: Option<u32>,

    /// Memory for decoding images, in MiB: the most one image may need, shared by all workers [default: 256]
    #[arg(long, value_name = "MIB")]
    pub max_decode_mib: Option<u64>,

    /// Worker threads [default: number of CPUs]
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Do not wait for the disk: still atomic if the run is interrupted, but a power cut soon after may leave a damaged bundle (fine when CI uploads it right away)
    #[arg(long)]
    pub no_fsync: bool,

    /// Any file that cannot be sealed is fatal: exit 2 and write nothing
    #[arg(long)]
    pub strict: bool,

    /// Print a JSON summary on stdout
    #[arg(long)]
    pub json: bool,

    /// No progress output (warnings and skipped files are still shown)
    #[arg(short, long)]
    pub quiet: bool,

    /// Config file [default: ./panelcrypt.toml if present]
    #[arg(
        long,
        value_name = "FILE",
        env = "PANELCRYPT_CONFIG",
        hide_env_values = true
    )]
    pub config: Option<PathBuf>,
}

/// Everything `seal` needs, after merging flags and config.
struct Settings {
    output: PathBuf,
    recipients: Vec<Recipient>,
    passphrase: Option<Zeroizing<String>>,
    widths: Vec<u32>,
    placeholder: bool,
    allow_non_images: bool,
    strict: bool,
    include_hidden: bool,
    validate_full: bool,
    limits: Limits,
    jobs: usize,
    fsync: bool,
}

/// Default variant widths.
pub const DEFAULT_WIDTHS: [u32; 3] = [480, 960, 1920];
const DEFAULT_MAX_DIMENSION: u32 = 16384;
const DEFAULT_MAX_DECODE_MIB: u64 = 256;

fn parse_recipient(s: &str, source: &str) -> Result<Recipient> {
    s.parse::<Recipient>().map_err(|e| {
        CliError::new(format!("{source}: {e}"))
            .hint("recipients look like pcpq1... or pcx1...; print them with `panelcrypt recipients <principal>`")
    })
}

/// Reads a recipients file: one per line; `#` starts a comment.
fn read_recipients_file(p: &Path) -> Result<Vec<Recipient>> {
    let text = fs::read_to_string(p).map_err(|e| CliError::io("reading recipients file", p, &e))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        out.push(parse_recipient(
            line,
            &format!("{}:{}", p.display(), i + 1),
        )?);
    }
    if out.is_empty() {
        return Err(CliError::new(format!(
            "{} holds no recipients",
            p.display()
        )));
    }
    Ok(out)
}

fn settings(args: &Args) -> Result<Settings> {
    let cfg = Config::load(args.config.as_deref())?;
    let c = &cfg.seal;
    let from_cfg = |what: &str| match &cfg.source {
        Some(s) => format!("{what} in {}", s.display()),
        None => what.to_string(),
    };

    let output = match (&args.output, &c.output) {
        (Some(o), _) => o.clone(),
        (None, Some(o)) => cfg.resolve(o),
        (None, None) => {
            return Err(CliError::new("no output bundle directory given")
                .hint("pass -o DIR, or set `output` under [seal] in panelcrypt.toml"));
        }
    };

    let mut recipients = Vec::new();
    if !args.to.is_empty() || !args.to_file.is_empty() {
        for r in &args.to {
            recipients.push(parse_recipient(r, "--to")?);
        }
        for f in &args.to_file {
            recipients.extend(read_recipients_file(f)?);
        }
    } else {
        for r in c.recipients.iter().flatten() {
            recipients.push(parse_recipient(r, &from_cfg("recipients"))?);
        }
        if let Some(f) = &c.recipients_file {
            recipients.extend(read_recipients_file(&cfg.resolve(f))?);
        }
    }
    if recipients.is_empty() && !args.passphrase_slot {
        return Err(CliError::new("no recipients: nobody could open this bundle")
            .hint("pass --to RECIPIENT or --to-file FILE, or set `recipients` / `recipients_file` under [seal] in panelcrypt.toml; print recipients with `panelcrypt recipients <principal>`"));
    }

    let no_variants = args.no_variants || (args.variants.is_none() && c.no_variants == Some(true));
    let mut widths = if no_variants {
        Vec::new()
    } else {
        args.variants
            .clone()
            .or_else(|| c.variants.clone())
            .unwrap_or_else(|| DEFAULT_WIDTHS.to_vec())
    };
    let max_dimension = args
        .max_dimension
        .or(c.max_dimension)
        .unwrap_or(DEFAULT_MAX_DIMENSION);
    if max_dimension == 0 {
        return Err(CliError::new("--max-dimension must be at least 1"));
    }
    widths.sort_unstable();
    widths.dedup();
    if widths.iter().any(|&w| w == 0 || w > max_dimension) {
        return Err(CliError::new(format!(
            "variant widths must be between 1 and {max_dimension} pixels"
        )));
    }
    // One slot is kept for a web copy of a non-web format (TIFF).
    if widths.len() >= MAX_VARIANTS {
        return Err(CliError::new(format!(
            "at most {} variant widths",
            MAX_VARIANTS - 1
        )));
    }
    let placeholder = !no_variants && !args.no_placeholder && c.placeholder != Some(false);
    let max_decode_mib = args
        .max_decode_mib
        .or(c.max_decode_mib)
        .unwrap_or(DEFAULT_MAX_DECODE_MIB);
    if max_decode_mib == 0 || max_decode_mib > 1 << 20 {
        return Err(CliError::new(
            "--max-decode-mib must be between 1 and 1048576",
        ));
    }
    let validate_full = match args.validate {
        Validate::Full => true,
        Validate::Header => false,
        Validate::Auto => !widths.is_empty() || placeholder,
    };
    if !validate_full && (!widths.is_empty() || placeholder) {
        return Err(CliError::new(
            "--validate header cannot make variants or placeholders (they need the decoded image)",
        )
        .hint("add --no-variants, or use --validate auto"));
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .clamp(1, 256);

    let passphrase = if args.passphrase_slot {
        Some(secrets::passphrase(
            secrets::ENV_BUNDLE_PASSPHRASE,
            "Recovery passphrase for the bundle: ",
            true,
            "seal --passphrase-slot",
        )?)
    } else {
        None
    };

    Ok(Settings {
        output,
        recipients,
        passphrase,
        widths,
        placeholder,
        allow_non_images: args.allow_non_images || c.allow_non_images == Some(true),
        strict: args.strict || c.strict == Some(true),
        include_hidden: args.include_hidden || c.include_hidden == Some(true),
        validate_full,
        limits: Limits {
            max_dimension,
            max_alloc: max_decode_mib << 20,
        },
        jobs,
        fsync: !args.no_fsync && c.fsync != Some(false),
    })
}

/// Time spent in each stage, summed over workers (nanoseconds).
#[derive(Default)]
struct Timings {
    probe: AtomicU64,
    decode: AtomicU64,
    resize: AtomicU64,
    encode: AtomicU64,
    encrypt: AtomicU64,
}

impl Timings {
    fn add(slot: &AtomicU64, since: Instant) {
        slot.fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }
    fn ms(slot: &AtomicU64) -> u64 {
        slot.load(Ordering::Relaxed) / 1_000_000
    }
}

/// Shared state of the workers.
struct Ctx<'a> {
    s: &'a Settings,
    key: BundleKey,
    bundle_id: [u8; 16],
    objects: PathBuf,
    budget: Budget,
    times: Timings,
    abort: AtomicBool,
    syncer: Syncer,
}

/// One sealed file.
struct Sealed {
    entry: Entry,
    bytes_in: u64,
    bytes_out: u64,
    warnings: Vec<String>,
}

const READ_BUF: usize = 256 * 1024;

impl Ctx<'_> {
    /// Encrypts `src` into a new object file; returns (plaintext, ciphertext) lengths.
    fn write_object(
        &self,
        id: &ObjectId,
        width: u32,
        src: &mut dyn Read,
    ) -> std::result::Result<(u64, u64), String> {
        let t = Instant::now();
        let path = self.objects.join(id.to_hex());
        let mut f = atomic::create_new(&path, 0o644)
            .map_err(|e| format!("creating {}: {}", path.display(), describe_io(&e)))?;
        let (mut enc, head) =
            ObjectEncryptor::new(&self.key, &self.bundle_id, id, width, &mut rng::os());
        let werr = |e: std::io::Error| format!("writing {}: {}", path.display(), describe_io(&e));
        f.write_all(&head).map_err(werr)?;
        let mut buf = vec![0u8; READ_BUF];
        let mut out = Vec::with_capacity(READ_BUF + READ_BUF / 1024 + 32 * 1024);
        loop {
            let n = match src.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("reading: {}", describe_io(&e))),
            };
            enc.update(&buf[..n], &mut out).map_err(|e| e.to_string())?;
            f.write_all(&out).map_err(werr)?;
            out.clear();
        }
        let len = enc.finish(&mut out).map_err(|e| e.to_string())?;
        f.write_all(&out).map_err(werr)?;
        if self.s.fsync {
            self.syncer.push(f, path);
        }
        Timings::add(&self.times.encrypt, t);
        Ok((len, bundle::object_ciphertext_len(len)))
    }

    /// Seals one file. On failure, removes whatever objects it had written.
    fn seal_one(&self, input: &Input) -> std::result::Result<Sealed, String> {
        let mut written = Vec::new();
        let r = self.seal_inner(input, &mut written);
        if r.is_err() {
            for id in written {
                let _ = fs::remove_file(self.objects.join(id.to_hex()));
            }
        }
        r
    }

    fn seal_inner(
        &self,
        input: &Input,
        written: &mut Vec<ObjectId>,
    ) -> std::result::Result<Sealed, String> {
        let t = Instant::now();
        let mut file =
            File::open(&input.path).map_err(|e| format!("cannot read: {}", describe_io(&e)))?;
        let meta = file
            .metadata()
            .map_err(|e| format!("cannot read: {}", describe_io(&e)))?;
        if !meta.is_file() {
            return Err("not a regular file".into());
        }
        let mut head = [0u8; 64];
        let mut n = 0;
        while n < head.len() {
            match file.read(&mut head[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(format!("cannot read: {}", describe_io(&e))),
            }
        }
        let head = &head[..n];
        if head.starts_with(b"# panelcrypt master secret") || head.starts_with(b"PANELCRYPT-MASTER")
        {
            return Err(
                "this is a panelcrypt master key; it must never be sealed or published".into(),
            );
        }
        let mut warnings = Vec::new();
        let sniffed = imaging::sniff(head);
        let mut rng = rng::os();
        let id = ObjectId::generate(&mut rng);

        let format = match sniffed {
            Sniffed::Image(f) => f,
            other => {
                if !self.s.allow_non_images {
                    return Err(match other {
                        Sniffed::Unsupported(f) => format!(
                            "{} images are not supported (PNG, JPEG, GIF, WebP, TIFF are); pass --allow-non-images to seal it as opaque bytes",
                            imaging::format_name(f)
                        ),
                        _ if meta.len() == 0 => "empty file (0 bytes), not an image; pass --allow-non-images to seal it anyway".into(),
                        _ => "not an image (its bytes match no supported image format); pass --allow-non-images to seal it as opaque bytes".into(),
                    });
                }
                let media_type = match other {
                    Sniffed::Unsupported(f) => f.to_mime_type(),
                    _ => "application/octet-stream",
                };
                Timings::add(&self.times.probe, t);
                file.seek(SeekFrom::Start(0))
                    .map_err(|e| format!("cannot read: {}", describe_io(&e)))?;
                written.push(id);
                let (len, ct) = self.write_object(&id, 0, &mut file)?;
                return Ok(Sealed {
                    entry: Entry {
                        name: input.name.clone(),
                        object: ObjectRef {
                            id,
                            len,
                            media_type: media_type.into(),
                        },
                        width: None,
                        height: None,
                        variants: Vec::new(),
                        placeholder: None,
                    },
                    bytes_in: len,
                    bytes_out: ct,
                    warnings,
                });
            }
        };
        if imaging::extension_mismatch(&input.name, format) {
            warnings.push(format!(
                "{}: its bytes are {}, not what its extension says; sealed as {}",
                input.path.display(),
                imaging::format_name(format),
                format.to_mime_type()
            ));
        }
        file.seek(SeekFrom::Start(0))
            .map_err(|e| format!("cannot read: {}", describe_io(&e)))?;
        let probed = imaging::probe(BufReader::new(&file), format, &self.s.limits)?;
        let (width, height) = (probed.width, probed.height);
        Timings::add(&self.times.probe, t);

        let decoded = if self.s.validate_full {
            let _grant = self.budget.acquire(probed.decoded_bytes + (8 << 20));
            let t = Instant::now();
            let img = imaging::decode(probed, format, &self.s.limits)?;
            Timings::add(&self.times.decode, t);
            Some((img, _grant))
        } else {
            drop(probed);
            None
        };

        // The original, byte for byte, streamed from the file.
        file.seek(SeekFrom::Start(0))
            .map_err(|e| format!("cannot read: {}", describe_io(&e)))?;
        written.push(id);
        let (len, mut bytes_out) = self.write_object(&id, 0, &mut file)?;
        if len != meta.len() {
            return Err("the file changed while it was being sealed".into());
        }

        let mut variants = Vec::new();
        let mut placeholder = None;
        if let Some((img, _grant)) = decoded {
            let transparent = imaging::has_transparency(&img);
            let mut widths: Vec<u32> = self
                .s
                .widths
                .iter()
                .copied()
                .filter(|&w| w < width)
                .collect();
            if !imaging::web_displayable(format) && self.s.widths.iter().any(|&w| w >= width) {
                // Browsers cannot show this format, and the original is not
                // larger than the largest variant asked for: add a web copy
                // at full size.
                widths.push(width);
            }
            // Largest first, each made from the previous one (cheaper, same quality for box filtering).
            let mut src: Option<image::DynamicImage> = None;
            let mut made = Vec::new();
            for &w in widths.iter().rev() {
                let h = imaging::scaled_height(width, height, w);
                let t = Instant::now();
                let from = src.as_ref().unwrap_or(&img);
                let small = if (from.width(), from.height()) == (w, h) {
                    from.clone()
                } else {
                    from.thumbnail_exact(w, h)
                };
                Timings::add(&self.times.resize, t);
                let t = Instant::now();
                let (bytes, media_type) = imaging::encode_variant(&small, transparent)?;
                Timings::add(&self.times.encode, t);
                let vid = ObjectId::generate(&mut rng);
                written.push(vid);
                let (vlen, vct) = self.write_object(&vid, w, &mut &bytes[..])?;
                bytes_out += vct;
                made.push(Variant {
                    width: w,
                    height: h,
                    object: ObjectRef {
                        id: vid,
                        len: vlen,
                        media_type: media_type.into(),
                    },
                });
                src = Some(small);
            }
            made.reverse();
            variants = made;
            if self.s.placeholder {
                let t = Instant::now();
                placeholder = imaging::placeholder(src.as_ref().unwrap_or(&img), transparent);
                Timings::add(&self.times.resize, t);
            }
        }
        Ok(Sealed {
            entry: Entry {
                name: input.name.clone(),
                object: ObjectRef {
                    id,
                    len,
                    media_type: format.to_mime_type().into(),
                },
                width: Some(width),
                height: Some(height),
                variants,
                placeholder,
            },
            bytes_in: len,
            bytes_out,
            warnings,
        })
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<u8> {
    let started = Instant::now();
    let s = settings(&args)?;
    let exclude: Vec<PathBuf> = fs::canonicalize(&s.output).into_iter().collect();
    let walked = walk::collect(&args.paths, s.include_hidden, &exclude)?;
    let mut skipped: Vec<Skip> = walked.skipped;
    let inputs = walked.inputs;
    let total_bytes: u64 = inputs
        .iter()
        .map(|i| fs::metadata(&i.path).map_or(0, |m| m.len()))
        .sum();
    let progress = Progress::new(inputs.len(), total_bytes, args.quiet);
    for sk in &skipped {
        progress.warn(&format!("skipped {}: {}", sk.path, sk.reason));
    }
    if s.strict && !skipped.is_empty() {
        progress.finish();
        return Err(strict_failure(&skipped));
    }
    if inputs.is_empty() {
        progress.finish();
        return Err(
            CliError::new("nothing to seal: no files found in the paths given").hint(
                if walked.hidden > 0 {
                    "hidden files were ignored; pass --include-hidden to seal them"
                } else {
                    "pass files or folders that contain images"
                },
            ),
        );
    }

    let staging = Staging::new(&s.output, s.fsync)?;
    let objects = staging.path().join(OBJECT_DIR);
    fs::create_dir(&objects).map_err(|e| CliError::io("creating", &objects, &e))?;
    let mut rng = rng::os();
    let mut bundle_id = [0u8; 16];
    rand_core::Rng::fill_bytes(&mut rng, &mut bundle_id);
    let ctx = Ctx {
        s: &s,
        key: BundleKey::generate(&mut rng),
        bundle_id,
        objects,
        budget: Budget::new(s.limits.max_alloc),
        times: Timings::default(),
        abort: AtomicBool::new(false),
        syncer: Syncer::start(),
    };

    // Workers take the next file; the main thread reports and collects.
    let next = Mutex::new(0usize);
    let mut results: Vec<Option<std::result::Result<Sealed, String>>> =
        (0..inputs.len()).map(|_| None).collect();
    let work = Instant::now();
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..s.jobs.min(inputs.len()) {
            let tx = tx.clone();
            let (ctx, next, inputs) = (&ctx, &next, &inputs);
            scope.spawn(move || {
                loop {
                    if ctx.abort.load(Ordering::Relaxed) {
                        break;
                    }
                    let i = {
                        let mut n = next.lock().unwrap_or_else(|p| p.into_inner());
                        let i = *n;
                        *n += 1;
                        i
                    };
                    if i >= inputs.len() {
                        break;
                    }
                    let r = ctx.seal_one(&inputs[i]);
                    if tx.send((i, r)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (i, r) in rx {
            let input = &inputs[i];
            match &r {
                Ok(sealed) => {
                    for w in &sealed.warnings {
                        progress.warn(&format!("warning: {w}"));
                    }
                    let v = sealed.entry.variants.len();
                    progress.file_done(
                        sealed.bytes_in,
                        &format!(
                            "sealed {} ({}{})",
                            input.name,
                            output::size(sealed.bytes_in),
                            if v > 0 {
                                format!(", {v} variants")
                            } else {
                                String::new()
                            }
                        ),
                    );
                }
                Err(why) => {
                    progress.warn(&format!("skipped {}: {why}", input.path.display()));
                    progress.file_done(
                        fs::metadata(&input.path).map_or(0, |m| m.len()),
                        &format!("skipped {}", input.name),
                    );
                    if s.strict {
                        ctx.abort.store(true, Ordering::Relaxed);
                    }
                }
            }
            results[i] = Some(r);
        }
    });
    let work_time = work.elapsed();
    progress.finish();

    let mut entries = Vec::new();
    let (mut bytes_in, mut bytes_out, mut n_objects, mut n_variants) = (0u64, 0u64, 0usize, 0usize);
    for (input, r) in inputs.iter().zip(results) {
        match r {
            Some(Ok(sealed)) => {
                bytes_in += sealed.bytes_in;
                bytes_out += sealed.bytes_out;
                n_objects += 1 + sealed.entry.variants.len();
                n_variants += sealed.entry.variants.len();
                entries.push(sealed.entry);
            }
            Some(Err(reason)) => skipped.push(Skip {
                path: input.path.display().to_string(),
                reason,
            }),
            None => skipped.push(Skip {
                path: input.path.display().to_string(),
                reason: "not sealed: stopped after an earlier failure (--strict)".into(),
            }),
        }
    }
    if s.strict && !skipped.is_empty() {
        return Err(strict_failure(&skipped));
    }
    if entries.is_empty() {
        return Err(CliError::new(format!(
            "nothing sealed: all {} files were skipped; no bundle written",
            skipped.len()
        )));
    }

    let manifest = Manifest {
        version: 1,
        entries,
    };
    let header = bundle::seal_header(
        &ctx.key,
        &ctx.bundle_id,
        &s.recipients,
        s.passphrase
            .as_ref()
            .map(|p| (p.as_bytes(), &KdfParams::DEFAULT)),
        &manifest,
        &mut rng,
    )
    .map_err(|e| CliError::core("building the bundle header", &e))?;
    let hp = staging.path().join(HEADER_FILE);
    atomic::create_new(&hp, 0o644)
        .and_then(|mut f| {
            f.write_all(&header)?;
            if s.fsync { f.sync_all() } else { Ok(()) }
        })
        .map_err(|e| CliError::io("writing", &hp, &e))?;
    let Ctx {
        syncer, objects, ..
    } = ctx;
    syncer.finish()?;
    if s.fsync {
        atomic::sync_dir(&objects)?;
    }
    bytes_out += header.len() as u64;
    staging.commit()?;

    let elapsed = started.elapsed();
    let code = if skipped.is_empty() {
        EXIT_OK
    } else {
        EXIT_PARTIAL
    };
    let mbps = |d: Duration| bytes_in as f64 / 1e6 / d.as_secs_f64().max(1e-9);
    if args.json {
        let t = &ctx.times;
        output::print_json(&json!({
            "bundle": s.output.display().to_string(),
            "entries": manifest.entries.iter().map(|e| json!({
                "name": e.name,
                "type": e.object.media_type,
                "bytes": e.object.len,
                "width": e.width,
                "height": e.height,
                "variants": e.variants.iter().map(|v| v.width).collect::<Vec<_>>(),
                "placeholder": e.placeholder.is_some(),
            })).collect::<Vec<_>>(),
            "skipped": skipped.iter().map(|k| json!({"path": k.path, "reason": k.reason})).collect::<Vec<_>>(),
            "hidden_ignored": walked.hidden,
            "files_sealed": manifest.entries.len(),
            "files_skipped": skipped.len(),
            "objects": n_objects,
            "variants": n_variants,
            "key_slots": s.recipients.len() + usize::from(s.passphrase.is_some()),
            "bytes_in": bytes_in,
            "bytes_out": bytes_out,
            "elapsed_ms": elapsed.as_millis() as u64,
            "throughput_mb_s": (mbps(elapsed) * 10.0).round() / 10.0,
            "jobs": s.jobs,
            "validate": if s.validate_full { "full" } else { "header" },
            "timing_ms": {
                "wall_workers": work_time.as_millis() as u64,
                "probe": Timings::ms(&t.probe),
                "decode": Timings::ms(&t.decode),
                "resize": Timings::ms(&t.resize),
                "encode": Timings::ms(&t.encode),
                "encrypt_write": Timings::ms(&t.encrypt),
            },
            "exit_code": code,
        }))?;
    } else {
        let mut text = format!(
            "sealed {} file{} ({} variants) into {}: {} in, {} out, {:.1} s, {:.1} MB/s\n",
            manifest.entries.len(),
            if manifest.entries.len() == 1 { "" } else { "s" },
            n_variants,
            s.output.display(),
            output::size(bytes_in),
            output::size(bytes_out),
            elapsed.as_secs_f64(),
            mbps(elapsed)
        );
        if !skipped.is_empty() {
            text.push_str(&format!("skipped {} (exit status 1):\n", skipped.len()));
            for k in &skipped {
                text.push_str(&format!("  {}: {}\n", k.path, k.reason));
            }
        }
        if walked.hidden > 0 {
            text.push_str(&format!(
                "ignored {} hidden file(s) or folder(s) (--include-hidden seals them)\n",
                walked.hidden
            ));
        }
        output::print(&text)?;
    }
    Ok(code)
}

fn strict_failure(skipped: &[Skip]) -> CliError {
    let mut msg = format!(
        "{} file(s) could not be sealed; --strict: no bundle written",
        skipped.len()
    );
    for k in skipped.iter().take(20) {
        msg.push_str(&format!("\n  {}: {}", k.path, k.reason));
    }
    CliError::new(msg).code(EXIT_ERROR)
}

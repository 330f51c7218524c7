//! `panelcrypt publish`: objects first, header last, skip what is already
//! there, prune only after the new header is live.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path as FsPath, PathBuf};

use futures_util::StreamExt;
use object_store::path::Path;
use object_store::{
    Attribute, Attributes, ObjectStoreExt, PutMultipartOptions, PutOptions, PutPayload,
    WriteMultipart,
};
use panelcrypt_core::ObjectId;
use tokio::io::AsyncReadExt;

use crate::error::{Error, Result};
use crate::local::{LocalBundle, LocalObject, validate_bundle};
use crate::store::{Target, open_target};

/// Content type of every uploaded file: ciphertext is opaque bytes.
pub const CONTENT_TYPE: &str = "application/octet-stream";
/// Cache-Control of objects: their names are random and never reused, so
/// browsers and CDNs may keep them forever.
pub const OBJECT_CACHE_CONTROL: &str = "public, max-age=31536000, immutable";
/// Cache-Control of `header.pcb`: it is the one file that changes when a
/// bundle is re-published, so caches must revalidate it on every use.
pub const HEADER_CACHE_CONTROL: &str = "no-cache";

/// How to publish.
#[derive(Clone)]
pub struct PublishOptions {
    /// After the new header is live, delete objects under the prefix's `o/`
    /// that the new bundle does not contain.
    pub prune: bool,
    /// Validate, list the destination and print the plan; write nothing.
    pub dry_run: bool,
    /// Objects uploaded at the same time.
    pub concurrency: usize,
    /// Objects larger than this are uploaded in parts (multipart / block
    /// list) so that a large file never has to fit in one request.
    pub multipart_threshold: u64,
    /// Part size of multipart uploads.
    pub part_size: usize,
    /// object_store configuration keys (e.g. `azure_storage_endpoint`),
    /// applied over the environment. Values are never printed.
    pub store_options: Vec<(String, String)>,
    /// Print progress lines to stderr.
    pub progress: bool,
}

/// Store option values may be secrets (a connection string, a key): Debug
/// shows only their keys.
fn redacted_options<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<String> {
    keys.map(|k| format!("{k}=<redacted>")).collect()
}

impl fmt::Debug for PublishOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublishOptions")
            .field("prune", &self.prune)
            .field("dry_run", &self.dry_run)
            .field("concurrency", &self.concurrency)
            .field("multipart_threshold", &self.multipart_threshold)
            .field("part_size", &self.part_size)
            .field(
                "store_options",
                &redacted_options(self.store_options.iter().map(|(k, _)| k.as_str())),
            )
            .field("progress", &self.progress)
            .finish()
    }
}

impl Default for PublishOptions {
    fn default() -> Self {
        PublishOptions {
            prune: false,
            dry_run: false,
            concurrency: 8,
            multipart_threshold: 32 << 20,
            part_size: 8 << 20,
            store_options: Vec::new(),
            progress: true,
        }
    }
}

/// What happened to `header.pcb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderChange {
    /// There was no header at the destination; now there is (or, in a dry
    /// run, would be).
    Created,
    /// A different header was replaced (or would be).
    Replaced,
    /// The destination already had exactly this header.
    Unchanged,
}

/// The outcome of [`publish`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The destination (safe to print).
    pub target: String,
    /// Nothing was written: the counts say what would have happened.
    pub dry_run: bool,
    /// Objects in the local bundle.
    pub objects: usize,
    /// Names of the objects uploaded (missing at the destination, or with a
    /// different size there).
    pub uploaded: Vec<String>,
    /// Objects already present with the same size, not uploaded again.
    pub skipped: usize,
    /// Bytes uploaded (objects and header).
    pub bytes_uploaded: u64,
    /// What happened to the header.
    pub header: HeaderChange,
    /// Names of the objects deleted by `--prune`.
    pub pruned: Vec<String>,
    /// Files under the destination's `o/` that are not objects (names that
    /// are not 32 hex digits); never deleted.
    pub foreign: Vec<String>,
}

fn human(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = bytes as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{bytes} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (would, verb) = if self.dry_run {
            ("would be ", "dry run, nothing written: ")
        } else {
            ("", "")
        };
        let header = match self.header {
            HeaderChange::Created => format!("header {would}created"),
            HeaderChange::Replaced => format!("header {would}replaced"),
            HeaderChange::Unchanged => "header unchanged".to_string(),
        };
        write!(
            f,
            "{verb}{}: {} object{} {would}uploaded ({}), {} already there, {header}, {} {would}pruned",
            self.target,
            self.uploaded.len(),
            if self.uploaded.len() == 1 { "" } else { "s" },
            human(self.bytes_uploaded),
            self.skipped,
            self.pruned.len(),
        )
    }
}

/// Arguments of `panelcrypt publish`.
#[derive(clap::Args, Clone)]
pub struct PublishArgs {
    /// The sealed bundle folder (holds header.pcb and o/).
    #[arg(value_name = "BUNDLE_DIR")]
    pub bundle_dir: PathBuf,
    /// Destination: az://<container>/<prefix>, s3://<bucket>/<prefix>,
    /// gs://<bucket>/<prefix> or file:///<path>. Credentials come from the
    /// cloud's standard environment variables (AZURE_STORAGE_ACCOUNT_NAME,
    /// AZURE_STORAGE_ACCOUNT_KEY, AWS_ACCESS_KEY_ID, ...; see docs/DEPLOY.md).
    #[arg(value_name = "URL")]
    pub url: String,
    /// After the new header is live, delete objects under <prefix>/o/ that
    /// this bundle does not contain.
    #[arg(long)]
    pub prune: bool,
    /// Check the bundle, list the destination and print what would be
    /// uploaded and pruned; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Objects uploaded at the same time.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// A store setting KEY=VALUE (object_store configuration key, e.g.
    /// azure_storage_endpoint=http://127.0.0.1:10000/devstoreaccount1);
    /// overrides the environment. Repeatable. Keep secrets in environment
    /// variables, not on the command line.
    #[arg(long = "store-option", value_name = "KEY=VALUE")]
    pub store_options: Vec<String>,
    /// Do not print progress lines (the summary is still printed).
    #[arg(long)]
    pub no_progress: bool,
}

impl fmt::Debug for PublishArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublishArgs")
            .field("bundle_dir", &self.bundle_dir)
            .field("url", &crate::error::redact_url(&self.url))
            .field("prune", &self.prune)
            .field("dry_run", &self.dry_run)
            .field("concurrency", &self.concurrency)
            .field(
                "store_options",
                &redacted_options(
                    self.store_options
                        .iter()
                        .map(|kv| kv.split_once('=').map_or("<malformed>", |(k, _)| k)),
                ),
            )
            .field("no_progress", &self.no_progress)
            .finish()
    }
}

impl PublishArgs {
    /// The options these arguments describe.
    pub fn options(&self) -> Result<PublishOptions> {
        let mut store_options = Vec::new();
        for kv in &self.store_options {
            let Some((k, v)) = kv.split_once('=') else {
                return Err(Error::BadUrl {
                    url: crate::error::redact_url(&self.url),
                    why: "--store-option takes KEY=VALUE".into(),
                });
            };
            store_options.push((k.trim().to_string(), v.to_string()));
        }
        Ok(PublishOptions {
            prune: self.prune,
            dry_run: self.dry_run,
            concurrency: usize::from(self.concurrency),
            store_options,
            progress: !self.no_progress,
            ..PublishOptions::default()
        })
    }
}

/// `panelcrypt publish`: runs [`publish`] and prints the summary line to
/// stdout (progress goes to stderr). Needs a Tokio runtime.
pub async fn publish_cmd(args: PublishArgs) -> Result<Summary> {
    let opts = args.options()?;
    let summary = publish(&args.bundle_dir, &args.url, &opts).await?;
    println!("{summary}");
    Ok(summary)
}

/// Validates the bundle in `bundle_dir`, opens the destination `url` (see
/// [`open_target`]) and publishes with [`publish_to`].
pub async fn publish(bundle_dir: &FsPath, url: &str, opts: &PublishOptions) -> Result<Summary> {
    let bundle = validate_bundle(bundle_dir)?;
    let target = open_target(url, &opts.store_options)?;
    publish_to(&bundle, &target, opts).await
}

/// An object_store error and its causes, on one line.
fn chain_text(e: &object_store::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(c) = src {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        src = c.source();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Summarises an object_store error in one line: the error and its causes,
/// the service's error code and message, cut to a readable length.
/// (object_store itself leaves SAS tokens out of the URLs it prints.)
pub(crate) fn describe(e: &object_store::Error) -> String {
    let s = chain_text(e);
    let s = shorten_service_error(&s).unwrap_or(s);
    if s.chars().count() > 600 {
        let cut: String = s.chars().take(600).collect();
        format!("{cut}…")
    } else {
        s
    }
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)? + open.len();
    let len = s[start..].find(close)?;
    Some(s[start..start + len].trim())
}

/// Azure, S3 and GCS answer errors with an XML body (`<Code>`,
/// `<Message>`). Turns object_store's long rendering of those into
/// "GET <url> answered 403 Forbidden: AuthorizationFailure: <message>".
fn shorten_service_error(s: &str) -> Option<String> {
    let code = between(s, "<Code>", "</Code>")?;
    let message = between(s, "<Message>", "</Message>")
        .map(|m| m.split("RequestId:").next().unwrap_or(m).trim())
        .unwrap_or("");
    let request = s
        .rfind("Error performing ")
        .map(|i| &s[i + "Error performing ".len()..])
        .and_then(|r| r.split(" in ").next())
        .unwrap_or("the request");
    let status = s
        .find("status code: ")
        .map(|i| &s[i + "status code: ".len()..])
        .and_then(|r| r.split(':').next())
        .unwrap_or("an error");
    Some(format!("{request} answered {status}: {code}: {message}"))
}

#[derive(Debug, PartialEq, Eq)]
enum Fault {
    Auth,
    MissingContainer,
    NotFound,
    Other,
}

fn classify(e: &object_store::Error) -> Fault {
    let text = chain_text(e);
    let missing_container = ["ContainerNotFound", "NoSuchBucket", "bucket does not exist"]
        .iter()
        .any(|m| text.contains(m));
    match e {
        object_store::Error::PermissionDenied { .. }
        | object_store::Error::Unauthenticated { .. } => Fault::Auth,
        _ if missing_container => Fault::MissingContainer,
        object_store::Error::NotFound { .. } => Fault::NotFound,
        _ if text.contains("status code: 401")
            || text.contains("status code: 403")
            || text.contains("AuthenticationFailed")
            || text.contains("AuthorizationFailure")
            || text.contains("InvalidAccessKeyId")
            || text.contains("SignatureDoesNotMatch") =>
        {
            Fault::Auth
        }
        _ => Fault::Other,
    }
}

fn store_error(
    target: &Target,
    action: String,
    e: &object_store::Error,
    header_live: bool,
) -> Error {
    match classify(e) {
        Fault::Auth => Error::Credentials {
            target: target.display.clone(),
            env_help: target.kind.env_help(),
            detail: describe(e),
        },
        Fault::MissingContainer => Error::MissingContainer {
            target: target.display.clone(),
            fix: target.kind.create_fix(),
            detail: describe(e),
        },
        Fault::NotFound | Fault::Other => Error::Store {
            action,
            target: target.display.clone(),
            detail: describe(e),
            header_live,
        },
    }
}

/// Lists `<prefix>/o/` (direct children only): name → size.
async fn list_objects(target: &Target) -> Result<BTreeMap<String, u64>, object_store::Error> {
    let dir = target.object_dir();
    let mut out = BTreeMap::new();
    let mut s = target.store.list(Some(&dir));
    while let Some(m) = s.next().await {
        let m = match m {
            Ok(m) => m,
            // A local destination folder that does not exist yet.
            Err(object_store::Error::NotFound { .. }) => continue,
            Err(e) => return Err(e),
        };
        let Some(rest) = m.location.prefix_match(&dir) else {
            continue;
        };
        let parts: Vec<_> = rest.collect();
        if let [name] = parts.as_slice() {
            out.insert(name.as_ref().to_string(), m.size);
        }
    }
    Ok(out)
}

async fn get_header(target: &Target) -> Result<Option<Vec<u8>>, object_store::Error> {
    match target.store.get(&target.header_path()).await {
        Ok(r) => Ok(Some(r.bytes().await?.to_vec())),
        Err(object_store::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

fn attributes(target: &Target, cache_control: &'static str) -> Attributes {
    let mut a = Attributes::new();
    if target.kind.supports_attributes() {
        a.insert(Attribute::ContentType, CONTENT_TYPE.into());
        a.insert(Attribute::CacheControl, cache_control.into());
    }
    a
}

enum UploadError {
    Local(Error),
    Store(object_store::Error),
}

fn changed(obj: &LocalObject) -> UploadError {
    UploadError::Local(Error::InvalidBundle {
        path: obj.path.clone(),
        problem: "the file changed while it was being published; publish again once sealing has \
                  finished"
            .into(),
    })
}

async fn upload_object(
    target: &Target,
    obj: &LocalObject,
    opts: &PublishOptions,
) -> Result<(), UploadError> {
    let path: Path = target.object_path(&obj.name);
    let io = |source| {
        UploadError::Local(Error::Io {
            path: obj.path.clone(),
            source,
        })
    };
    if obj.len <= opts.multipart_threshold {
        let data = tokio::fs::read(&obj.path).await.map_err(io)?;
        if data.len() as u64 != obj.len {
            return Err(changed(obj));
        }
        let put = PutOptions {
            attributes: attributes(target, OBJECT_CACHE_CONTROL),
            ..PutOptions::default()
        };
        target
            .store
            .put_opts(&path, PutPayload::from(data), put)
            .await
            .map_err(UploadError::Store)?;
        return Ok(());
    }
    let mp = PutMultipartOptions {
        attributes: attributes(target, OBJECT_CACHE_CONTROL),
        ..PutMultipartOptions::default()
    };
    let upload = target
        .store
        .put_multipart_opts(&path, mp)
        .await
        .map_err(UploadError::Store)?;
    let part = opts.part_size.max(5 << 20);
    let mut w = WriteMultipart::new_with_chunk_size(upload, part);
    let mut f = match tokio::fs::File::open(&obj.path).await {
        Ok(f) => f,
        Err(e) => {
            let _ = w.abort().await;
            return Err(io(e));
        }
    };
    let mut buf = vec![0u8; part];
    let mut total = 0u64;
    loop {
        let n = match f.read(&mut buf).await {
            Ok(n) => n,
            Err(e) => {
                let _ = w.abort().await;
                return Err(io(e));
            }
        };
        if n == 0 {
            break;
        }
        if let Err(e) = w.wait_for_capacity(4).await {
            let _ = w.abort().await;
            return Err(UploadError::Store(e));
        }
        w.write(&buf[..n]);
        total += n as u64;
    }
    if total != obj.len {
        let _ = w.abort().await;
        return Err(changed(obj));
    }
    w.finish().await.map_err(UploadError::Store)?;
    Ok(())
}

/// Publishes a validated bundle to a destination:
///
/// 1. reads the destination's current header and lists its `o/`
///    (a credentials problem is reported here, before anything is written);
/// 2. uploads every local object that is missing there, or there with a
///    different size, `application/octet-stream` with
///    `Cache-Control: public, max-age=31536000, immutable`;
/// 3. lists `o/` again and checks that every object of the new bundle is
///    there with its size;
/// 4. only then writes `header.pcb` (`Cache-Control: no-cache`), unless the
///    destination already holds exactly these bytes;
/// 5. with `prune`, only after that, deletes the objects under `o/` that
///    the new bundle does not contain (names that are not 32 hex digits are
///    never touched).
///
/// A failure before step 4 leaves the previous header and all its objects
/// in place, so readers keep seeing the previous bundle; running the same
/// publish again uploads only what is still missing.
pub async fn publish_to(
    bundle: &LocalBundle,
    target: &Target,
    opts: &PublishOptions,
) -> Result<Summary> {
    let say = |msg: String| {
        if opts.progress {
            eprintln!("{msg}");
        }
    };
    say(format!(
        "publishing {} ({} object{}, {}, header with {} key slot{}) to {}{}",
        bundle.dir.display(),
        bundle.objects.len(),
        if bundle.objects.len() == 1 { "" } else { "s" },
        human(bundle.object_bytes()),
        bundle.slot_count,
        if bundle.slot_count == 1 { "" } else { "s" },
        target.display,
        if opts.dry_run { " (dry run)" } else { "" },
    ));
    for p in &bundle.ignored {
        say(format!(
            "  note: {} is not part of the bundle and is not uploaded",
            p.display()
        ));
    }

    let old_header = get_header(target)
        .await
        .map_err(|e| store_error(target, "reading the current header".into(), &e, false))?;
    let remote = list_objects(target)
        .await
        .map_err(|e| store_error(target, "listing o/".into(), &e, false))?;

    let mut todo: Vec<&LocalObject> = Vec::new();
    let mut skipped = 0usize;
    for o in &bundle.objects {
        match remote.get(&o.name) {
            Some(&size) if size == o.len => skipped += 1,
            Some(&size) => {
                say(format!(
                    "  o/{} is there with {size} bytes instead of {}: uploading it again",
                    o.name, o.len
                ));
                todo.push(o);
            }
            None => todo.push(o),
        }
    }
    let header = match &old_header {
        None => HeaderChange::Created,
        Some(h) if *h == bundle.header => HeaderChange::Unchanged,
        Some(_) => HeaderChange::Replaced,
    };
    let local_names: BTreeSet<&str> = bundle.objects.iter().map(|o| o.name.as_str()).collect();
    let mut summary = Summary {
        target: target.display.clone(),
        dry_run: opts.dry_run,
        objects: bundle.objects.len(),
        uploaded: todo.iter().map(|o| o.name.clone()).collect(),
        skipped,
        bytes_uploaded: todo.iter().map(|o| o.len).sum::<u64>()
            + if header == HeaderChange::Unchanged {
                0
            } else {
                bundle.header.len() as u64
            },
        header,
        pruned: Vec::new(),
        foreign: Vec::new(),
    };
    if skipped > 0 {
        say(format!(
            "  {skipped} object{} already there, not uploaded again",
            if skipped == 1 { "" } else { "s" }
        ));
    }

    if opts.dry_run {
        for o in &todo {
            say(format!("  would upload o/{} ({})", o.name, human(o.len)));
        }
        if header != HeaderChange::Unchanged {
            say(format!(
                "  would write {}",
                panelcrypt_core::bundle::HEADER_FILE
            ));
        }
        if opts.prune {
            let (prune, foreign) = prune_plan(&remote, &local_names);
            for n in &prune {
                say(format!("  would prune o/{n}"));
            }
            summary.pruned = prune;
            summary.foreign = foreign;
        }
        return Ok(summary);
    }

    // 2. Objects first.
    let total = todo.len();
    let mut done = 0usize;
    let mut uploads = futures_util::stream::iter(todo.iter().copied())
        .map(|o| async move { (o, upload_object(target, o, opts).await) })
        .buffer_unordered(opts.concurrency.max(1));
    while let Some((o, r)) = uploads.next().await {
        match r {
            Ok(()) => {
                done += 1;
                say(format!(
                    "  [{done}/{total}] uploaded o/{} ({})",
                    o.name,
                    human(o.len)
                ));
            }
            Err(UploadError::Local(e)) => return Err(e),
            Err(UploadError::Store(e)) => {
                return Err(store_error(
                    target,
                    format!(
                        "uploading o/{} ({done} of {total} new objects were uploaded)",
                        o.name
                    ),
                    &e,
                    false,
                ));
            }
        }
    }
    drop(uploads);

    // 3. Every object of the new bundle must be visible before the header names it.
    let now = list_objects(target)
        .await
        .map_err(|e| store_error(target, "listing o/ to check the upload".into(), &e, false))?;
    if let Some(o) = bundle
        .objects
        .iter()
        .find(|o| now.get(&o.name) != Some(&o.len))
    {
        return Err(Error::Store {
            action: format!("checking o/{} after the upload", o.name),
            target: target.display.clone(),
            detail: "the object is missing or has the wrong size at the destination".into(),
            header_live: false,
        });
    }

    // 4. Header last.
    if header == HeaderChange::Unchanged {
        say("  header.pcb unchanged".to_string());
    } else {
        let put = PutOptions {
            attributes: attributes(target, HEADER_CACHE_CONTROL),
            ..PutOptions::default()
        };
        target
            .store
            .put_opts(
                &target.header_path(),
                PutPayload::from(bundle.header.clone()),
                put,
            )
            .await
            .map_err(|e| store_error(target, "writing header.pcb".into(), &e, false))?;
        say(format!(
            "  wrote header.pcb: the new bundle is live ({})",
            if header == HeaderChange::Created {
                "first publish"
            } else {
                "replaced the previous header"
            }
        ));
    }

    // 5. Prune, only now that the new header is live.
    if opts.prune {
        let (prune, foreign) = prune_plan(&now, &local_names);
        for n in &foreign {
            say(format!(
                "  note: o/{n} is not an object name; left in place by --prune"
            ));
        }
        let mut deletes = futures_util::stream::iter(prune.iter())
            .map(|n| async move {
                let r = target.store.delete(&target.object_path(n)).await;
                (n, r)
            })
            .buffer_unordered(opts.concurrency.max(1));
        while let Some((n, r)) = deletes.next().await {
            match r {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {
                    say(format!("  pruned o/{n}"));
                    summary.pruned.push(n.clone());
                }
                Err(e) => {
                    return Err(store_error(target, format!("pruning o/{n}"), &e, true));
                }
            }
        }
        summary.pruned.sort();
        summary.foreign = foreign;
    }
    Ok(summary)
}

/// Objects at the destination that the new bundle does not contain, and
/// names under `o/` that are not object names at all.
fn prune_plan(
    remote: &BTreeMap<String, u64>,
    local: &BTreeSet<&str>,
) -> (Vec<String>, Vec<String>) {
    let mut prune = Vec::new();
    let mut foreign = Vec::new();
    for name in remote.keys() {
        if name.parse::<ObjectId>().is_err() {
            foreign.push(name.clone());
        } else if !local.contains(name.as_str()) {
            prune.push(name.clone());
        }
    }
    (prune, foreign)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes() {
        assert_eq!(human(0), "0 B");
        assert_eq!(human(1023), "1023 B");
        assert_eq!(human(1536), "1.5 KiB");
        assert_eq!(human(5 << 20), "5.0 MiB");
    }

    #[test]
    fn prune_plan_keeps_local_and_foreign_names() {
        let a = "0".repeat(32);
        let b = "1".repeat(32);
        let remote: BTreeMap<String, u64> =
            [(a.clone(), 72), (b.clone(), 72), ("index.html".into(), 1)]
                .into_iter()
                .collect();
        let local: BTreeSet<&str> = [a.as_str()].into_iter().collect();
        let (p, f) = prune_plan(&remote, &local);
        assert_eq!(p, vec![b]);
        assert_eq!(f, vec!["index.html".to_string()]);
    }

    #[test]
    fn service_errors_are_shortened() {
        let long = "Generic MicrosoftAzure error: Error performing list request: Error performing GET \
                    http://h/devstoreaccount1/b?restype=container in 8ms - Server returned non-2xx \
                    status code: 403 Forbidden: <?xml version=\"1.0\"?> <Error> \
                    <Code>AuthorizationFailure</Code> <Message>Server failed to authenticate the \
                    request. RequestId:5410 Time:2026</Message> </Error>";
        assert_eq!(
            shorten_service_error(long).unwrap(),
            "GET http://h/devstoreaccount1/b?restype=container answered 403 Forbidden: \
             AuthorizationFailure: Server failed to authenticate the request."
        );
        assert_eq!(shorten_service_error("plain error"), None);
    }

    #[test]
    fn debug_output_hides_store_option_values() {
        let o = PublishOptions {
            store_options: vec![("azure_storage_account_key".into(), "SECRETKEY".into())],
            ..PublishOptions::default()
        };
        let d = format!("{o:?}");
        assert!(d.contains("azure_storage_account_key=<redacted>") && !d.contains("SECRETKEY"));
        let a = PublishArgs {
            bundle_dir: "b".into(),
            url: "az://c/p".into(),
            prune: false,
            dry_run: false,
            concurrency: 8,
            store_options: vec!["azure_storage_sas_key=SECRETSAS".into()],
            no_progress: true,
        };
        let d = format!("{a:?}");
        assert!(d.contains("azure_storage_sas_key=<redacted>") && !d.contains("SECRETSAS"));
    }

    #[test]
    fn summary_reads_well() {
        let s = Summary {
            target: "az://c/p".into(),
            dry_run: false,
            objects: 3,
            uploaded: vec!["a".into()],
            skipped: 2,
            bytes_uploaded: 2048,
            header: HeaderChange::Replaced,
            pruned: vec![],
            foreign: vec![],
        };
        assert_eq!(
            s.to_string(),
            "az://c/p: 1 object uploaded (2.0 KiB), 2 already there, header replaced, 0 pruned"
        );
    }
}

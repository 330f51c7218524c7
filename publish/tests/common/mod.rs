//! Test helpers: a real Azurite (Microsoft's Azure Storage emulator, from
//! npm) per test, real bundles sealed with panelcrypt-core, a reader that
//! fetches and decrypts a bundle over HTTP like the browser does, and
//! object-store wrappers that fail or record operations.
#![allow(dead_code)]

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use futures_util::stream::BoxStream;
use futures_util::{StreamExt, TryStreamExt};
use hmac::{Hmac, KeyInit, Mac};
use object_store::path::Path as StorePath;
use object_store::{
    CopyOptions, GetOptions, GetResult, ListResult, MultipartUpload, ObjectMeta, ObjectStore,
    PutMultipartOptions, PutOptions, PutPayload, PutResult,
};
use panelcrypt_core::bundle::{self, Header};
use panelcrypt_core::manifest::{Entry, ObjectRef};
use panelcrypt_core::{BundleKey, Manifest, MasterSecret, ObjectId, Principal, Suite};
use sha2::Sha256;

pub const ACCOUNT: &str = "devstoreaccount1";
/// Azurite's well-known development key (public, documented by Microsoft).
pub const ACCOUNT_KEY: &str =
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

pub fn os_rng() -> rand_core::UnwrapErr<getrandom::SysRng> {
    rand_core::UnwrapErr(getrandom::SysRng)
}

pub fn master() -> MasterSecret {
    MasterSecret::from_bytes([7u8; 32])
}

pub const PRINCIPAL: &str = "user:alice";

// ---------------------------------------------------------------- bundles

/// A sealed bundle on disk and what it holds.
pub struct TestBundle {
    pub dir: tempfile::TempDir,
    /// (logical name, object file name, plaintext)
    pub files: Vec<(String, String, Vec<u8>)>,
    pub header: Vec<u8>,
}

impl TestBundle {
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn object_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.files.iter().map(|f| f.1.clone()).collect();
        v.sort();
        v
    }
}

/// Seals `n` files (sizes vary, one spans several 16 KiB chunks) to
/// `user:alice` with panelcrypt-core, as `panelcrypt seal` would, into a
/// fresh folder `header.pcb` + `o/<id>`.
pub fn make_bundle(n: usize, tag: &str) -> TestBundle {
    let mut rng = os_rng();
    let key = BundleKey::generate(&mut rng);
    let mut bundle_id = [0u8; 16];
    rand_core::Rng::fill_bytes(&mut rng, &mut bundle_id);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("o")).unwrap();
    let mut entries = Vec::new();
    let mut files = Vec::new();
    for i in 0..n {
        let len = [10usize, 40_000, 300, 70_000, 1][i % 5] + i;
        let data: Vec<u8> = (0..len)
            .map(|j| (j as u8) ^ (i as u8) ^ tag.len() as u8)
            .collect();
        let id = ObjectId::generate(&mut rng);
        let ct = bundle::encrypt_object(&key, &bundle_id, &id, 0, &data, &mut rng).unwrap();
        std::fs::write(dir.path().join("o").join(id.to_hex()), &ct).unwrap();
        let name = format!("{tag}/img{i:03}.png");
        entries.push(Entry {
            name: name.clone(),
            object: ObjectRef {
                id,
                len: len as u64,
                media_type: "image/png".into(),
            },
            width: Some(10),
            height: Some(10),
            variants: vec![],
            placeholder: None,
        });
        files.push((name, id.to_hex(), data));
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let manifest = Manifest {
        version: 1,
        entries,
    };
    let p: Principal = PRINCIPAL.parse().unwrap();
    let recipients = [master().recipient(&p, Suite::X25519, 0)];
    let header =
        bundle::seal_header(&key, &bundle_id, &recipients, None, &manifest, &mut rng).unwrap();
    std::fs::write(dir.path().join("header.pcb"), &header).unwrap();
    TestBundle { dir, files, header }
}

/// Reads a bundle the way the browser does: anonymous HTTP GETs of
/// `header.pcb` and then of every object the manifest names, all decrypted
/// and verified. Returns (name, plaintext) sorted by name.
pub async fn read_over_http(base: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
    let client = {
        panelcrypt_publish::ensure_tls_provider();
        reqwest::Client::new()
    };
    let base = base.trim_end_matches('/');
    let get = |url: String| {
        let client = client.clone();
        async move {
            let r = client
                .get(&url)
                .send()
                .await
                .map_err(|e| format!("{url}: {e}"))?;
            if !r.status().is_success() {
                return Err(format!("{url}: {}", r.status()));
            }
            r.bytes()
                .await
                .map(|b| b.to_vec())
                .map_err(|e| format!("{url}: {e}"))
        }
    };
    let hb = get(format!("{base}/header.pcb")).await?;
    let h = Header::parse(&hb).map_err(|e| e.to_string())?;
    let p: Principal = PRINCIPAL.parse().unwrap();
    let key = h
        .unlock(&[master().identity(&p, Suite::X25519, 0)])
        .map_err(|e| e.to_string())?;
    let m = h.open(&key).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for e in &m.entries {
        let ct = get(format!("{base}/o/{}", e.object.id)).await?;
        let pt = bundle::decrypt_object(&key, &h.bundle_id, &e.object, 0, &ct)
            .map_err(|err| format!("o/{}: {err}", e.object.id))?;
        out.push((e.name.clone(), pt));
    }
    Ok(out)
}

pub fn expected(b: &TestBundle) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = b.files.iter().map(|f| (f.0.clone(), f.2.clone())).collect();
    v.sort();
    v
}

// ---------------------------------------------------------------- Azurite

fn azurite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/azurite")
}

static INSTALL: Mutex<()> = Mutex::new(());

/// `npm ci` in tests/azurite when node_modules is missing (package.json and
/// package-lock.json are committed).
fn ensure_installed() -> PathBuf {
    let _g = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    let dir = azurite_dir();
    let bin = dir.join("node_modules/.bin/azurite-blob");
    if !bin.exists() {
        eprintln!("installing Azurite: npm ci in {}", dir.display());
        let st = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir)
            .status()
            .expect("npm is needed for the Azurite tests (install Node.js 18 or newer)");
        assert!(st.success(), "npm ci in {} failed", dir.display());
    }
    bin
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One Azurite blob service on a free loopback port, stopped on drop.
pub struct Azurite {
    child: Child,
    pub port: u16,
    _data: tempfile::TempDir,
}

impl Drop for Azurite {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Azurite {
    pub fn start() -> Azurite {
        let bin = ensure_installed();
        let data = tempfile::tempdir().unwrap();
        for _attempt in 0..3 {
            let port = free_port();
            let mut child = Command::new(&bin)
                .args(["--silent", "--disableTelemetry", "--location"])
                .arg(data.path())
                .args(["--blobHost", "127.0.0.1", "--blobPort"])
                .arg(port.to_string())
                .args(["--skipApiVersionCheck", "--loose"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::inherit())
                .spawn()
                .expect("start azurite-blob");
            let deadline = Instant::now() + Duration::from_secs(60);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    break; // exited (port taken?): try another port
                }
                if TcpStream::connect(SocketAddr::from(([127, 0, 0, 1], port))).is_ok() {
                    return Azurite {
                        child,
                        port,
                        _data: data,
                    };
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("Azurite did not start");
    }

    /// Blob endpoint, path style: `http://127.0.0.1:<port>/devstoreaccount1`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/{ACCOUNT}", self.port)
    }

    pub fn connection_string(&self, key: &str) -> String {
        format!(
            "DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={key};BlobEndpoint={};",
            self.endpoint()
        )
    }

    /// Store options for `publish`: the connection string (right key).
    pub fn options(&self) -> Vec<(String, String)> {
        vec![(
            "azure_storage_connection_string".into(),
            self.connection_string(ACCOUNT_KEY),
        )]
    }

    /// The public (anonymous) URL of a bundle prefix.
    pub fn public_url(&self, container: &str, prefix: &str) -> String {
        format!("{}/{container}/{prefix}", self.endpoint())
    }

    /// A signed (SharedKey) request to Azurite's REST API.
    pub async fn rest(
        &self,
        method: &str,
        path_and_query: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> reqwest::Response {
        let url = format!("{}{}", self.endpoint(), path_and_query);
        let u = url::Url::parse(&url).unwrap();
        let date = httpdate(std::time::SystemTime::now());
        let mut xms: Vec<(String, String)> = vec![
            ("x-ms-date".into(), date.clone()),
            ("x-ms-version".into(), "2021-08-06".into()),
        ];
        let mut content_type = String::new();
        for (k, v) in headers {
            if k.eq_ignore_ascii_case("content-type") {
                content_type = v.to_string();
            } else {
                xms.push((k.to_ascii_lowercase(), v.to_string()));
            }
        }
        xms.sort();
        let canon_headers: String = xms.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
        // Path-style (emulator) requests name the account twice.
        let mut canon_resource = format!("/{ACCOUNT}{}", u.path());
        let mut q: Vec<(String, String)> = u
            .query_pairs()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.into_owned()))
            .collect();
        q.sort();
        for (k, v) in q {
            canon_resource.push_str(&format!("\n{k}:{v}"));
        }
        let len = if body.is_empty() {
            String::new()
        } else {
            body.len().to_string()
        };
        let to_sign = format!(
            "{method}\n\n\n{len}\n\n{content_type}\n\n\n\n\n\n\n{canon_headers}{canon_resource}"
        );
        use base64::Engine as _;
        let key = base64::engine::general_purpose::STANDARD
            .decode(ACCOUNT_KEY)
            .unwrap();
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&key).unwrap();
        mac.update(to_sign.as_bytes());
        let sig = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
        let mut req = {
            panelcrypt_publish::ensure_tls_provider();
            reqwest::Client::new()
        }
        .request(method.parse().unwrap(), &url)
        .header("Authorization", format!("SharedKey {ACCOUNT}:{sig}"));
        for (k, v) in &xms {
            req = req.header(k.as_str(), v.as_str());
        }
        if !content_type.is_empty() {
            req = req.header("Content-Type", content_type);
        }
        req.body(body.to_string()).send().await.unwrap()
    }

    /// Creates a container; `public` lets anyone read its blobs (as the
    /// docs tell users to do for bundles).
    pub async fn create_container(&self, name: &str, public: bool) {
        let h: &[(&str, &str)] = if public {
            &[("x-ms-blob-public-access", "blob")]
        } else {
            &[]
        };
        let r = self
            .rest("PUT", &format!("/{name}?restype=container"), h, "")
            .await;
        let s = r.status();
        assert!(
            s.is_success(),
            "create container: {s} {}",
            r.text().await.unwrap_or_default()
        );
    }

    /// Sets the blob service's CORS rules (none: `origin` = None), as
    /// `az storage cors add` does.
    pub async fn set_cors(&self, origin: Option<&str>) {
        let cors = match origin {
            Some(o) => format!(
                "<Cors><CorsRule><AllowedOrigins>{o}</AllowedOrigins>\
                 <AllowedMethods>GET,HEAD,OPTIONS</AllowedMethods><MaxAgeInSeconds>3600</MaxAgeInSeconds>\
                 <ExposedHeaders>*</ExposedHeaders><AllowedHeaders>*</AllowedHeaders></CorsRule></Cors>"
            ),
            None => "<Cors/>".into(),
        };
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><StorageServiceProperties>{cors}</StorageServiceProperties>"
        );
        let r = self
            .rest(
                "PUT",
                "/?restype=service&comp=properties",
                &[("Content-Type", "application/xml")],
                &body,
            )
            .await;
        let s = r.status();
        assert!(
            s.is_success(),
            "set CORS: {s} {}",
            r.text().await.unwrap_or_default()
        );
    }
}

/// RFC 1123 date, as `x-ms-date` wants it.
fn httpdate(t: std::time::SystemTime) -> String {
    let secs = t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let days = secs / 86400;
    let (h, m, s) = ((secs / 3600) % 24, (secs / 60) % 60, secs % 60);
    let wd = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if mo <= 2 { 1 } else { 0 };
    let mon = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(mo - 1) as usize];
    format!("{wd}, {d:02} {mon} {y} {h:02}:{m:02}:{s:02} GMT")
}

// ---------------------------------------------------------------- store wrappers

/// Every write and delete a store saw, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    Put(String),
    Delete(String),
}

/// Wraps a store: records writes and deletes, and fails every put after
/// the first `puts_allowed` (simulating a publish killed half-way).
#[derive(Debug)]
pub struct Wrapped {
    pub inner: Arc<dyn ObjectStore>,
    pub puts_left: AtomicIsize,
    pub log: Arc<Mutex<Vec<Op>>>,
}

impl Wrapped {
    pub fn new(inner: Arc<dyn ObjectStore>, puts_allowed: Option<usize>) -> Arc<Wrapped> {
        Arc::new(Wrapped {
            inner,
            puts_left: AtomicIsize::new(puts_allowed.map(|n| n as isize).unwrap_or(isize::MAX)),
            log: Arc::new(Mutex::new(Vec::new())),
        })
    }

    pub fn ops(&self) -> Vec<Op> {
        self.log.lock().unwrap().clone()
    }

    fn take_put(&self, location: &StorePath) -> object_store::Result<()> {
        if self.puts_left.fetch_sub(1, Ordering::SeqCst) <= 0 {
            return Err(object_store::Error::Generic {
                store: "Wrapped",
                source: "simulated failure: the connection dropped".into(),
            });
        }
        self.log.lock().unwrap().push(Op::Put(location.to_string()));
        Ok(())
    }
}

impl std::fmt::Display for Wrapped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Wrapped({})", self.inner)
    }
}

#[async_trait]
impl ObjectStore for Wrapped {
    async fn put_opts(
        &self,
        location: &StorePath,
        payload: PutPayload,
        opts: PutOptions,
    ) -> object_store::Result<PutResult> {
        self.take_put(location)?;
        self.inner.put_opts(location, payload, opts).await
    }

    async fn put_multipart_opts(
        &self,
        location: &StorePath,
        opts: PutMultipartOptions,
    ) -> object_store::Result<Box<dyn MultipartUpload>> {
        self.take_put(location)?;
        self.inner.put_multipart_opts(location, opts).await
    }

    async fn get_opts(
        &self,
        location: &StorePath,
        options: GetOptions,
    ) -> object_store::Result<GetResult> {
        self.inner.get_opts(location, options).await
    }

    fn delete_stream(
        &self,
        locations: BoxStream<'static, object_store::Result<StorePath>>,
    ) -> BoxStream<'static, object_store::Result<StorePath>> {
        // Recorded as the inner store reports each path deleted.
        let log = Arc::clone(&self.log);
        self.inner
            .delete_stream(locations)
            .inspect_ok(move |p| log.lock().unwrap().push(Op::Delete(p.to_string())))
            .boxed()
    }

    fn list(
        &self,
        prefix: Option<&StorePath>,
    ) -> BoxStream<'static, object_store::Result<ObjectMeta>> {
        self.inner.list(prefix)
    }

    async fn list_with_delimiter(
        &self,
        prefix: Option<&StorePath>,
    ) -> object_store::Result<ListResult> {
        self.inner.list_with_delimiter(prefix).await
    }

    async fn copy_opts(
        &self,
        from: &StorePath,
        to: &StorePath,
        options: CopyOptions,
    ) -> object_store::Result<()> {
        self.inner.copy_opts(from, to, options).await
    }
}

//! Destinations: `az://`, `s3://`, `gs://` and `file://` URLs turned into an
//! [`ObjectStore`] plus a prefix, with credentials from each cloud's standard
//! environment variables.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::azure::{AzureConfigKey, MicrosoftAzureBuilder};
use object_store::gcp::{GoogleCloudStorageBuilder, GoogleConfigKey};
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ClientConfigKey, ObjectStore};

use crate::error::{Error, Result, redact_url};

/// The environment variables that carry Azure credentials.
pub const AZURE_ENV_HELP: &str = "AZURE_STORAGE_ACCOUNT_NAME with AZURE_STORAGE_ACCOUNT_KEY or \
AZURE_STORAGE_SAS_TOKEN; or AZURE_STORAGE_CONNECTION_STRING; or a service principal \
(AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_TENANT_ID); or workload identity \
(AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE); or AZURE_USE_AZURE_CLI=true after \
`az login`. For Azurite: AZURE_STORAGE_USE_EMULATOR=true (and AZURITE_BLOB_STORAGE_URL). A key, SAS \
token or identity must allow writing (and, for --prune, deleting) blobs in the container, e.g. the \
role \"Storage Blob Data Contributor\"";

/// The environment variables that carry AWS credentials.
pub const AWS_ENV_HELP: &str = "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN \
for temporary credentials), AWS_REGION or AWS_DEFAULT_REGION; or AWS_WEB_IDENTITY_TOKEN_FILE with \
AWS_ROLE_ARN (GitHub Actions OIDC); for an S3-compatible host AWS_ENDPOINT (and AWS_ALLOW_HTTP=true \
for http). The identity needs s3:PutObject, s3:GetObject, s3:ListBucket (and s3:DeleteObject for \
--prune) on the bucket";

/// The environment variables that carry Google Cloud credentials.
pub const GCS_ENV_HELP: &str = "GOOGLE_APPLICATION_CREDENTIALS or GOOGLE_SERVICE_ACCOUNT (path of \
a service account JSON key file), or GOOGLE_SERVICE_ACCOUNT_KEY (the JSON itself). The account \
needs the role \"Storage Object Admin\" on the bucket (or Storage Object Creator and Viewer without \
--prune)";

/// What kind of store a destination is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreKind {
    /// Azure Blob Storage (`az://container/prefix`).
    Azure {
        /// Container name.
        container: String,
    },
    /// Amazon S3 or an S3-compatible host (`s3://bucket/prefix`).
    S3 {
        /// Bucket name.
        bucket: String,
    },
    /// Google Cloud Storage (`gs://bucket/prefix`).
    Gcs {
        /// Bucket name.
        bucket: String,
    },
    /// A local folder (`file:///path`), e.g. a web server's document root.
    File,
    /// A store supplied by the caller (tests, embedding programs).
    Custom,
}

impl StoreKind {
    /// The environment variables to check when credentials are refused.
    pub fn env_help(&self) -> &'static str {
        match self {
            StoreKind::Azure { .. } => AZURE_ENV_HELP,
            StoreKind::S3 { .. } => AWS_ENV_HELP,
            StoreKind::Gcs { .. } => GCS_ENV_HELP,
            StoreKind::File => "none (file:// needs write permission on the folder)",
            StoreKind::Custom => "the credentials of the store you configured",
        }
    }

    /// The command that creates the container or bucket.
    pub fn create_fix(&self) -> String {
        match self {
            StoreKind::Azure { container } => format!(
                "az storage container create --name {container} --public-access blob --account-name <account> \
                 (public read access for blobs lets browsers fetch the ciphertext without credentials)"
            ),
            StoreKind::S3 { bucket } => format!(
                "aws s3 mb s3://{bucket}, then allow public s3:GetObject on it (see docs/DEPLOY.md)"
            ),
            StoreKind::Gcs { bucket } => format!(
                "gcloud storage buckets create gs://{bucket} && gcloud storage buckets add-iam-policy-binding \
                 gs://{bucket} --member=allUsers --role=roles/storage.objectViewer"
            ),
            StoreKind::File | StoreKind::Custom => "create it".to_string(),
        }
    }

    /// Whether the store keeps Content-Type and Cache-Control per object.
    /// (A local folder does not: the web server that serves it decides.)
    pub fn supports_attributes(&self) -> bool {
        !matches!(self, StoreKind::File)
    }
}

/// A destination: a store, the bundle's prefix inside it, and a printable name.
#[derive(Clone)]
pub struct Target {
    /// The store.
    pub store: Arc<dyn ObjectStore>,
    /// The bundle's prefix in the store (`header.pcb` and `o/` live under it).
    pub prefix: Path,
    /// The destination URL, safe to print.
    pub display: String,
    /// The kind of store.
    pub kind: StoreKind,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("display", &self.display)
            .field("prefix", &self.prefix)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

impl Target {
    /// A destination in a store the caller built (any [`ObjectStore`]).
    pub fn from_store(
        store: Arc<dyn ObjectStore>,
        prefix: Path,
        display: impl Into<String>,
    ) -> Self {
        Target {
            store,
            prefix,
            display: display.into(),
            kind: StoreKind::Custom,
        }
    }

    /// `<prefix>/header.pcb`.
    pub fn header_path(&self) -> Path {
        self.prefix
            .clone()
            .join(panelcrypt_core::bundle::HEADER_FILE)
    }

    /// `<prefix>/o`.
    pub fn object_dir(&self) -> Path {
        self.prefix
            .clone()
            .join(panelcrypt_core::bundle::OBJECT_DIR)
    }

    /// `<prefix>/o/<name>`.
    pub fn object_path(&self, name: &str) -> Path {
        self.object_dir().join(name)
    }
}

fn bad(url: &str, why: impl Into<String>) -> Error {
    Error::BadUrl {
        url: redact_url(url),
        why: why.into(),
    }
}

const ACCEPTED: &str = "use az://<container>/<prefix>, s3://<bucket>/<prefix>, gs://<bucket>/<prefix> or file:///<absolute path>";

/// Parses a destination URL and builds its store. Credentials and settings
/// come from the environment (each builder's `from_env`: `AZURE_*`, `AWS_*`,
/// `GOOGLE_*`), then from `options` (object_store configuration keys such as
/// `azure_storage_endpoint`, `aws_endpoint`; these override the
/// environment). `azure_storage_connection_string` (or the environment
/// variable `AZURE_STORAGE_CONNECTION_STRING`) is also understood.
///
/// No network request is made here.
pub fn open_target(url: &str, options: &[(String, String)]) -> Result<Target> {
    crate::ensure_tls_provider();
    let u = url::Url::parse(url).map_err(|e| bad(url, format!("not a URL ({e}); {ACCEPTED}")))?;
    if !u.username().is_empty() || u.password().is_some() || u.query().is_some() {
        return Err(bad(
            url,
            "credentials do not belong in the URL (they would end up in logs); put them in \
             environment variables",
        ));
    }
    let display = redact_url(url);
    let scheme = u.scheme().to_ascii_lowercase();
    if scheme == "file" {
        if !options.is_empty() {
            return Err(bad(url, "file:// destinations take no store options"));
        }
        let path = u
            .to_file_path()
            .map_err(|_| bad(url, "not a local absolute path; use file:///absolute/path"))?;
        let prefix =
            Path::from_absolute_path(&path).map_err(|e| bad(url, format!("unusable path: {e}")))?;
        return Ok(Target {
            store: Arc::new(LocalFileSystem::new()),
            prefix,
            display,
            kind: StoreKind::File,
        });
    }
    let host = u.host_str().unwrap_or_default().to_string();
    let prefix =
        Path::from_url_path(u.path()).map_err(|e| bad(url, format!("unusable prefix: {e}")))?;
    let build_err = |kind: &StoreKind, e: object_store::Error| credentials_or_bad(url, kind, e);

    let (store, kind): (Arc<dyn ObjectStore>, StoreKind) = match scheme.as_str() {
        "az" | "azure" => {
            if host.is_empty() {
                return Err(bad(url, "no container; use az://<container>/<prefix>"));
            }
            let kind = StoreKind::Azure {
                container: host.clone(),
            };
            let mut b = MicrosoftAzureBuilder::from_env().with_container_name(&host);
            if wants_default_timeout(options, "AZURE") {
                b = b.with_config(
                    AzureConfigKey::Client(ClientConfigKey::Timeout),
                    DEFAULT_TIMEOUT,
                );
            }
            let conn = options
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("azure_storage_connection_string"))
                .map(|(_, v)| v.clone())
                .or_else(|| std::env::var("AZURE_STORAGE_CONNECTION_STRING").ok());
            if let Some(conn) = conn {
                b = apply_connection_string(b, &conn).map_err(|why| bad(url, why))?;
            }
            for (k, v) in options {
                if k.eq_ignore_ascii_case("azure_storage_connection_string") {
                    continue;
                }
                let key = AzureConfigKey::from_str(&k.to_ascii_lowercase())
                    .map_err(|_| unknown_option(url, k, "Azure"))?;
                b = b.with_config(key, v);
            }
            (Arc::new(b.build().map_err(|e| build_err(&kind, e))?), kind)
        }
        "s3" | "s3a" => {
            if host.is_empty() {
                return Err(bad(url, "no bucket; use s3://<bucket>/<prefix>"));
            }
            let kind = StoreKind::S3 {
                bucket: host.clone(),
            };
            let mut b = AmazonS3Builder::from_env().with_bucket_name(&host);
            if wants_default_timeout(options, "AWS") {
                b = b.with_config(
                    AmazonS3ConfigKey::Client(ClientConfigKey::Timeout),
                    DEFAULT_TIMEOUT,
                );
            }
            for (k, v) in options {
                let key = AmazonS3ConfigKey::from_str(&k.to_ascii_lowercase())
                    .map_err(|_| unknown_option(url, k, "S3"))?;
                b = b.with_config(key, v);
            }
            (Arc::new(b.build().map_err(|e| build_err(&kind, e))?), kind)
        }
        "gs" => {
            if host.is_empty() {
                return Err(bad(url, "no bucket; use gs://<bucket>/<prefix>"));
            }
            let kind = StoreKind::Gcs {
                bucket: host.clone(),
            };
            let mut b = GoogleCloudStorageBuilder::from_env().with_bucket_name(&host);
            if wants_default_timeout(options, "GOOGLE") {
                b = b.with_config(
                    GoogleConfigKey::Client(ClientConfigKey::Timeout),
                    DEFAULT_TIMEOUT,
                );
            }
            for (k, v) in options {
                let key = GoogleConfigKey::from_str(&k.to_ascii_lowercase())
                    .map_err(|_| unknown_option(url, k, "Google Cloud Storage"))?;
                b = b.with_config(key, v);
            }
            (Arc::new(b.build().map_err(|e| build_err(&kind, e))?), kind)
        }
        "http" | "https" => {
            let mut why = format!(
                "publish writes through the storage API, not the public web URL; {ACCEPTED}"
            );
            if let Some(acct) = host.strip_suffix(".blob.core.windows.net") {
                let mut segs = u.path().trim_matches('/').splitn(2, '/');
                let container = segs.next().unwrap_or("<container>");
                let rest = segs.next().unwrap_or("");
                why = format!(
                    "publish writes through the storage API, not the public web URL: use \
                     az://{container}/{rest} with AZURE_STORAGE_ACCOUNT_NAME={acct}"
                );
            }
            return Err(bad(url, why));
        }
        other => {
            return Err(bad(
                url,
                format!("unsupported scheme `{other}:`; {ACCEPTED}"),
            ));
        }
    };
    Ok(Target {
        store,
        prefix,
        display,
        kind,
    })
}

/// Per-request timeout unless the user set one (`--store-option timeout=…`
/// or `<CLOUD>_TIMEOUT`): object_store's default of 30 s is too short for
/// several large objects sharing a slow CI uplink.
const DEFAULT_TIMEOUT: &str = "300s";

fn wants_default_timeout(options: &[(String, String)], env_prefix: &str) -> bool {
    !options
        .iter()
        .any(|(k, _)| k.to_ascii_lowercase().ends_with("timeout"))
        && std::env::var_os(format!("{env_prefix}_TIMEOUT")).is_none()
}

fn unknown_option(url: &str, key: &str, store: &str) -> Error {
    bad(
        url,
        format!(
            "`{key}` is not a {store} store option (see the object_store documentation for \
             the configuration keys)"
        ),
    )
}

fn credentials_or_bad(url: &str, kind: &StoreKind, e: object_store::Error) -> Error {
    let text = e.to_string();
    // Never echo key material: a malformed key is reported by name only.
    let detail = if text.contains("Access Key") || text.contains("access key") {
        "the account key is not valid base64".to_string()
    } else {
        text
    };
    Error::Credentials {
        target: redact_url(url),
        env_help: kind.env_help(),
        detail,
    }
}

/// Applies an Azure Storage connection string (`AccountName=…;AccountKey=…;
/// BlobEndpoint=…` or `UseDevelopmentStorage=true`). Values already set
/// from `AZURE_STORAGE_*` variables win. The string is never echoed.
fn apply_connection_string(
    mut b: MicrosoftAzureBuilder,
    conn: &str,
) -> std::result::Result<MicrosoftAzureBuilder, String> {
    let mut fields = std::collections::HashMap::new();
    for part in conn.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((k, v)) = part.split_once('=') else {
            return Err(
                "the Azure connection string is malformed (expected Key=Value pairs separated by `;`)"
                    .into(),
            );
        };
        fields.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
    }
    let set = |b: MicrosoftAzureBuilder, key: AzureConfigKey, v: &str| {
        if b.get_config_value(&key).is_none() {
            b.with_config(key, v)
        } else {
            b
        }
    };
    if fields
        .get("usedevelopmentstorage")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return Ok(set(b, AzureConfigKey::UseEmulator, "true"));
    }
    if let Some(v) = fields.get("accountname") {
        b = set(b, AzureConfigKey::AccountName, v);
    }
    if let Some(v) = fields.get("accountkey") {
        b = set(b, AzureConfigKey::AccessKey, v);
    }
    if let Some(v) = fields.get("sharedaccesssignature") {
        b = set(b, AzureConfigKey::SasKey, v);
    }
    let endpoint = match (fields.get("blobendpoint"), fields.get("accountname")) {
        (Some(e), _) => Some(e.trim_end_matches('/').to_string()),
        (None, Some(acct)) => fields.get("endpointsuffix").map(|suffix| {
            let proto = fields
                .get("defaultendpointsprotocol")
                .map(String::as_str)
                .unwrap_or("https");
            format!("{proto}://{acct}.blob.{suffix}")
        }),
        (None, None) => None,
    };
    if let Some(e) = endpoint {
        if e.starts_with("http://") {
            b = b.with_allow_http(true);
        }
        b = set(b, AzureConfigKey::Endpoint, &e);
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_stores_and_prefixes() {
        let t = open_target(
            "az://bundles/plant/photos",
            &[
                ("azure_storage_account_name".into(), "acct".into()),
                ("azure_storage_account_key".into(), "a2V5".into()),
            ],
        )
        .unwrap();
        assert_eq!(
            t.kind,
            StoreKind::Azure {
                container: "bundles".into()
            }
        );
        assert_eq!(t.prefix.as_ref(), "plant/photos");
        assert_eq!(t.header_path().as_ref(), "plant/photos/header.pcb");
        assert!(wants_default_timeout(&[], "PANELCRYPT_TEST_NO_SUCH"));
        assert!(!wants_default_timeout(
            &[("timeout".into(), "10s".into())],
            "PANELCRYPT_TEST_NO_SUCH"
        ));
        assert_eq!(
            t.object_path("00112233445566778899aabbccddeeff").as_ref(),
            "plant/photos/o/00112233445566778899aabbccddeeff"
        );
        let t = open_target("file:///tmp/some/where", &[]).unwrap();
        assert_eq!(t.kind, StoreKind::File);
        assert_eq!(t.prefix.as_ref(), "tmp/some/where");
    }

    #[test]
    fn bad_urls_say_what_to_use() {
        for (u, want) in [
            ("ftp://x/y", "unsupported scheme"),
            ("https://acct.blob.core.windows.net/c/p", "az://c/p"),
            ("az:///p", "no container"),
            ("az://u:secret@c/p", "credentials do not belong"),
            ("az://c/p?sig=secret", "credentials do not belong"),
            ("not a url", "not a URL"),
        ] {
            let e = open_target(u, &[]).unwrap_err().to_string();
            assert!(e.contains(want), "{u}: {e}");
            assert!(!e.contains("secret"), "{u}: {e}");
        }
        let e = open_target("az://c/p", &[("no_such_key".into(), "v".into())])
            .unwrap_err()
            .to_string();
        assert!(e.contains("no_such_key"), "{e}");
    }

    #[test]
    fn connection_string_is_applied_and_never_echoed() {
        let b = apply_connection_string(
            MicrosoftAzureBuilder::new(),
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;\
             BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
        )
        .unwrap();
        assert_eq!(
            b.get_config_value(&AzureConfigKey::Endpoint).as_deref(),
            Some("http://127.0.0.1:1/devstoreaccount1")
        );
        assert_eq!(
            b.get_config_value(&AzureConfigKey::AccountName).as_deref(),
            Some("devstoreaccount1")
        );
        let e = apply_connection_string(MicrosoftAzureBuilder::new(), "AccountKey").unwrap_err();
        assert!(!e.contains("AccountKey"));
    }
}

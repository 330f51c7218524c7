//! # panelcrypt-publish
//!
//! `panelcrypt publish` and `panelcrypt doctor` as a library.
//!
//! * [`publish`] uploads a sealed bundle folder (`header.pcb` + `o/<32 hex>`,
//!   see `docs/FORMAT.md`) to Azure Blob Storage (`az://`), Amazon S3 or a
//!   compatible host (`s3://`), Google Cloud Storage (`gs://`) or a local
//!   folder (`file://`) through the `object_store` crate, with credentials
//!   from each cloud's standard environment variables. The bundle is
//!   validated first; objects are uploaded first and the header last, so a
//!   reader never sees a header that names a missing object; objects
//!   already present are skipped; `prune` deletes unreferenced objects only
//!   after the new header is live.
//! * [`doctor`] checks, over HTTP, what a browser showing the bundle in a
//!   Grafana panel will need: the host serves the header, CORS allows the
//!   Grafana origin, the key endpoint answers on Grafana's origin, no mixed
//!   content. Every problem comes with the exact fix.
//!
//! Both need a Tokio runtime. The CLI wires them as
//! `panelcrypt publish` ([`PublishArgs`], [`publish_cmd`]) and
//! `panelcrypt doctor` ([`DoctorArgs`], [`doctor_cmd`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod doctor;
pub mod error;
pub mod local;
pub mod publish;
pub mod store;

pub use doctor::{
    Check, CheckStatus, DoctorArgs, DoctorOptions, Report, UNLOCK_PATH, doctor, doctor_cmd,
};
pub use error::{Error, Result};
pub use local::{LocalBundle, LocalObject, validate_bundle};
pub use publish::{
    HeaderChange, PublishArgs, PublishOptions, Summary, publish, publish_cmd, publish_to,
};
pub use store::{StoreKind, Target, open_target};

/// Installs rustls' `ring` crypto provider as the process default, once.
/// reqwest is built without a provider (so that the slow-to-build aws-lc
/// is not pulled in); every HTTP client here calls this first.
pub fn ensure_tls_provider() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Err means another provider is already installed: fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser, Subcommand};

    use super::*;

    /// How the CLI embeds the arguments (`panelcrypt publish|doctor`).
    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        cmd: Cmd,
    }

    #[derive(Subcommand)]
    enum Cmd {
        Publish(PublishArgs),
        Doctor(DoctorArgs),
    }

    #[test]
    fn arguments_parse_as_the_cli_will_use_them() {
        Cli::command().debug_assert();
        let Cmd::Publish(a) = Cli::try_parse_from([
            "panelcrypt",
            "publish",
            "bundle/",
            "az://c/p",
            "--prune",
            "--dry-run",
            "--store-option",
            "azure_storage_endpoint=http://127.0.0.1:10000/devstoreaccount1",
        ])
        .unwrap()
        .cmd
        else {
            panic!("not publish")
        };
        let o = a.options().unwrap();
        assert!(o.prune && o.dry_run && o.progress);
        assert_eq!(o.concurrency, 8);
        assert_eq!(
            o.store_options,
            vec![(
                "azure_storage_endpoint".to_string(),
                "http://127.0.0.1:10000/devstoreaccount1".to_string()
            )]
        );
        let Cmd::Doctor(d) = Cli::try_parse_from([
            "panelcrypt",
            "doctor",
            "--grafana-origin",
            "https://grafana.example.com",
            "https://acct.blob.core.windows.net/c/p/",
        ])
        .unwrap()
        .cmd
        else {
            panic!("not doctor")
        };
        assert_eq!(d.timeout, 10);
        assert!(d.key_endpoint.is_none());
        assert!(Cli::try_parse_from(["panelcrypt", "doctor", "https://x/"]).is_err());
        let bad = PublishArgs {
            store_options: vec!["novalue".into()],
            ..a
        };
        assert!(bad.options().unwrap_err().to_string().contains("KEY=VALUE"));
    }
}

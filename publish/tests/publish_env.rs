//! Credentials from the standard environment variables, as in CI:
//! `AZURE_STORAGE_ACCOUNT_NAME`, `AZURE_STORAGE_ACCOUNT_KEY`,
//! `AZURE_STORAGE_USE_EMULATOR`, `AZURITE_BLOB_STORAGE_URL`. The only test
//! in this binary, because it sets process-wide environment variables.

mod common;

use common::{ACCOUNT, ACCOUNT_KEY, Azurite, expected, make_bundle, read_over_http};
use panelcrypt_publish::{HeaderChange, PublishArgs, publish_cmd};

#[test]
fn publish_cmd_takes_credentials_from_the_environment() {
    let az = Azurite::start();
    // SAFETY: this is the only test in this binary and no other thread
    // exists yet (the Tokio runtime is built below, after these writes).
    unsafe {
        std::env::set_var("AZURE_STORAGE_ACCOUNT_NAME", ACCOUNT);
        std::env::set_var("AZURE_STORAGE_ACCOUNT_KEY", ACCOUNT_KEY);
        std::env::set_var("AZURE_STORAGE_USE_EMULATOR", "true");
        std::env::set_var(
            "AZURITE_BLOB_STORAGE_URL",
            format!("http://127.0.0.1:{}", az.port),
        );
        std::env::remove_var("AZURE_STORAGE_CONNECTION_STRING");
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        az.create_container("cibundles", true).await;
        let b = make_bundle(3, "ci");
        let args = PublishArgs {
            bundle_dir: b.path().to_path_buf(),
            url: "az://cibundles/dash/plant".into(),
            prune: true,
            dry_run: false,
            concurrency: 4,
            store_options: vec![],
            no_progress: false,
        };
        let s = publish_cmd(args.clone()).await.unwrap();
        assert_eq!(s.uploaded.len(), 3);
        assert_eq!(s.header, HeaderChange::Created);
        assert_eq!(
            read_over_http(&az.public_url("cibundles", "dash/plant"))
                .await
                .unwrap(),
            expected(&b)
        );
        let s = publish_cmd(args).await.unwrap();
        assert!(s.uploaded.is_empty());
        assert_eq!(s.header, HeaderChange::Unchanged);
    });
}

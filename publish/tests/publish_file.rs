//! `publish` to a `file://` destination (a web server's document root), and
//! the local bundle checks.

mod common;

use common::{make_bundle, os_rng};
use panelcrypt_core::ObjectId;
use panelcrypt_publish::{Error, HeaderChange, PublishOptions, publish, validate_bundle};

fn quiet() -> PublishOptions {
    PublishOptions {
        progress: false,
        ..PublishOptions::default()
    }
}

fn file_url(p: &std::path::Path) -> String {
    url::Url::from_directory_path(p).unwrap().to_string()
}

fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = match std::fs::read_dir(dir) {
        Ok(r) => r
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}

#[tokio::test]
async fn file_target_publish_republish_and_prune() {
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("www/bundles/plant");
    let url = file_url(&dest);
    let a = make_bundle(3, "a");
    let s = publish(a.path(), &url, &quiet()).await.unwrap();
    assert_eq!(s.uploaded.len(), 3);
    assert_eq!(s.header, HeaderChange::Created);
    assert_eq!(std::fs::read(dest.join("header.pcb")).unwrap(), a.header);
    assert_eq!(listing(&dest.join("o")), a.object_names());
    for n in a.object_names() {
        assert_eq!(
            std::fs::read(dest.join("o").join(&n)).unwrap(),
            std::fs::read(a.path().join("o").join(&n)).unwrap()
        );
    }

    let s = publish(a.path(), &url, &quiet()).await.unwrap();
    assert!(s.uploaded.is_empty());
    assert_eq!(s.header, HeaderChange::Unchanged);

    let b = make_bundle(2, "b");
    let o = PublishOptions {
        prune: true,
        multipart_threshold: 0, // exercise the streamed path
        ..quiet()
    };
    let s = publish(b.path(), &url, &o).await.unwrap();
    assert_eq!(s.uploaded, b.object_names());
    assert_eq!(s.header, HeaderChange::Replaced);
    assert_eq!(s.pruned, a.object_names());
    assert_eq!(listing(&dest.join("o")), b.object_names());
    assert_eq!(std::fs::read(dest.join("header.pcb")).unwrap(), b.header);
    for n in b.object_names() {
        assert_eq!(
            std::fs::read(dest.join("o").join(&n)).unwrap(),
            std::fs::read(b.path().join("o").join(&n)).unwrap()
        );
    }
}

#[tokio::test]
async fn dry_run_to_a_folder_that_does_not_exist_creates_nothing() {
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("not-yet");
    let a = make_bundle(2, "a");
    let o = PublishOptions {
        dry_run: true,
        ..quiet()
    };
    let s = publish(a.path(), &file_url(&dest), &o).await.unwrap();
    assert_eq!(s.uploaded, a.object_names());
    assert_eq!(s.header, HeaderChange::Created);
    assert!(!dest.exists());
}

async fn refused(dir: &std::path::Path, want: &str) {
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("out");
    let e = publish(dir, &file_url(&dest), &quiet()).await.unwrap_err();
    assert!(matches!(e, Error::InvalidBundle { .. }), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains(want), "{msg}");
    assert!(msg.contains("Nothing was uploaded"), "{msg}");
    assert!(!dest.exists(), "something was written");
}

#[tokio::test]
async fn broken_bundles_are_refused_with_the_reason() {
    // No header.
    let b = make_bundle(1, "x");
    std::fs::remove_file(b.path().join("header.pcb")).unwrap();
    refused(b.path(), "no header.pcb").await;

    // A header that is not one.
    let b = make_bundle(1, "x");
    std::fs::write(b.path().join("header.pcb"), b"<html>oops</html>").unwrap();
    refused(b.path(), "not a valid panelcrypt header").await;

    // A truncated header.
    let b = make_bundle(1, "x");
    std::fs::write(b.path().join("header.pcb"), &b.header[..b.header.len() - 1]).unwrap();
    refused(b.path(), "not a valid panelcrypt header").await;

    // No o/.
    let b = make_bundle(1, "x");
    std::fs::remove_dir_all(b.path().join("o")).unwrap();
    refused(b.path(), "no o/ folder").await;

    // A stray file in o/.
    let b = make_bundle(1, "x");
    std::fs::write(b.path().join("o/.DS_Store"), b"x").unwrap();
    refused(b.path(), "object names are 32 lower-case hex digits").await;

    // Upper-case hex is not an object name.
    let b = make_bundle(1, "x");
    let n = b.object_names()[0].clone();
    std::fs::rename(
        b.path().join("o").join(&n),
        b.path().join("o").join(n.to_uppercase()),
    )
    .unwrap();
    refused(b.path(), "object names are 32 lower-case hex digits").await;

    // An object whose length no ciphertext has (extended by one byte).
    let b = make_bundle(2, "x");
    let p = b.path().join("o").join(&b.object_names()[0]);
    let mut ct = std::fs::read(&p).unwrap();
    ct.push(0);
    std::fs::write(&p, &ct).unwrap();
    refused(b.path(), "not the length of any encrypted object").await;

    // A valid C2SP length whose plaintext is not a PADMÉ size.
    let b = make_bundle(1, "x");
    let id = ObjectId::generate(&mut os_rng());
    // 56 + 16 tag + 1000 bytes: plaintext 1000, PADMÉ(1000) = 1008.
    std::fs::write(b.path().join("o").join(id.to_hex()), vec![0u8; 72 + 1000]).unwrap();
    refused(b.path(), "not the length of any encrypted object").await;

    // A sub-folder in o/.
    let b = make_bundle(1, "x");
    std::fs::create_dir(b.path().join("o").join("0".repeat(32))).unwrap();
    refused(b.path(), "not a regular file").await;

    // Not a folder at all.
    let b = make_bundle(1, "x");
    refused(&b.path().join("header.pcb"), "not a folder").await;
    refused(&b.path().join("nope"), "does not exist").await;
}

#[test]
fn stray_files_beside_the_bundle_are_reported_and_not_uploaded() {
    let b = make_bundle(2, "x");
    std::fs::write(b.path().join("master.key"), b"PANELCRYPT-MASTER-1...").unwrap();
    let v = validate_bundle(b.path()).unwrap();
    assert_eq!(v.ignored, vec![b.path().join("master.key")]);
    assert_eq!(v.objects.len(), 2);
    assert_eq!(v.slot_count, 1);
}

#[tokio::test]
async fn an_empty_bundle_publishes_just_its_header() {
    let b = make_bundle(0, "empty");
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("e");
    let s = publish(b.path(), &file_url(&dest), &quiet()).await.unwrap();
    assert!(s.uploaded.is_empty());
    assert_eq!(s.header, HeaderChange::Created);
    assert_eq!(std::fs::read(dest.join("header.pcb")).unwrap(), b.header);
}

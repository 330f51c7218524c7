//! `publish` against a real Azurite: upload, republish, interrupted publish,
//! prune, caching headers, credentials and missing containers.

mod common;

use std::sync::Arc;

use common::{Azurite, Op, Wrapped, expected, make_bundle, read_over_http};
use object_store::ObjectStoreExt;
use object_store::path::Path as StorePath;
use panelcrypt_publish::{
    Error, HeaderChange, PublishOptions, Target, open_target, publish, publish_to, validate_bundle,
};

fn opts(az: &Azurite) -> PublishOptions {
    PublishOptions {
        store_options: az.options(),
        progress: false,
        ..PublishOptions::default()
    }
}

/// Names under `<prefix>/o/` at the destination, sorted.
async fn remote_objects(t: &Target) -> Vec<String> {
    use futures_util::TryStreamExt;
    let dir = t.object_dir();
    let mut v: Vec<String> = t
        .store
        .list(Some(&dir))
        .map_ok(|m| m.location.filename().unwrap_or_default().to_string())
        .try_collect()
        .await
        .unwrap();
    v.sort();
    v
}

async fn remote_header(t: &Target) -> Option<Vec<u8>> {
    match t.store.get(&t.header_path()).await {
        Ok(r) => Some(r.bytes().await.unwrap().to_vec()),
        Err(object_store::Error::NotFound { .. }) => None,
        Err(e) => panic!("{e}"),
    }
}

#[tokio::test]
async fn publish_then_republish_uploads_nothing_and_readers_see_the_bundle() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    let b = make_bundle(5, "plant");
    let url = "az://bundles/site/plant";

    let s = publish(b.path(), url, &opts(&az)).await.unwrap();
    assert_eq!(s.uploaded.len(), 5);
    assert_eq!(s.skipped, 0);
    assert_eq!(s.header, HeaderChange::Created);
    assert!(s.pruned.is_empty());
    let bytes: u64 = std::fs::read_dir(b.path().join("o"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum::<u64>()
        + b.header.len() as u64;
    assert_eq!(s.bytes_uploaded, bytes);

    // A browser-like reader gets every image back.
    let base = az.public_url("bundles", "site/plant");
    assert_eq!(read_over_http(&base).await.unwrap(), expected(&b));

    // The same bundle again: nothing is uploaded, not even the header.
    let t = open_target(url, &az.options()).unwrap();
    let w = Wrapped::new(Arc::clone(&t.store), None);
    let wt = Target::from_store(w.clone(), t.prefix.clone(), "wrapped");
    let bundle = validate_bundle(b.path()).unwrap();
    let s = publish_to(&bundle, &wt, &opts(&az)).await.unwrap();
    assert!(s.uploaded.is_empty(), "{s:?}");
    assert_eq!(s.skipped, 5);
    assert_eq!(s.header, HeaderChange::Unchanged);
    assert_eq!(s.bytes_uploaded, 0);
    assert!(w.ops().is_empty(), "republish wrote: {:?}", w.ops());
}

#[tokio::test]
async fn objects_and_header_get_content_type_and_cache_headers() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    let b = make_bundle(2, "cache");
    // multipart_threshold 0: the objects go up as block lists (the path
    // large files take), which must keep the same headers.
    let o = PublishOptions {
        multipart_threshold: 0,
        ..opts(&az)
    };
    publish(b.path(), "az://bundles/c", &o).await.unwrap();
    let base = az.public_url("bundles", "c");
    let client = {
        panelcrypt_publish::ensure_tls_provider();
        reqwest::Client::new()
    };
    let r = client
        .get(format!("{base}/header.pcb"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "no-cache");
    assert_eq!(r.headers()["content-type"], "application/octet-stream");
    for name in b.object_names() {
        let r = client.get(format!("{base}/o/{name}")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(
            r.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(r.headers()["content-type"], "application/octet-stream");
    }
    assert_eq!(read_over_http(&base).await.unwrap(), expected(&b));
}

#[tokio::test]
async fn interrupted_publish_keeps_readers_on_the_old_bundle_and_a_rerun_completes_it() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    let url = "az://bundles/p";
    let base = az.public_url("bundles", "p");
    let old = make_bundle(3, "old");
    publish(old.path(), url, &opts(&az)).await.unwrap();

    // The new bundle's publish dies after 2 of its 5 objects, with --prune
    // asked for: nothing of the old bundle may be touched.
    let new = make_bundle(5, "new");
    let t = open_target(url, &az.options()).unwrap();
    let w = Wrapped::new(Arc::clone(&t.store), Some(2));
    let wt = Target::from_store(w.clone(), t.prefix.clone(), "az://bundles/p");
    let o = PublishOptions {
        prune: true,
        concurrency: 1,
        ..opts(&az)
    };
    let e = publish_to(&validate_bundle(new.path()).unwrap(), &wt, &o)
        .await
        .unwrap_err();
    let msg = e.to_string();
    eprintln!("{msg}");
    assert!(
        matches!(
            e,
            Error::Store {
                header_live: false,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(
        msg.contains("readers still see the previous bundle")
            && msg.contains("run the same publish again"),
        "{msg}"
    );
    assert_eq!(
        w.ops().iter().filter(|op| matches!(op, Op::Put(_))).count(),
        2
    );
    assert!(w.ops().iter().all(|op| !matches!(op, Op::Delete(_))));

    // Readers: the old header, and every old object, decrypt fine.
    assert_eq!(remote_header(&t).await.unwrap(), old.header);
    assert_eq!(read_over_http(&base).await.unwrap(), expected(&old));
    let remote = remote_objects(&t).await;
    for n in old.object_names() {
        assert!(remote.contains(&n), "old object {n} is gone");
    }
    assert_eq!(remote.len(), 3 + 2);

    // Re-run: only the 3 missing objects go up, then the header, then prune.
    let s = publish(new.path(), url, &o).await.unwrap();
    assert_eq!(s.uploaded.len(), 3, "{s:?}");
    assert_eq!(s.skipped, 2);
    assert_eq!(s.header, HeaderChange::Replaced);
    assert_eq!(s.pruned, old.object_names());
    assert_eq!(read_over_http(&base).await.unwrap(), expected(&new));
    assert_eq!(remote_objects(&t).await, new.object_names());
}

#[tokio::test]
async fn a_new_bundle_goes_up_while_the_old_header_stays_live_and_prune_runs_after_the_switch() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    let url = "az://bundles/p";
    let base = az.public_url("bundles", "p");
    let old = make_bundle(3, "old");
    publish(old.path(), url, &opts(&az)).await.unwrap();
    let t = open_target(url, &az.options()).unwrap();
    // Something under o/ that is not an object: --prune leaves it alone.
    t.store
        .put(&t.object_dir().join("README.txt"), "not an object".into())
        .await
        .unwrap();

    let new = make_bundle(4, "new");
    let w = Wrapped::new(Arc::clone(&t.store), None);
    let wt = Target::from_store(w.clone(), t.prefix.clone(), "az://bundles/p");
    let o = PublishOptions {
        prune: true,
        ..opts(&az)
    };
    let s = publish_to(&validate_bundle(new.path()).unwrap(), &wt, &o)
        .await
        .unwrap();
    assert_eq!(s.uploaded.len(), 4);
    assert_eq!(s.header, HeaderChange::Replaced);
    assert_eq!(s.pruned, old.object_names());
    assert_eq!(s.foreign, vec!["README.txt".to_string()]);

    // Order: all new objects, then the header, then the deletes, which
    // are exactly the old bundle's objects.
    let ops = w.ops();
    let header = StorePath::from("p/header.pcb").to_string();
    let hpos = ops
        .iter()
        .position(|op| *op == Op::Put(header.clone()))
        .expect("header written");
    for n in new.object_names() {
        let p = ops
            .iter()
            .position(|op| *op == Op::Put(format!("p/o/{n}")))
            .expect("object written");
        assert!(p < hpos, "object {n} written after the header");
    }
    let deletes: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| matches!(op, Op::Delete(_)))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(deletes.len(), 3);
    assert!(deletes.iter().all(|&i| i > hpos), "{ops:?}");
    let mut deleted: Vec<String> = ops
        .iter()
        .filter_map(|op| match op {
            Op::Delete(p) => Some(p.trim_start_matches("p/o/").to_string()),
            Op::Put(_) => None,
        })
        .collect();
    deleted.sort();
    assert_eq!(deleted, old.object_names());

    let mut want = new.object_names();
    want.push("README.txt".into());
    want.sort();
    assert_eq!(remote_objects(&t).await, want);
    assert_eq!(read_over_http(&base).await.unwrap(), expected(&new));
}

#[tokio::test]
async fn dry_run_writes_nothing_and_reports_the_plan() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    let old = make_bundle(2, "old");
    publish(old.path(), "az://bundles/p", &opts(&az))
        .await
        .unwrap();
    let new = make_bundle(3, "new");
    let o = PublishOptions {
        dry_run: true,
        prune: true,
        ..opts(&az)
    };
    let s = publish(new.path(), "az://bundles/p", &o).await.unwrap();
    assert!(s.dry_run);
    assert_eq!(s.uploaded, new.object_names());
    assert_eq!(s.header, HeaderChange::Replaced);
    assert_eq!(s.pruned, old.object_names());
    assert!(s.to_string().starts_with("dry run, nothing written"), "{s}");
    let t = open_target("az://bundles/p", &az.options()).unwrap();
    assert_eq!(remote_objects(&t).await, old.object_names());
    assert_eq!(remote_header(&t).await.unwrap(), old.header);
}

#[tokio::test]
async fn wrong_credentials_name_the_variables_to_check_and_never_the_key() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    let b = make_bundle(1, "x");
    // Valid base64, wrong key.
    let wrong = "d3JvbmcgcGFzc3dvcmQgd3JvbmcgcGFzc3dvcmQgd3Jvbmc=";
    let o = PublishOptions {
        store_options: vec![(
            "azure_storage_connection_string".into(),
            az.connection_string(wrong),
        )],
        progress: false,
        ..PublishOptions::default()
    };
    let e = publish(b.path(), "az://bundles/p", &o).await.unwrap_err();
    let msg = e.to_string();
    eprintln!("{msg}");
    assert!(matches!(e, Error::Credentials { .. }), "{e:?}");
    for var in [
        "AZURE_STORAGE_ACCOUNT_NAME",
        "AZURE_STORAGE_ACCOUNT_KEY",
        "AZURE_STORAGE_CONNECTION_STRING",
    ] {
        assert!(msg.contains(var), "{msg}");
    }
    assert!(!msg.contains(wrong), "the key leaked: {msg}");
    assert!(!msg.contains(common::ACCOUNT_KEY), "the key leaked: {msg}");

    // A key that is not even base64 is reported by name, not echoed.
    let o = PublishOptions {
        store_options: vec![(
            "azure_storage_connection_string".into(),
            az.connection_string("not base64 ~~~ secret"),
        )],
        progress: false,
        ..PublishOptions::default()
    };
    let msg = publish(b.path(), "az://bundles/p", &o)
        .await
        .unwrap_err()
        .to_string();
    assert!(msg.contains("not valid base64"), "{msg}");
    assert!(!msg.contains("secret"), "{msg}");

    // Nothing was written with the wrong key.
    let t = open_target("az://bundles/p", &az.options()).unwrap();
    assert!(remote_objects(&t).await.is_empty());
}

#[tokio::test]
async fn a_missing_container_says_how_to_create_it() {
    let az = Azurite::start();
    let b = make_bundle(1, "x");
    let e = publish(b.path(), "az://nosuch/p", &opts(&az))
        .await
        .unwrap_err();
    let msg = e.to_string();
    eprintln!("{msg}");
    assert!(matches!(e, Error::MissingContainer { .. }), "{e:?}");
    assert!(
        msg.contains("az storage container create --name nosuch --public-access blob"),
        "{msg}"
    );
}

#[tokio::test]
async fn a_broken_bundle_is_refused_before_anything_is_uploaded() {
    let az = Azurite::start();
    az.create_container("bundles", true).await;
    let b = make_bundle(3, "x");
    let victim = b.path().join("o").join(&b.object_names()[1]);
    let len = std::fs::metadata(&victim).unwrap().len();
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&victim)
        .unwrap();
    f.set_len(len - 1).unwrap();
    let e = publish(b.path(), "az://bundles/p", &opts(&az))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidBundle { .. }), "{e:?}");
    assert!(
        e.to_string()
            .contains("not the length of any encrypted object"),
        "{e}"
    );
    let t = open_target("az://bundles/p", &az.options()).unwrap();
    assert!(remote_objects(&t).await.is_empty());
    assert!(remote_header(&t).await.is_none());
}

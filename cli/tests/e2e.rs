//! The real binary on real files: every image format, broken files, symlink
//! loops, unreadable files, seal → open round trips, tampering, atomicity.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use common::*;

const VARIANTS: &str = "64,128";

fn seal_set(env: &Env) {
    env.write("images/a.png", &png(300, 200, 1));
    env.write("images/alpha.png", &png_alpha(200, 150, 2));
    env.write("images/photos/b.jpg", &jpeg(320, 240, 3));
    env.write("images/anim.gif", &gif(90, 60, 4));
    env.write("images/c.webp", &webp(160, 100, 5));
    env.write("images/scan.tiff", &tiff(100, 80, 6));
    env.write("images/d/deeper/e.png", &png(40, 30, 7));
}

#[test]
fn keygen_writes_a_private_file_and_never_overwrites() {
    let env = Env::new();
    let mode = fs::metadata(env.p("master.key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let before = fs::read(env.p("master.key")).unwrap();
    let o = env.run(&["keygen", "-o", "master.key"]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("already exists; refusing to overwrite"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(env.p("master.key")).unwrap(), before);
    // The text form of the key works from the environment too, and gives the same recipients.
    let r = env.recipient("user:alice", "xwing");
    let text = String::from_utf8(before).unwrap();
    let o = cmd(env.path())
        .env("PANELCRYPT_MASTER_KEY", &text)
        .args(["recipients", "user:Alice"])
        .output()
        .unwrap();
    expect_code(&o, 0);
    assert!(stdout(&o).starts_with(&r), "{}", stdout(&o));
    assert!(stdout(&o).contains("# user:alice (xwing, epoch 0)"));
}

#[test]
fn passphrase_protected_key_file() {
    let env = Env::new();
    let o = cmd(env.path())
        .env("PANELCRYPT_KEY_PASSPHRASE", "correct horse battery")
        .args(["keygen", "--passphrase", "-o", "protected.key"])
        .output()
        .unwrap();
    expect_code(&o, 0);
    assert!(
        fs::read_to_string(env.p("protected.key"))
            .unwrap()
            .contains("PANELCRYPT-MASTER-ENC-1")
    );
    // No terminal, no variable: says which variable to set.
    let o = env.run(&["recipients", "--key-file", "protected.key", "team:ops"]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("PANELCRYPT_KEY_PASSPHRASE"),
        "{}",
        stderr(&o)
    );
    let o = cmd(env.path())
        .env("PANELCRYPT_KEY_PASSPHRASE", "wrong")
        .args(["recipients", "--key-file", "protected.key", "team:ops"])
        .output()
        .unwrap();
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("wrong passphrase for the master key"),
        "{}",
        stderr(&o)
    );
    let o = cmd(env.path())
        .env("PANELCRYPT_KEY_PASSPHRASE", "correct horse battery")
        .args(["recipients", "--key-file", "protected.key", "team:ops"])
        .output()
        .unwrap();
    expect_code(&o, 0);
    assert!(stdout(&o).starts_with("pcpq1"));
}

#[test]
fn seal_and_open_every_format_byte_for_byte() {
    let env = Env::new();
    seal_set(&env);
    // Bytes of a PNG under a .jpg name: sniffed as PNG, with a warning.
    env.write("images/misnamed.jpg", &png(50, 50, 8));
    env.write("images/notes.txt", b"plain text, sealed as opaque bytes");
    let alice = env.recipient("user:alice", "xwing");
    let ops = env.recipient("team:ops", "x25519");
    let o = env.run(&[
        "seal",
        "images",
        "-o",
        "dist",
        "--to",
        &alice,
        "--to",
        &ops,
        "--variants",
        VARIANTS,
        "--allow-non-images",
        "--json",
    ]);
    expect_code(&o, 0);
    assert!(
        stderr(&o).contains("misnamed.jpg: its bytes are PNG"),
        "{}",
        stderr(&o)
    );
    let j = json(&o);
    assert_eq!(j["files_sealed"], 9);
    assert_eq!(j["files_skipped"], 0);
    let entries = j["entries"].as_array().unwrap();
    let by_name = |n: &str| {
        entries
            .iter()
            .find(|e| e["name"] == n)
            .unwrap_or_else(|| panic!("{n} in {j}"))
    };
    assert_eq!(by_name("a.png")["type"], "image/png");
    assert_eq!(by_name("a.png")["variants"], serde_json::json!([64, 128]));
    assert_eq!(by_name("a.png")["width"], 300);
    assert_eq!(by_name("a.png")["placeholder"], true);
    assert_eq!(by_name("photos/b.jpg")["type"], "image/jpeg");
    assert_eq!(by_name("anim.gif")["type"], "image/gif");
    assert_eq!(by_name("anim.gif")["variants"], serde_json::json!([64]));
    assert_eq!(by_name("c.webp")["type"], "image/webp");
    assert_eq!(by_name("scan.tiff")["type"], "image/tiff");
    assert_eq!(by_name("misnamed.jpg")["type"], "image/png");
    assert_eq!(by_name("notes.txt")["type"], "application/octet-stream");
    // Too small for any variant width, but a browser cannot show TIFF: one web copy at full width.
    assert_eq!(
        by_name("scan.tiff")["variants"],
        serde_json::json!([64, 100])
    );
    assert_eq!(by_name("d/deeper/e.png")["variants"], serde_json::json!([]));

    for who in ["user:alice", "team:ops"] {
        let out = format!("out-{}", who.replace(':', "-"));
        let o = env.run(&[
            "open",
            "dist",
            "-o",
            &out,
            "--as",
            who,
            "--key-file",
            "master.key",
        ]);
        expect_code(&o, 0);
        assert_eq!(tree(&env.p(&out)), tree(&env.p("images")), "as {who}");
        let mode = fs::metadata(env.p(&out).join("a.png"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Everything, variants included, decrypts.
    let o = env.run(&[
        "verify",
        "dist",
        "--as",
        "team:ops",
        "--key-file",
        "master.key",
        "--json",
    ]);
    expect_code(&o, 0);
    let j = json(&o);
    assert_eq!(j["ok"], true);
    assert!(j["objects_checked"].as_u64().unwrap() > 9);
    // Someone else is refused with a clear message.
    let o = env.run(&[
        "open",
        "dist",
        "-o",
        "x",
        "--as",
        "user:mallory",
        "--key-file",
        "master.key",
    ]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("was not sealed to user:mallory"),
        "{}",
        stderr(&o)
    );
    // Opening again does not overwrite without --force.
    let o = env.run(&[
        "open",
        "dist",
        "-o",
        "out-user-alice",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
    ]);
    expect_code(&o, 1);
    assert!(stdout(&o).contains("--force"));
    let o = env.run(&[
        "open",
        "dist",
        "-o",
        "out-user-alice",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
        "--force",
    ]);
    expect_code(&o, 0);
}

#[test]
fn passphrase_slot_recovers_without_the_master_key() {
    let env = Env::new();
    env.write("images/a.png", &png(120, 90, 1));
    env.write("images/b.jpg", &jpeg(90, 120, 2));
    let o = cmd(env.path())
        .env("PANELCRYPT_BUNDLE_PASSPHRASE", "recovery words")
        .args([
            "seal",
            "images",
            "-o",
            "dist",
            "--passphrase-slot",
            "--no-variants",
        ])
        .output()
        .unwrap();
    expect_code(&o, 0);
    let o = env.run(&["inspect", "dist"]);
    expect_code(&o, 0);
    assert!(
        stdout(&o).contains("1 passphrase (Argon2id)"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("Argon2id, 64 MiB, 3 passes"),
        "{}",
        stdout(&o)
    );
    fs::remove_file(env.p("master.key")).unwrap();
    let o = env.run(&["open", "dist", "-o", "out", "--passphrase"]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("PANELCRYPT_BUNDLE_PASSPHRASE"),
        "{}",
        stderr(&o)
    );
    let o = cmd(env.path())
        .env("PANELCRYPT_BUNDLE_PASSPHRASE", "wrong words")
        .args(["open", "dist", "-o", "out", "--passphrase"])
        .output()
        .unwrap();
    expect_code(&o, 2);
    assert!(stderr(&o).contains("wrong passphrase"), "{}", stderr(&o));
    assert!(!env.p("out/a.png").exists());
    let o = cmd(env.path())
        .env("PANELCRYPT_BUNDLE_PASSPHRASE", "recovery words")
        .args(["open", "dist", "-o", "out", "--passphrase"])
        .output()
        .unwrap();
    expect_code(&o, 0);
    assert_eq!(tree(&env.p("out")), tree(&env.p("images")));
}

#[test]
fn broken_files_are_refused_by_name_and_the_rest_sealed() {
    let env = Env::new();
    let alice = env.recipient("user:alice", "x25519");
    env.write("in/good.png", &png(100, 100, 1));
    let full = png(400, 300, 2);
    env.write("in/truncated.png", &full[..full.len() / 2]);
    env.write("in/bomb.png", &png_header_claiming(100_000, 100_000));
    env.write(
        "in/big-but-allowed-dims.png",
        &png_header_claiming(16_000, 16_000),
    );
    env.write("in/empty.jpg", b"");
    env.write("in/readme.md", b"# not an image\n");
    env.write("in/old.bmp", b"BM\x3a\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0\x01\0\0\0\x01\0\0\0\x01\0\x18\0\0\0\0\0\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xff\0");
    let o = env.run(&["seal", "in", "-o", "dist", "--to", &alice, "--json"]);
    expect_code(&o, 1);
    let j = json(&o);
    assert_eq!(j["files_sealed"], 1, "{j}");
    let reasons: Vec<(String, String)> = j["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let reason = |name: &str| {
        reasons
            .iter()
            .find(|(p, _)| p.ends_with(name))
            .unwrap_or_else(|| panic!("{name} not reported: {reasons:?}"))
            .1
            .clone()
    };
    assert!(
        reason("truncated.png").contains("PNG image"),
        "{}",
        reason("truncated.png")
    );
    assert!(
        reason("bomb.png").contains("100000x100000"),
        "{}",
        reason("bomb.png")
    );
    assert!(reason("bomb.png").contains("decompression bomb"));
    assert!(
        reason("big-but-allowed-dims.png").contains("MiB to decode"),
        "{}",
        reason("big-but-allowed-dims.png")
    );
    assert!(reason("empty.jpg").contains("empty file"));
    assert!(reason("readme.md").contains("not an image"));
    assert!(reason("readme.md").contains("--allow-non-images"));
    assert!(reason("old.bmp").contains("BMP images are not supported"));
    // The human form names them too.
    let o = env.run(&["seal", "in", "-o", "dist2", "--to", &alice]);
    expect_code(&o, 1);
    assert!(
        stderr(&o).contains("skipped ") && stderr(&o).contains("truncated.png"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains("skipped 6 (exit status 1)"),
        "{}",
        stdout(&o)
    );
    // --strict: fatal, nothing written.
    let o = env.run(&["seal", "in", "-o", "strict", "--to", &alice, "--strict"]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("--strict: no bundle written"),
        "{}",
        stderr(&o)
    );
    assert!(!env.p("strict").exists());
    assert!(fs::read_dir(env.path()).unwrap().all(|e| {
        !e.unwrap()
            .file_name()
            .to_string_lossy()
            .contains("panelcrypt-tmp")
    }));
    // Header-only checks still catch the bomb; a full decode catches the truncation.
    let o = env.run(&[
        "seal",
        "in/bomb.png",
        "in/truncated.png",
        "-o",
        "h",
        "--to",
        &alice,
        "--no-variants",
        "--json",
    ]);
    expect_code(&o, 1);
    assert_eq!(json(&o)["files_sealed"], 1);
    let o = env.run(&[
        "seal",
        "in/bomb.png",
        "in/truncated.png",
        "-o",
        "f",
        "--to",
        &alice,
        "--no-variants",
        "--validate",
        "full",
    ]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("all 2 files were skipped"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn symlink_loops_and_broken_links_are_reported() {
    let env = Env::new();
    let alice = env.recipient("user:alice", "x25519");
    env.write("in/a.png", &png(20, 20, 1));
    env.write("in/sub/b.png", &png(20, 20, 2));
    std::os::unix::fs::symlink("..", env.p("in/sub/loop")).unwrap();
    std::os::unix::fs::symlink("nowhere.png", env.p("in/dangling.png")).unwrap();
    std::os::unix::fs::symlink("a.png", env.p("in/link-to-a.png")).unwrap();
    let o = env.run(&["seal", "in", "-o", "dist", "--to", &alice, "--json"]);
    expect_code(&o, 1);
    let j = json(&o);
    let names: Vec<&str> = j["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a.png", "link-to-a.png", "sub/b.png"]);
    let skipped = j["skipped"].to_string();
    assert!(skipped.contains("symbolic link loop"), "{skipped}");
    assert!(skipped.contains("sub/loop"), "{skipped}");
    assert!(skipped.contains("broken symbolic link"), "{skipped}");
}

#[test]
fn unreadable_files_fifos_and_odd_names_are_reported() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::process::CommandExt;
    let env = Env::new();
    let alice = env.recipient("user:alice", "x25519");
    env.write("in/ok.png", &png(20, 20, 1));
    let secret = env.write("in/secret.png", &png(20, 20, 2));
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    // A named pipe: opening it would block forever; it must be skipped, not hang.
    rustix::fs::mknodat(
        rustix::fs::CWD,
        env.p("in/pipe.png"),
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o644),
        0,
    )
    .unwrap();
    // A file name that is not UTF-8 cannot be a logical name.
    let bad = env
        .p("in")
        .join(std::ffi::OsStr::from_bytes(b"bad\xff.png"));
    fs::write(&bad, png(20, 20, 3)).unwrap();
    // Root reads mode-000 files anyway, so as root the seal runs as `nobody`.
    let is_root = std::os::unix::fs::MetadataExt::uid(&fs::metadata(env.path()).unwrap()) == 0;
    if is_root {
        fs::set_permissions(env.path(), fs::Permissions::from_mode(0o777)).unwrap();
    }
    let mut c = cmd(env.path());
    c.args(["seal", "in", "-o", "dist", "--to", &alice, "--json"]);
    if is_root {
        c.uid(65534).gid(65534);
    }
    let o = c.output().unwrap();
    expect_code(&o, 1);
    let j = json(&o);
    assert_eq!(j["files_sealed"], 1, "{j}");
    let skipped = j["skipped"].to_string();
    assert!(
        skipped.contains("secret.png") && skipped.contains("permission denied"),
        "{skipped}"
    );
    assert!(
        skipped.contains("pipe.png") && skipped.contains("named pipe"),
        "{skipped}"
    );
    assert!(skipped.contains("not valid UTF-8"), "{skipped}");
}

#[test]
fn verify_and_open_catch_tampered_objects() {
    let env = Env::new();
    seal_set(&env);
    let alice = env.recipient("user:alice", "xwing");
    let o = env.run(&[
        "seal",
        "images",
        "-o",
        "dist",
        "--to",
        &alice,
        "--variants",
        VARIANTS,
    ]);
    expect_code(&o, 0);
    let o = env.run(&["verify", "dist"]);
    expect_code(&o, 0);
    assert!(stdout(&o).contains("structure ok"), "{}", stdout(&o));
    let o = env.run(&[
        "verify",
        "dist",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
    ]);
    expect_code(&o, 0);
    assert!(stdout(&o).contains("intact"), "{}", stdout(&o));

    // Flip one bit in the middle of the largest object: same length, so only keys can tell.
    let mut objs: Vec<_> = fs::read_dir(env.p("dist/o"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    objs.sort_by_key(|p| std::cmp::Reverse(fs::metadata(p).unwrap().len()));
    let victim = objs[0].clone();
    let mut bytes = fs::read(&victim).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    fs::write(&victim, &bytes).unwrap();
    let o = env.run(&["verify", "dist"]);
    expect_code(&o, 0);
    let o = env.run(&[
        "verify",
        "dist",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
        "--json",
    ]);
    expect_code(&o, 1);
    let j = json(&o);
    let bad: Vec<_> = j["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["ok"] == false)
        .collect();
    assert_eq!(bad.len(), 1, "{j}");
    assert_eq!(
        bad[0]["object"],
        victim.file_name().unwrap().to_str().unwrap()
    );
    let bad_name = bad[0]["name"].as_str().unwrap().to_string();
    let o = env.run(&[
        "verify",
        "dist",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
    ]);
    expect_code(&o, 1);
    assert!(
        stdout(&o).contains("DAMAGED") && stdout(&o).contains(&bad_name),
        "{}",
        stdout(&o)
    );
    // open writes the intact files, never a partial damaged one.
    let o = env.run(&[
        "open",
        "dist",
        "-o",
        "out",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
    ]);
    expect_code(&o, 1);
    if bad[0]["width"] == 0 {
        assert!(!env.p("out").join(&bad_name).exists());
    }
    assert!(fs::read_dir(env.p("out")).unwrap().all(|e| {
        !e.unwrap()
            .file_name()
            .to_string_lossy()
            .contains("panelcrypt-tmp")
    }));

    // Truncation shows without keys.
    let f = fs::OpenOptions::new().write(true).open(&objs[1]).unwrap();
    f.set_len(fs::metadata(&objs[1]).unwrap().len() - 1)
        .unwrap();
    let o = env.run(&["verify", "dist"]);
    expect_code(&o, 1);
    assert!(
        stdout(&o).contains("truncated or extended"),
        "{}",
        stdout(&o)
    );
    // A modified header does not authenticate.
    let mut h = fs::read(env.p("dist/header.pcb")).unwrap();
    let last = h.len() - 1;
    h[last] ^= 1;
    fs::write(env.p("dist/header.pcb"), &h).unwrap();
    let o = env.run(&[
        "open",
        "dist",
        "-o",
        "out2",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
    ]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("wrong key or passphrase, or the bundle was modified"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn inspect_shows_what_the_host_sees_and_nothing_more() {
    let env = Env::new();
    seal_set(&env);
    let a = env.recipient("user:alice", "xwing");
    let b = env.recipient("team:ops", "x25519");
    let o = env.run(&[
        "seal",
        "images",
        "-o",
        "dist",
        "--to",
        &a,
        "--to",
        &b,
        "--no-variants",
    ]);
    expect_code(&o, 0);
    let o = env.run(&["inspect", "dist"]);
    expect_code(&o, 0);
    let out = stdout(&o);
    assert!(
        out.contains("key slots       2: 1 X-Wing (post-quantum hybrid), 1 X25519"),
        "{out}"
    );
    assert!(out.contains("objects         7 file(s)"), "{out}");
    for hidden in ["a.png", "photos", "alice", "ops", "image/"] {
        assert!(!out.contains(hidden), "inspect leaks {hidden}: {out}");
    }
    let o = env.run(&["inspect", "dist", "--json"]);
    let j = json(&o);
    assert_eq!(j["object_count"], 7);
    assert_eq!(j["key_slots"], 2);
    let o = env.run(&["inspect", "images"]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("not a panelcrypt bundle"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_ci_job_needs_only_the_config_and_public_recipients() {
    let env = Env::new();
    seal_set(&env);
    let a = env.recipient("team:plant-ops", "xwing");
    let b = env.recipient("role:Admin", "x25519");
    // What `panelcrypt recipients` prints goes straight into the file, comments and all.
    let r = env.run(&["recipients", "--key-file", "master.key", "team:plant-ops"]);
    fs::create_dir_all(env.p("ci")).unwrap();
    fs::write(
        env.p("ci/recipients.txt"),
        format!("# who may see the plant images\n{}\n", stdout(&r)),
    )
    .unwrap();
    assert!(stdout(&r).starts_with(&a));
    fs::write(
        env.p("ci/panelcrypt.toml"),
        format!("[seal]\nrecipients = [\"{b}\"]\nrecipients_file = \"recipients.txt\"\noutput = \"dist\"\nvariants = [64]\n"),
    )
    .unwrap();
    fs::rename(env.p("images"), env.p("ci/images")).unwrap();
    // The CI machine has no master key at all.
    fs::rename(env.p("master.key"), env.p("admin.key")).unwrap();
    let o = run(&env.p("ci"), &["seal", "images/", "-o", "dist/"]);
    expect_code(&o, 0);
    let o = run(&env.p("ci"), &["seal", "images/", "--json"]);
    expect_code(&o, 0);
    assert_eq!(json(&o)["key_slots"], 2);
    assert_eq!(json(&o)["entries"][0]["variants"], serde_json::json!([64]));
    for who in ["team:plant-ops", "role:Admin"] {
        let o = env.run(&[
            "open",
            "ci/dist",
            "-o",
            &format!("out-{who}"),
            "--as",
            who,
            "--key-file",
            "admin.key",
        ]);
        expect_code(&o, 0);
        assert_eq!(
            tree(&env.p(&format!("out-{who}"))),
            tree(&env.p("ci/images"))
        );
    }
    // A typo in the config is named.
    fs::write(env.p("ci/panelcrypt.toml"), "[seal]\nrecipient = []\n").unwrap();
    let o = run(&env.p("ci"), &["seal", "images/"]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("panelcrypt.toml is not a valid panelcrypt config"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("recipient"), "{}", stderr(&o));
}

#[test]
fn resealing_swaps_bundles_atomically_and_cleans_up() {
    let env = Env::new();
    let a = env.recipient("user:alice", "x25519");
    env.write("v1/a.png", &png(30, 30, 1));
    env.write("v2/b.png", &png(30, 30, 2));
    expect_code(&env.run(&["seal", "v1", "-o", "out/dist", "--to", &a]), 0);
    expect_code(&env.run(&["seal", "v2", "-o", "out/dist", "--to", &a]), 0);
    let leftovers: Vec<_> = fs::read_dir(env.p("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, [std::ffi::OsString::from("dist")]);
    expect_code(
        &env.run(&[
            "open",
            "out/dist",
            "-o",
            "o",
            "--as",
            "user:alice",
            "--key-file",
            "master.key",
        ]),
        0,
    );
    assert_eq!(tree(&env.p("o")), tree(&env.p("v2")));
    // Never replaces something that is not a bundle.
    env.write("precious/file.txt", b"keep me");
    let o = env.run(&["seal", "v1", "-o", "precious", "--to", &a]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("holds no panelcrypt bundle"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(env.p("precious/file.txt")).unwrap(), b"keep me");
    // A bundle inside the folder being sealed is not sealed into itself.
    env.write("site/img/c.png", &png(30, 30, 3));
    expect_code(
        &env.run(&["seal", "site", "-o", "site/dist", "--to", &a]),
        0,
    );
    let o = env.run(&["seal", "site", "-o", "site/dist", "--to", &a, "--json"]);
    expect_code(&o, 0);
    assert_eq!(json(&o)["files_sealed"], 1);
    // Two inputs that would share a logical name are an error.
    env.write("x/same.png", &png(10, 10, 1));
    env.write("y/same.png", &png(10, 10, 2));
    let o = env.run(&["seal", "x/same.png", "y/same.png", "-o", "d", "--to", &a]);
    expect_code(&o, 2);
    assert!(
        stderr(&o).contains("same name \"same.png\""),
        "{}",
        stderr(&o)
    );
    // Never seals a master key, even when told to seal anything.
    env.write("keys/k.png", &png(10, 10, 1));
    fs::copy(env.p("master.key"), env.p("keys/master.key")).unwrap();
    let o = env.run(&["seal", "keys", "-o", "k", "--to", &a, "--allow-non-images"]);
    expect_code(&o, 1);
    assert!(
        stderr(&o).contains("master key; it must never be sealed"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_seal_killed_mid_run_leaves_the_old_bundle_intact() {
    let env = Env::new();
    let a = env.recipient("user:alice", "x25519");
    env.write("small/a.png", &png(64, 48, 1));
    env.write("small/b.jpg", &jpeg(64, 48, 2));
    expect_code(&env.run(&["seal", "small", "-o", "dist", "--to", &a]), 0);
    let before = tree(&env.p("dist"));
    // A big input: sparse files read fast but take a while to encrypt and write.
    fs::create_dir(env.p("big")).unwrap();
    for i in 0..4 {
        let f = fs::File::create(env.p(&format!("big/blob{i}.bin"))).unwrap();
        f.set_len(512 << 20).unwrap();
    }
    let mut child = cmd(env.path())
        .args([
            "seal",
            "big",
            "-o",
            "dist",
            "--to",
            &a,
            "--allow-non-images",
            "--no-variants",
            "--jobs",
            "1",
            "--quiet",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until it is writing objects into its temporary directory, then SIGKILL it.
    let started = Instant::now();
    let tmp = loop {
        let found = fs::read_dir(env.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(".dist.panelcrypt-tmp-")
                    && fs::read_dir(p.join("o")).is_ok_and(|mut d| {
                        d.next().is_some_and(|e| {
                            fs::metadata(e.unwrap().path()).is_ok_and(|m| m.len() > 0)
                        })
                    })
            });
        if let Some(p) = found {
            break p;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "seal finished before it could be interrupted"
        );
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "seal never started writing"
        );
        std::thread::sleep(Duration::from_millis(2));
    };
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(tree(&env.p("dist")), before, "the old bundle changed");
    let o = env.run(&[
        "open",
        "dist",
        "-o",
        "out",
        "--as",
        "user:alice",
        "--key-file",
        "master.key",
    ]);
    expect_code(&o, 0);
    assert_eq!(tree(&env.p("out")), tree(&env.p("small")));
    // The next run is not disturbed by the leftover temporary directory.
    assert!(tmp.exists());
    fs::remove_dir_all(env.p("big")).unwrap();
    env.write("small/c.png", &png(10, 10, 3));
    expect_code(&env.run(&["seal", "small", "-o", "dist", "--to", &a]), 0);
    expect_code(
        &env.run(&[
            "verify",
            "dist",
            "--as",
            "user:alice",
            "--key-file",
            "master.key",
        ]),
        0,
    );
}

#[test]
fn man_pages_and_completions_come_from_the_same_definitions() {
    let env = Env::new();
    expect_code(&env.run(&["generate-man", "man"]), 0);
    for page in [
        "panelcrypt.1",
        "panelcrypt-seal.1",
        "panelcrypt-open.1",
        "panelcrypt-verify.1",
        "panelcrypt-inspect.1",
        "panelcrypt-keygen.1",
        "panelcrypt-recipients.1",
    ] {
        let text = fs::read_to_string(env.p("man").join(page)).unwrap();
        assert!(text.contains(".TH"), "{page}");
    }
    assert!(
        fs::read_to_string(env.p("man/panelcrypt-seal.1"))
            .unwrap()
            .contains("passphrase\\-slot")
    );
    for shell in ["bash", "zsh", "fish"] {
        let o = env.run(&["completions", shell]);
        expect_code(&o, 0);
        assert!(stdout(&o).contains("passphrase-slot"), "{shell}");
    }
}

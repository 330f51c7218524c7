//! Snapshot tests of help text and error messages (trycmd): `tests/cmd/*.toml`
//! run against fixtures in `tests/cmd/fixtures/` (a test master key, a
//! passphrase-protected one, and a bundle sealed to `user:alice` with the
//! recovery passphrase `fixture passphrase`); `tests/cmd/*.md` hold help
//! output. Refresh with `TRYCMD=overwrite cargo test -p panelcrypt --test cli`.

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new()
        .register_bin(
            "panelcrypt",
            std::path::Path::new(env!("CARGO_BIN_EXE_panelcrypt")),
        )
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.md");
}

//! `panelcrypt`: seal folders of images into encrypted bundles that only
//! signed-in Grafana users can view; open, verify and inspect bundles.
//!
//! This file parses the command line and dispatches; each command lives in
//! `cmd/`.

mod atomic;
mod bundle_dir;
mod cmd;
mod config;
mod demo;
mod error;
mod imaging;
mod output;
mod progress;
mod rng;
mod secrets;
mod walk;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

const ABOUT: &str = "Encrypt images so that only people signed in to Grafana can see them";

const LONG_ABOUT: &str = "\
Encrypt images so that only people signed in to Grafana can see them.

panelcrypt seals folders of images into bundles: opaque, padded, encrypted
files that can live on any public static host. A bundle is sealed to
*recipients*, the public keys of Grafana principals (user:<login>,
team:<name>[@org], role:<Viewer|Editor|Admin>[@org]), derived from one master
secret that only the key service holds. Sealing needs only public recipients,
so CI never holds a secret that can decrypt anything.";

const EXAMPLES: &str = "\
Examples:
  # Once, on the admin's machine: a master key, and recipients for the config
  panelcrypt keygen --passphrase
  panelcrypt recipients team:plant-ops role:Admin >> recipients.txt

  # Laptop or CI: seal a folder (recipients and output from panelcrypt.toml)
  panelcrypt seal images/ -o dist/

  # See what the public host sees; check and recover a bundle
  panelcrypt inspect dist/
  panelcrypt verify dist/ --as team:plant-ops
  panelcrypt open dist/ -o recovered/ --passphrase

Environment:
  PANELCRYPT_KEY_FILE           path of the master key file (like --key-file)
  PANELCRYPT_MASTER_KEY         the master key file's text itself
  PANELCRYPT_KEY_PASSPHRASE     passphrase of a protected master key file
  PANELCRYPT_BUNDLE_PASSPHRASE  passphrase of a bundle's recovery slot
  PANELCRYPT_CONFIG             config file (like seal --config)
Secrets are read from files, these variables or the terminal, never from arguments.

Exit status:
  0  done
  1  done, but something was skipped or failed (seal skipped files; open or
     verify found objects that do not decrypt)
  2  error: nothing was written (or nothing new)";

/// The command line.
#[derive(Parser, Debug)]
#[command(
    name = "panelcrypt",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = EXAMPLES,
    propagate_version = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Keygen(cmd::keygen::Args),
    Recipients(cmd::recipients::Args),
    Seal(cmd::seal::Args),
    Open(cmd::open::Args),
    Verify(cmd::verify::Args),
    Inspect(cmd::inspect::Args),
    /// Print what to paste into a Grafana panel to show images of a bundle
    Snippet(cmd::snippet::Args),
    /// Run the key service: bundle keys for signed-in Grafana users
    Serve(panelcrypt_keyservice::ServeArgs),
    /// Upload a sealed bundle to Azure Blob, S3, GCS or a folder (objects first, header last)
    Publish(panelcrypt_publish::PublishArgs),
    /// Check a published bundle, its CORS rules and the key endpoint, as the browser will
    Doctor(panelcrypt_publish::DoctorArgs),
    Demo(cmd::demo::Args),
    #[command(hide = true, name = "generate-man")]
    GenerateMan(cmd::generate::ManArgs),
    #[command(hide = true)]
    Completions(cmd::generate::CompletionArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Keygen(a) => cmd::keygen::run(a),
        Command::Recipients(a) => cmd::recipients::run(a),
        Command::Seal(a) => cmd::seal::run(a),
        Command::Open(a) => cmd::open::run(a),
        Command::Verify(a) => cmd::verify::run(a),
        Command::Inspect(a) => cmd::inspect::run(a),
        Command::Snippet(a) => cmd::snippet::run(a),
        Command::Serve(a) => cmd::service::serve(a),
        Command::Publish(a) => cmd::service::publish(a),
        Command::Doctor(a) => cmd::service::doctor(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::GenerateMan(a) => cmd::generate::man(a),
        Command::Completions(a) => cmd::generate::completions(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if !e.silent {
                eprintln!("{e}");
            }
            ExitCode::from(e.code)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

//! One module per command, and the arguments several commands share.

pub mod demo;
pub mod generate;
pub mod inspect;
pub mod keygen;
pub mod open;
pub mod recipients;
pub mod seal;
pub mod service;
pub mod snippet;
pub mod verify;

use std::path::PathBuf;

use clap::Args;
use panelcrypt_core::bundle::Header;
use panelcrypt_core::{BundleKey, Error as CoreError, Principal, Suite};

use crate::error::{CliError, Result};
use crate::secrets;

/// Where the master key is.
#[derive(Args, Debug, Clone)]
pub struct KeyArgs {
    /// Master key file [default: ./panelcrypt-master.key, or the key itself in $PANELCRYPT_MASTER_KEY]
    #[arg(
        long,
        value_name = "PATH",
        env = "PANELCRYPT_KEY_FILE",
        hide_env_values = true
    )]
    pub key_file: Option<PathBuf>,
}

/// How to open a bundle: as principals (with the master key) or with the
/// recovery passphrase.
#[derive(Args, Debug, Clone)]
pub struct UnlockArgs {
    /// Open as this principal, with its key derived from the master key (repeatable), e.g. user:alice, team:ops, role:Admin@2
    #[arg(long = "as", value_name = "PRINCIPAL")]
    pub principals: Vec<String>,

    /// Also try key epochs 1..=N (principals' keys rotate by epoch)
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=1000))]
    pub max_epoch: u32,

    /// Open with the bundle's recovery passphrase ($PANELCRYPT_BUNDLE_PASSPHRASE, or asked on the terminal)
    #[arg(long, conflicts_with = "principals")]
    pub passphrase: bool,

    #[command(flatten)]
    pub key: KeyArgs,
}

impl UnlockArgs {
    /// True if the user said how to unlock.
    pub fn given(&self) -> bool {
        self.passphrase || !self.principals.is_empty()
    }

    /// Opens a key slot of `header`. `what` names the bundle in messages.
    pub fn unlock(&self, header: &Header, what: &str) -> Result<BundleKey> {
        if self.passphrase {
            let pass = secrets::passphrase(
                secrets::ENV_BUNDLE_PASSPHRASE,
                "Bundle passphrase: ",
                false,
                &format!("opening {what} with --passphrase"),
            )?;
            return header
                .unlock_passphrase(pass.as_bytes())
                .map_err(|e| match e {
                    CoreError::NoMatchingSlot => CliError::new(format!(
                        "{what} has no passphrase slot (it was sealed without --passphrase-slot)"
                    ))
                    .hint("open it with --as <principal> and the master key"),
                    CoreError::Decrypt => CliError::new(format!("wrong passphrase for {what}"))
                        .hint(format!("check {}", secrets::ENV_BUNDLE_PASSPHRASE)),
                    other => CliError::core(&format!("opening {what}"), &other),
                });
        }
        if self.principals.is_empty() {
            return Err(CliError::new(format!("say how to open {what}")).hint(
                "pass --as <principal> (uses the master key) or --passphrase (the recovery slot)",
            ));
        }
        let principals = parse_principals(&self.principals)?;
        let master = secrets::load_master(self.key.key_file.as_deref())?;
        let mut ids = Vec::new();
        for p in &principals {
            for epoch in 0..=self.max_epoch {
                for suite in Suite::ALL {
                    ids.push(master.identity(p, suite, epoch));
                }
            }
        }
        let names: Vec<String> = principals.iter().map(ToString::to_string).collect();
        let epochs = if self.max_epoch == 0 {
            "key epoch 0".to_string()
        } else {
            format!("key epochs 0 to {}", self.max_epoch)
        };
        header.unlock(&ids).map_err(|e| match e {
            CoreError::NoMatchingSlot => CliError::new(format!(
                "{what} was not sealed to {} (tried {epochs}, both suites)",
                names.join(", "),
            ))
            .hint("check the principals, raise --max-epoch, or check that this is the master key the recipients came from"),
            CoreError::Decrypt => CliError::new(format!(
                "a key slot of {what} matches but does not open: the bundle was modified"
            )),
            other => CliError::core(&format!("opening {what}"), &other),
        })
    }
}

/// Parses principals, naming the bad one.
pub fn parse_principals(raw: &[String]) -> Result<Vec<Principal>> {
    raw.iter()
        .map(|s| {
            s.as_str().parse::<Principal>().map_err(|e| {
                CliError::new(e.to_string())
                    .hint("principals look like user:alice, team:plant-ops, team:ops@2, role:Viewer, role:Admin@2")
            })
        })
        .collect()
}

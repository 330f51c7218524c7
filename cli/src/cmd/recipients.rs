//! `panelcrypt recipients`: the public recipient of each principal.

use clap::{Args as ClapArgs, ValueEnum};
use panelcrypt_core::Suite;

use crate::cmd::{KeyArgs, parse_principals};
use crate::error::{EXIT_OK, Result};
use crate::{output, secrets};

const AFTER: &str = "\
Prints one line per principal, `<recipient>  # <principal> (<suite>, epoch N)`,
ready to paste into a recipients file or the `recipients` list of
panelcrypt.toml. Recipients are public: they can seal, never open.

Principals:
  user:<login>                      a Grafana user (login, case-insensitive)
  team:<name>[@<org id>]            a Grafana team (org 1 by default)
  role:<Viewer|Editor|Admin>[@<org id>]  everyone with at least that org role

Examples:
  panelcrypt recipients team:plant-ops role:Admin > recipients.txt
  panelcrypt recipients --suite x25519 user:alice@example.com
  PANELCRYPT_MASTER_KEY=\"$(cat master.key)\" panelcrypt recipients team:ops@2";

/// Key-slot suite.
#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum SuiteArg {
    /// X-Wing (ML-KEM-768 + X25519): post-quantum hybrid, 1.2 kB per slot
    Xwing,
    /// DHKEM(X25519): classical only, 80 bytes per slot
    X25519,
}

impl From<SuiteArg> for Suite {
    fn from(s: SuiteArg) -> Suite {
        match s {
            SuiteArg::Xwing => Suite::XWing,
            SuiteArg::X25519 => Suite::X25519,
        }
    }
}

/// Print the public recipients of principals (needs the master key)
#[derive(ClapArgs, Debug)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Principals: user:<login>, team:<name>[@org], role:<Viewer|Editor|Admin>[@org]
    #[arg(required = true, value_name = "PRINCIPAL")]
    pub principals: Vec<String>,

    /// Key-slot suite of the recipients
    #[arg(long, value_enum, default_value = "xwing")]
    pub suite: SuiteArg,

    /// Key epoch (raise it to rotate a principal's keys)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub epoch: u32,

    #[command(flatten)]
    pub key: KeyArgs,
}

/// Runs the command.
pub fn run(args: Args) -> Result<u8> {
    let principals = parse_principals(&args.principals)?;
    let master = secrets::load_master(args.key.key_file.as_deref())?;
    let suite: Suite = args.suite.into();
    let mut text = String::new();
    for p in &principals {
        let r = master.recipient(p, suite, args.epoch);
        text.push_str(&format!(
            "{r}  # {p} ({}, epoch {})\n",
            suite.label(),
            args.epoch
        ));
    }
    output::print(&text)?;
    Ok(EXIT_OK)
}

//! Hidden commands for packagers: man pages and shell completions, generated
//! from the same definitions as `--help`.

use std::fs;
use std::io;
use std::path::PathBuf;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::Cli;
use crate::error::{CliError, EXIT_OK, Result};

/// `panelcrypt generate-man <DIR>`.
#[derive(Args, Debug)]
pub struct ManArgs {
    /// Directory to write panelcrypt.1 and panelcrypt-<command>.1 into
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

/// `panelcrypt completions <SHELL>`.
#[derive(Args, Debug)]
pub struct CompletionArgs {
    /// Shell to print a completion script for
    #[arg(value_enum)]
    pub shell: Shell,
}

fn render(cmd: clap::Command, dir: &std::path::Path, name: &str) -> Result<()> {
    let path = dir.join(format!("{name}.1"));
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut buf)
        .map_err(|e| CliError::new(format!("rendering {name}.1: {e}")))?;
    fs::write(&path, buf).map_err(|e| CliError::io("writing", &path, &e))
}

/// Writes the man pages.
pub fn man(args: ManArgs) -> Result<u8> {
    fs::create_dir_all(&args.dir).map_err(|e| CliError::io("creating", &args.dir, &e))?;
    let cmd = Cli::command();
    render(cmd.clone(), &args.dir, "panelcrypt")?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("panelcrypt-{}", sub.get_name());
        render(sub.clone().name(name.clone()), &args.dir, &name)?;
    }
    Ok(EXIT_OK)
}

/// Prints a completion script.
pub fn completions(args: CompletionArgs) -> Result<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "panelcrypt", &mut out);
    io::Write::write_all(&mut io::stdout().lock(), &out).map_err(CliError::stdout)?;
    Ok(EXIT_OK)
}

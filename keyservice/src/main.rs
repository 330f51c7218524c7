//! `panelcrypt-keyservice`: the key service on its own (the same as
//! `panelcrypt serve`). See `docs/DEPLOY.md`.

use std::process::ExitCode;

use clap::Parser;
use panelcrypt_keyservice::{ServeArgs, run};

/// The panelcrypt key service: bundle keys for signed-in Grafana users.
#[derive(Parser)]
#[command(name = "panelcrypt-keyservice", version)]
struct Cli {
    #[command(flatten)]
    serve: ServeArgs,
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.serve).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("panelcrypt-keyservice: {e:#}");
            ExitCode::FAILURE
        }
    }
}

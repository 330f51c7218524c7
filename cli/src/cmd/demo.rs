//! `panelcrypt demo`: flags only; the demo itself lives in `crate::demo`.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args as ClapArgs;

use crate::error::Result;

const AFTER: &str = "\
What it does:
  1. draws three sample images and seals them with `panelcrypt seal`, to
     public recipients only: two for team:plant-ops, one for team:finance;
  2. serves the bundles from a \"public host\" (a loopback port with CORS);
  3. serves a dashboard on a second port, \"Grafana's origin\", with the key
     service under /panelcrypt/ in dev identity mode: you are alice, a member
     of team:plant-ops;
  4. the page renders each panel like Grafana's Text panel: the plant-ops
     images decrypt in your browser, the finance one says you may not see it.
Nothing leaves the machine; the master key exists only in memory.

Examples:
  panelcrypt demo                  # prints the URL to open; Ctrl-C stops
  panelcrypt demo --check          # headless Chromium; exit 0 if all is well
  panelcrypt demo --dir demo-out   # keep the images and sealed bundles

  # On a remote machine: fixed ports, forwarded over SSH, then open
  # http://127.0.0.1:8930/ on your own computer
  panelcrypt demo --port 8930 --host-port 8931
  ssh -L 8930:127.0.0.1:8930 -L 8931:127.0.0.1:8931 <remote>

Exit status (--check):
  0  every allowed image decrypted and the forbidden one showed its message
  1  the page loaded, but something was not as expected (listed)
  2  error: no Chromium, a port in use, the page never reported";

/// Run the whole system locally: seal samples, serve them, decrypt in a browser
#[derive(ClapArgs, Debug)]
#[command(after_help = AFTER)]
pub struct Args {
    /// Dashboard port on 127.0.0.1 (0: any free port)
    #[arg(long, default_value_t = 0, value_name = "PORT")]
    pub port: u16,

    /// Public host port on 127.0.0.1 (0: any free port)
    #[arg(long, default_value_t = 0, value_name = "PORT")]
    pub host_port: u16,

    /// Load the dashboard in headless Chromium, report what it shows, and exit
    #[arg(long)]
    pub check: bool,

    /// Seconds --check waits for the page
    #[arg(long, default_value_t = 60, value_name = "SECS")]
    pub timeout: u64,

    /// Chromium or Chrome binary for --check [default: chromium on PATH]
    #[arg(
        long,
        value_name = "PATH",
        env = "PANELCRYPT_CHROMIUM",
        hide_env_values = true
    )]
    pub chromium: Option<PathBuf>,

    /// Keep the sample images and sealed bundles in this new folder
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Runs the command.
pub fn run(a: Args) -> Result<u8> {
    crate::demo::run(crate::demo::Options {
        port: a.port,
        host_port: a.host_port,
        check: a.check,
        timeout: Duration::from_secs(a.timeout),
        chromium: a.chromium,
        dir: a.dir,
    })
}

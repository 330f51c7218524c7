//! `panelcrypt snippet`: what to paste into a Grafana panel.

use clap::Args as ClapArgs;
use panelcrypt_snippet::{Kind, Settings};

use crate::error::{CliError, EXIT_OK, Result};

/// Arguments of `panelcrypt snippet`.
#[derive(ClapArgs, Debug)]
#[command(after_help = "\
Examples:
  # Business Text panel (works on stock Grafana): paste the output's parts
  panelcrypt snippet --kind business-text --bundle https://acct.blob.core.windows.net/dash/plant \\
      --image boiler.jpg

  # Text panel in HTML mode (needs [panels] disable_sanitize_html = true)
  panelcrypt snippet --kind text --bundle https://cdn.example.com/plant --image boiler.jpg --image pump.jpg

  # No decoder request at all: embed it (a larger snippet)
  panelcrypt snippet --kind html-graphics --bundle https://cdn.example.com/plant --image map.png --inline")]
pub struct Args {
    /// Panel type: text (Text panel, HTML mode), business-text, html-graphics
    #[arg(long, value_name = "KIND", default_value = "business-text")]
    pub kind: String,

    /// Bundle URL on the public host: the folder that holds header.pcb
    #[arg(long, value_name = "URL")]
    pub bundle: String,

    /// Logical image name in the bundle (repeatable; see `panelcrypt open` or the seal output)
    #[arg(long = "image", value_name = "NAME", required = true)]
    pub images: Vec<String>,

    /// Key endpoint on Grafana's origin [default: /panelcrypt/api/unlock]
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,

    /// Where the decoder is served on Grafana's origin [default: /panelcrypt/decoder/]
    #[arg(long, value_name = "URL")]
    pub decoder: Option<String>,

    /// Alternative text for the images
    #[arg(long, value_name = "TEXT")]
    pub alt: Option<String>,

    /// Embed the decoder in the snippet instead of loading it from the key service
    #[arg(long)]
    pub inline: bool,
}

/// Prints the snippet, then what the panel needs (on stderr).
pub fn run(a: Args) -> Result<u8> {
    let kind = a.kind.parse::<Kind>().map_err(|e| {
        CliError::new(e.to_string())
            .hint("use --kind text, --kind business-text or --kind html-graphics")
    })?;
    let mut settings = Settings::new(a.bundle, a.images);
    settings.endpoint = a.endpoint;
    settings.decoder = a.decoder;
    settings.alt = a.alt;
    println!("{}", panelcrypt_snippet::render(kind, &settings, a.inline));
    eprintln!("note: {}", panelcrypt_snippet::requirements(kind));
    Ok(EXIT_OK)
}

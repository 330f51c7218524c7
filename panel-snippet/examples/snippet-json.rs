//! Renders snippets as JSON for the browser tests (tests/browser):
//! reads `[{"kind", "bundle", "images", "endpoint"?, "decoder"?, "inline"}]`
//! on stdin, writes `[[{"field", "language", "content"}]]` on stdout.

use std::io::Read;
use std::process::ExitCode;

use panelcrypt_snippet::{Kind, Settings, render_parts};
use serde_json::{Value, json};

fn run() -> Result<Value, String> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .map_err(|e| e.to_string())?;
    let reqs: Vec<Value> = serde_json::from_str(&input).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for r in reqs {
        let text = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_string);
        let kind: Kind = text("kind")
            .ok_or("kind missing")?
            .parse()
            .map_err(|e| format!("{e}"))?;
        let images = r
            .get("images")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let settings = Settings {
            bundle: text("bundle").unwrap_or_default(),
            images,
            endpoint: text("endpoint"),
            decoder: text("decoder"),
            alt: text("alt"),
        };
        let inline = r.get("inline").and_then(Value::as_bool).unwrap_or(false);
        let parts: Vec<Value> = render_parts(kind, &settings, inline)
            .into_iter()
            .map(|p| json!({"field": p.field, "language": p.language, "content": p.content}))
            .collect();
        out.push(Value::Array(parts));
    }
    Ok(Value::Array(out))
}

fn main() -> ExitCode {
    match run() {
        Ok(v) => {
            println!("{v}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("snippet-json: {e}");
            ExitCode::FAILURE
        }
    }
}

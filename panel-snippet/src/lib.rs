//! # panelcrypt-snippet
//!
//! What a Grafana user pastes into a panel to show panelcrypt images, for
//! the three panels that can run code:
//!
//! | [`Kind`] | panel | fields | needs |
//! | --- | --- | --- | --- |
//! | [`Kind::Text`] | Text, HTML mode | content | `[panels] disable_sanitize_html = true` |
//! | [`Kind::BusinessText`] | Business Text (`marcusolsson-dynamictext-panel`) | content + after-render code | stock Grafana |
//! | [`Kind::HtmlGraphics`] | HTML graphics (`gapit-htmlgraphics-panel`) | HTML document + onRender | stock Grafana |
//!
//! By default the code loads the decoder from the key service
//! (`/panelcrypt/decoder/panelcrypt.js`); with `inline = true` it embeds the
//! built decoder (`panel-snippet/dist/panelcrypt.inline.js`: JS + base64
//! wasm) and needs nothing but the key endpoint.
//!
//! Grafana substitutes dashboard variables (`$x`, `${x}`, `[[x]]`) in panel
//! content before anything runs, so no snippet contains a dollar sign or
//! `[[`: settings are JSON with those characters escaped.
//!
//! With sanitizing on, the Text panel removes the script and every `data-*`
//! and `id` attribute; what remains is a visible hint saying why the image
//! is not shown (the script is inside a hidden `<div>`, so its code is not
//! shown as text either).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::fmt;
use std::str::FromStr;

/// The built decoder as one JS expression (loader + wasm-bindgen glue +
/// base64 wasm). Built by `scripts/build-decoder.sh`.
pub const INLINE_DECODER: &str = include_str!("../dist/panelcrypt.inline.js");

/// Built decoder assets served by the key service at `/panelcrypt/decoder/<name>`:
/// `(file name, content type, bytes)`.
pub const DECODER_ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "panelcrypt.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../dist/panelcrypt.js"),
    ),
    (
        "panelcrypt_wasm.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../dist/panelcrypt_wasm.js"),
    ),
    (
        "panelcrypt_wasm_bg.wasm",
        "application/wasm",
        include_bytes!("../dist/panelcrypt_wasm_bg.wasm"),
    ),
];

/// Default key endpoint, on Grafana's origin.
pub const DEFAULT_ENDPOINT: &str = "/panelcrypt/api/unlock";
/// Default decoder location, on Grafana's origin (served by the key service).
pub const DEFAULT_DECODER_BASE: &str = "/panelcrypt/decoder/";

/// Which panel the snippet is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Grafana's Text panel in HTML mode. Needs `disable_sanitize_html`.
    Text,
    /// The Business Text panel (`marcusolsson-dynamictext-panel`): content
    /// plus after-render JavaScript. Works on stock Grafana.
    BusinessText,
    /// The HTML graphics panel (`gapit-htmlgraphics-panel`): HTML document
    /// in a shadow root plus onRender JavaScript.
    HtmlGraphics,
}

impl Kind {
    /// All kinds, in documentation order.
    pub const ALL: [Kind; 3] = [Kind::BusinessText, Kind::Text, Kind::HtmlGraphics];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::BusinessText => "business-text",
            Kind::HtmlGraphics => "html-graphics",
        }
    }

    /// The panel's name as Grafana shows it.
    pub fn panel_name(self) -> &'static str {
        match self {
            Kind::Text => "Text panel (mode: HTML)",
            Kind::BusinessText => "Business Text panel",
            Kind::HtmlGraphics => "HTML graphics panel",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown panel kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKind(pub String);

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown panel kind {:?}: use text, business-text or html-graphics",
            self.0
        )
    }
}

impl std::error::Error for UnknownKind {}

impl FromStr for Kind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Kind, UnknownKind> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "html" => Ok(Kind::Text),
            "business-text" | "businesstext" | "dynamictext" | "marcusolsson-dynamictext-panel" => {
                Ok(Kind::BusinessText)
            }
            "html-graphics" | "htmlgraphics" | "gapit-htmlgraphics-panel" => Ok(Kind::HtmlGraphics),
            _ => Err(UnknownKind(s.to_string())),
        }
    }
}

/// What the panel shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Bundle URL on the public host: the folder holding `header.pcb`.
    pub bundle: String,
    /// Logical image names in the bundle (one or more).
    pub images: Vec<String>,
    /// Key endpoint; `None` = [`DEFAULT_ENDPOINT`].
    pub endpoint: Option<String>,
    /// Where the decoder is served; `None` = [`DEFAULT_DECODER_BASE`].
    /// Ignored for inline snippets.
    pub decoder: Option<String>,
    /// Alternative text of the images; `None` = the image name.
    pub alt: Option<String>,
}

impl Settings {
    /// Settings for `images` of the bundle at `bundle`, default endpoint.
    pub fn new(
        bundle: impl Into<String>,
        images: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Settings {
            bundle: bundle.into(),
            images: images.into_iter().map(Into::into).collect(),
            ..Settings::default()
        }
    }

    /// The settings object the loader's `render()` takes, as a JS literal
    /// with no dollar sign, `[[`, `<` or line separators in it.
    fn js_literal(&self) -> String {
        let mut m = serde_json::Map::new();
        m.insert("bundle".into(), self.bundle.clone().into());
        m.insert(
            "images".into(),
            serde_json::Value::Array(self.images.iter().cloned().map(Into::into).collect()),
        );
        m.insert(
            "endpoint".into(),
            self.endpoint
                .clone()
                .unwrap_or_else(|| DEFAULT_ENDPOINT.to_string())
                .into(),
        );
        if let Some(alt) = &self.alt {
            m.insert("alt".into(), alt.clone().into());
        }
        js_safe(&serde_json::Value::Object(m).to_string())
    }

    fn decoder_url(&self) -> String {
        let base = self.decoder.as_deref().unwrap_or(DEFAULT_DECODER_BASE);
        let mut url = base.trim_end_matches('/').to_string();
        url.push_str("/panelcrypt.js");
        js_safe(&serde_json::Value::String(url).to_string())
    }
}

/// Escapes, inside JSON text, the characters that Grafana or an HTML parser
/// would act on: `$` and `[` (variables), `<` (a `</script>` in a value),
/// and U+2028/U+2029. Only string contents can hold them, where `\uXXXX`
/// means the same character.
fn js_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '$' => out.push_str("\\u0024"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    // `[[` can only come from a string value (the JSON structure itself has
    // at most one `[`, for the image list, followed by `"`).
    out.replace("[[", "[\\u005b")
}

/// One field of a panel's editor and what to paste into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The field's name in the panel editor.
    pub field: &'static str,
    /// `html` or `javascript`.
    pub language: &'static str,
    /// What to paste.
    pub content: String,
}

const HINT_STYLE: &str =
    "padding:8px 10px;border:1px dashed #8e8e8e;border-radius:4px;font:13px/1.4 sans-serif";

fn hint_text(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => {
            "panelcrypt: the image decoder did not run, so the encrypted image is not shown. \
             Grafana sanitizes Text panel HTML and removed the script: an admin must set \
             [panels] disable_sanitize_html = true in grafana.ini. Or use the Business Text \
             panel instead, which works on stock Grafana: panelcrypt snippet --kind business-text."
        }
        Kind::BusinessText => {
            "panelcrypt: waiting for the image decoder. If this stays, paste the \
             after-render code of this snippet into the panel's JavaScript (After Render) field."
        }
        Kind::HtmlGraphics => {
            "panelcrypt: waiting for the image decoder. If this stays, paste the onRender \
             code of this snippet into the panel's onRender field."
        }
    }
}

/// The JS that loads the decoder and renders into the element `target_expr`
/// evaluates to. `hint_expr` is an expression for the hint to remove (or null).
fn loader_js(settings: &Settings, inline: bool, target_expr: &str, hint_expr: &str) -> String {
    let s = settings.js_literal();
    let get_pc = if inline {
        format!(
            "Promise.resolve(window.__panelcrypt_inline_v1 || (window.__panelcrypt_inline_v1 = {}))",
            INLINE_DECODER.trim_end()
        )
    } else {
        format!("import({})", settings.decoder_url())
    };
    format!(
        r#"(function () {{
  var settings = {s};
  var box = {target_expr};
  if (!box) return;
  var hint = {hint_expr};
  if (hint && hint.parentNode) hint.parentNode.removeChild(hint);
  {get_pc}
    .then(function (pc) {{ return pc.init().then(function () {{ return pc.render(box, settings); }}); }})
    .catch(function (e) {{
      var m = document.createElement('div');
      m.className = 'panelcrypt-error';
      m.setAttribute('data-panelcrypt-error', 'decoder_load');
      m.style.cssText = '{HINT_STYLE}';
      m.textContent = 'panelcrypt: the image decoder could not be loaded (' + ((e && e.message) || e) +
        '). It is served by the panelcrypt key service at /panelcrypt/decoder/ on Grafana\u2019s own address: check that the reverse proxy forwards /panelcrypt/ to it.';
      box.textContent = '';
      box.appendChild(m);
    }});
}})();"#
    )
}

/// The fields to fill in for `kind`, in editor order.
pub fn render_parts(kind: Kind, settings: &Settings, inline: bool) -> Vec<Part> {
    let hint = format!(
        r#"<div class="panelcrypt-hint" style="{HINT_STYLE}">{}</div>"#,
        hint_text(kind)
    );
    match kind {
        Kind::Text => {
            // The script sits in a hidden div: with sanitizing on, js-xss
            // turns it into (hidden) text and only the hint shows.
            let js = loader_js(
                settings,
                inline,
                "(function () { var me = document.currentScript; var p = me && me.parentNode && me.parentNode.parentNode; \
                 if (!p) return null; var b = document.createElement('div'); b.className = 'panelcrypt-box'; p.appendChild(b); return b; })()",
                "box.parentNode.querySelector('.panelcrypt-hint')",
            );
            vec![Part {
                field: "Content (mode: HTML)",
                language: "html",
                content: format!(
                    "<div class=\"panelcrypt-panel\">\n{hint}\n<div style=\"display:none\"><script>\n{js}\n</script></div>\n</div>\n"
                ),
            }]
        }
        Kind::BusinessText => vec![
            Part {
                field: "Content",
                language: "html",
                content: format!("{hint}\n"),
            },
            Part {
                field: "JavaScript: After Render",
                language: "javascript",
                content: format!(
                    "{}\n",
                    loader_js(
                        settings,
                        inline,
                        "context.element",
                        "context.element.querySelector('.panelcrypt-hint')"
                    )
                ),
            },
        ],
        Kind::HtmlGraphics => vec![
            Part {
                field: "HTML/SVG document",
                language: "html",
                content: format!("<div class=\"panelcrypt-box\">{hint}</div>\n"),
            },
            Part {
                field: "onRender",
                language: "javascript",
                content: format!(
                    "{}\n",
                    loader_js(
                        settings,
                        inline,
                        "htmlNode.querySelector('.panelcrypt-box') || htmlNode",
                        "htmlNode.querySelector('.panelcrypt-hint')"
                    )
                ),
            },
        ],
    }
}

/// The snippet as one text: for a single-field panel exactly what to paste;
/// otherwise each field under a `----- <field> -----` heading.
pub fn render(kind: Kind, settings: &Settings, inline: bool) -> String {
    let parts = render_parts(kind, settings, inline);
    if let [only] = parts.as_slice() {
        return only.content.clone();
    }
    let mut out = String::new();
    for p in &parts {
        out.push_str(&format!(
            "----- {}: {} ({}) -----\n",
            kind.panel_name(),
            p.field,
            p.language
        ));
        out.push_str(&p.content);
        out.push('\n');
    }
    out
}

/// What the panel needs from Grafana's configuration, for printing next to
/// a snippet.
pub fn requirements(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => {
            "Needs [panels] disable_sanitize_html = true in grafana.ini; without it the panel shows a hint instead of the image. \
             Grafana may re-run the script when the content changes, and a future Text panel (feature flag newTextPanel) renders into a sandbox: business-text is the safer long-term choice."
        }
        Kind::BusinessText => {
            "Works on stock Grafana with the Business Text plugin (marcusolsson-dynamictext-panel)."
        }
        Kind::HtmlGraphics => {
            "Works on stock Grafana with the HTML graphics plugin (gapit-htmlgraphics-panel)."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings::new(
            "https://images.example.com/bundles/plant",
            ["plant/boiler.png", "plant/pump.jpg"],
        )
    }

    #[test]
    fn no_variable_syntax_in_any_snippet() {
        let mut s = settings();
        s.images.push("odd $name [[x]] ${y} </script>".into());
        for kind in Kind::ALL {
            for inline in [false, true] {
                let out = render(kind, &s, inline);
                assert!(
                    !out.contains('$'),
                    "{kind} inline={inline} contains a dollar sign"
                );
                assert!(!out.contains("[["), "{kind} inline={inline} contains [[");
                assert_eq!(
                    out.matches("</script>").count(),
                    usize::from(kind == Kind::Text),
                    "{kind} inline={inline}: a value closed the script"
                );
            }
        }
    }

    #[test]
    fn settings_survive_as_json() {
        let mut s = settings();
        s.images = vec!["a$b[[c]]<d>&\u{2028}".into()];
        let lit = s.js_literal();
        let v: serde_json::Value = serde_json::from_str(&lit).expect("still JSON");
        assert_eq!(v["images"][0], "a$b[[c]]<d>&\u{2028}");
        assert_eq!(v["endpoint"], DEFAULT_ENDPOINT);
    }

    #[test]
    fn parts_per_kind() {
        let s = settings();
        assert_eq!(render_parts(Kind::Text, &s, false).len(), 1);
        assert_eq!(render_parts(Kind::BusinessText, &s, false).len(), 2);
        assert_eq!(render_parts(Kind::HtmlGraphics, &s, false).len(), 2);
        let text = render(Kind::Text, &s, false);
        assert!(text.contains("import(\"/panelcrypt/decoder/panelcrypt.js\")"));
        assert!(text.contains("class=\"panelcrypt-hint\""));
        assert!(text.contains("<div style=\"display:none\"><script>"));
        let inline = render(Kind::BusinessText, &s, true);
        assert!(inline.contains("WASM_BASE64"));
        assert!(!inline.contains("import("));
        let mut custom = s.clone();
        custom.decoder = Some("/grafana/panelcrypt/decoder".into());
        custom.endpoint = Some("/grafana/panelcrypt/api/unlock".into());
        let out = render(Kind::HtmlGraphics, &custom, false);
        assert!(out.contains("import(\"/grafana/panelcrypt/decoder/panelcrypt.js\")"));
        assert!(out.contains("\"endpoint\":\"/grafana/panelcrypt/api/unlock\""));
    }

    #[test]
    fn kinds_parse() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>(), Ok(k));
        }
        assert!("pictureit".parse::<Kind>().is_err());
    }

    #[test]
    fn assets_are_built() {
        for (name, _, bytes) in DECODER_ASSETS {
            assert!(
                !bytes.is_empty(),
                "{name} is empty: run scripts/build-decoder.sh"
            );
        }
        assert!(DECODER_ASSETS[2].2.starts_with(b"\0asm"));
    }
}

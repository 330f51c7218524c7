//! Keeps the documentation honest.
//!
//! * Every `panelcrypt <command> ...` line in README.md, docs/DEPLOY.md and
//!   docs/ci/*.yml (code blocks, inline code, CI scripts) names a real
//!   subcommand, and every flag it uses appears in that subcommand's `--help`
//!   (`cargo run ... -p panelcrypt -- <command>` lines count too).
//! * The CI examples in docs/ci/ parse as YAML (a small parser for the block
//!   subset they use: no YAML crate is in Cargo.lock), have the structure
//!   GitHub Actions and Azure Pipelines need, seal with public recipients
//!   only, then publish and run the doctor, and never touch a secret that can
//!   decrypt (master key, passphrases).
//! * Relative links in README.md and docs/DEPLOY.md point at files that exist,
//!   and `#anchors` at headings that exist.
//! * The README shows the two commands, and `.ci/run` runs the test command.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Subcommands the docs may name before the binary has them (a command that
/// is being written). Once the binary has one, its flags are checked like
/// any other; remove it from here then, so that a typo cannot hide.
const PENDING_SUBCOMMANDS: &[&str] = &[];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
}

fn ci_files() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("docs/ci"))
        .expect("docs/ci/")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".yml") || n.ends_with(".yaml"))
        .map(|n| format!("docs/ci/{n}"))
        .collect();
    v.sort();
    v
}

// ---------------------------------------------------------------- the binary

/// Flags the real binary accepts, per subcommand ("" = top level).
struct Cli {
    subcommands: BTreeSet<String>,
    flags: HashMap<String, BTreeSet<String>>,
}

fn help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_panelcrypt"))
        .args(args)
        .output()
        .expect("running panelcrypt");
    assert!(out.status.success(), "panelcrypt {args:?} failed: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8 help")
}

/// `-o`, `--output` from clap's option lines (`  -o, --output <DIR>  ...`).
fn flags_in_help(text: &str) -> BTreeSet<String> {
    let mut flags = BTreeSet::new();
    for line in text.lines() {
        let t = line.trim_start();
        if !t.starts_with('-') || line.len() == t.len() {
            continue;
        }
        for tok in t.split_whitespace() {
            let tok = tok.trim_end_matches(',');
            if tok.starts_with('-') && tok.len() > 1 {
                flags.insert(tok.split('=').next().unwrap_or(tok).to_string());
            } else {
                break;
            }
        }
    }
    flags
}

impl Cli {
    fn load() -> Cli {
        let top = help(&["--help"]);
        let mut subcommands = BTreeSet::new();
        let mut in_commands = false;
        for line in top.lines() {
            if line.starts_with("Commands:") {
                in_commands = true;
                continue;
            }
            if in_commands {
                if line.trim().is_empty() || !line.starts_with("  ") {
                    break;
                }
                let name = line.split_whitespace().next().unwrap_or("");
                if name != "help" {
                    subcommands.insert(name.to_string());
                }
            }
        }
        assert!(
            subcommands.contains("seal") && subcommands.contains("serve"),
            "could not read the subcommands from `panelcrypt --help`:\n{top}"
        );
        let mut flags = HashMap::new();
        flags.insert(String::new(), flags_in_help(&top));
        Cli { subcommands, flags }
    }

    fn flags_of(&mut self, sub: &str) -> &BTreeSet<String> {
        self.flags
            .entry(sub.to_string())
            .or_insert_with(|| flags_in_help(&help(&[sub, "--help"])))
    }
}

// ------------------------------------------------- commands found in the docs

#[derive(Debug)]
struct DocCommand {
    /// `README.md:123`.
    place: String,
    /// The subcommand (`""` for `panelcrypt --help` and the like).
    sub: String,
    /// `--flag` and `-f` tokens, without `=value`.
    flags: Vec<String>,
    /// Whether the line was inside a comment (`# panelcrypt seal ...`).
    in_comment: bool,
    /// The command line as written, for messages.
    text: String,
}

/// Pieces of code in a Markdown file: fenced blocks (except nginx
/// configuration) and inline code spans, with the line each starts on.
fn markdown_code(md: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut fence: Option<(usize, String, String)> = None; // (line, lang, text)
    let mut prose: Vec<(usize, &str)> = Vec::new();
    let flush_prose = |prose: &mut Vec<(usize, &str)>, out: &mut Vec<(usize, String)>| {
        // Inline code may wrap across lines within a paragraph.
        let mut in_code: Option<(usize, String)> = None;
        for (n, line) in prose.drain(..) {
            for (i, part) in line.split('`').enumerate() {
                if i > 0 {
                    in_code = match in_code.take() {
                        Some(code) => {
                            out.push(code);
                            None
                        }
                        None => Some((n, String::new())),
                    };
                }
                if let Some((_, code)) = in_code.as_mut() {
                    if i == 0 && !code.is_empty() {
                        code.push(' ');
                    }
                    code.push_str(part);
                }
            }
        }
    };
    for (i, line) in md.lines().enumerate() {
        let n = i + 1;
        let t = line.trim_start();
        if let Some((start, lang, text)) = fence.as_mut() {
            if t.starts_with("```") {
                if lang != "nginx" {
                    out.push((*start, std::mem::take(text)));
                }
                fence = None;
            } else {
                text.push_str(t);
                text.push('\n');
            }
        } else if let Some(lang) = t.strip_prefix("```") {
            flush_prose(&mut prose, &mut out);
            fence = Some((n + 1, lang.trim().to_string(), String::new()));
        } else if t.is_empty() {
            flush_prose(&mut prose, &mut out);
        } else {
            prose.push((n, line));
        }
    }
    assert!(fence.is_none(), "unclosed code fence");
    flush_prose(&mut prose, &mut out);
    out
}

/// Splits a line into code and comment at the first `#` that starts a shell
/// or YAML comment (at the start or after whitespace, outside quotes).
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let (mut single, mut double) = (false, false);
    let mut prev_space = true;
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if prev_space && !single && !double => return (&line[..i], Some(&line[i + 1..])),
            _ => {}
        }
        prev_space = c.is_whitespace();
    }
    (line, None)
}

fn is_panelcrypt(tok: &str) -> bool {
    let t = tok.trim_start_matches(['"', '\'', '(', '`']);
    t == "panelcrypt" || t.ends_with("/panelcrypt")
}

fn is_terminator(tok: &str) -> bool {
    matches!(
        tok,
        "|" | "||" | "&&" | ";" | "&" | "<" | "2>&1" | "then" | "do"
    ) || tok.starts_with('>')
        || tok.starts_with("2>")
}

/// Every `panelcrypt <subcommand> ...` in a piece of code.
fn commands_in(code: &str, file: &str, first_line: usize, out: &mut Vec<DocCommand>) {
    // Join backslash continuations, remembering where each logical line began.
    let mut logical: Vec<(usize, String)> = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    for (i, raw) in code.lines().enumerate() {
        let (n, mut acc) = pending.take().unwrap_or((first_line + i, String::new()));
        let t = raw.trim_end();
        if let Some(head) = t.strip_suffix('\\') {
            acc.push_str(head);
            acc.push(' ');
            pending = Some((n, acc));
        } else {
            acc.push_str(t);
            logical.push((n, acc));
        }
    }
    logical.extend(pending);

    for (n, line) in logical {
        let (code_part, comment) = split_comment(&line);
        for (text, in_comment) in [(code_part, false), (comment.unwrap_or(""), true)] {
            let toks: Vec<&str> = text.split_whitespace().collect();
            for (i, tok) in toks.iter().enumerate() {
                if !is_panelcrypt(tok) {
                    continue;
                }
                let mut j = i + 1;
                let prev = if i > 0 { toks[i - 1] } else { "" };
                let cargo_package = matches!(prev, "-p" | "--package");
                if !cargo_package && prev.starts_with('-') {
                    continue; // an option's value: `journalctl -u panelcrypt`
                }
                if cargo_package {
                    // `cargo run -p panelcrypt -- <sub>`; anything else is cargo's.
                    if toks.get(j) != Some(&"--") {
                        continue;
                    }
                    j += 1;
                }
                let Some(sub) = toks.get(j) else { continue };
                let sub = sub.trim_end_matches(['`', '"', '\'', ')']);
                let (sub, args_from) = if sub.starts_with('-') {
                    (String::new(), j)
                } else if !sub.is_empty() && sub.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                {
                    (sub.to_string(), j + 1)
                } else {
                    continue; // `panelcrypt <command>`, prose, ...
                };
                let mut flags = Vec::new();
                for t in toks.iter().skip(args_from) {
                    if is_terminator(t) {
                        break;
                    }
                    let t = t.trim_matches(['`', '"', '\'']);
                    let name = t.split('=').next().unwrap_or(t);
                    let long = name.len() > 2
                        && name.starts_with("--")
                        && name[2..]
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-');
                    let short = name.len() == 2
                        && name.starts_with('-')
                        && name.as_bytes()[1].is_ascii_alphabetic();
                    if long || short {
                        flags.push(name.to_string());
                    }
                }
                out.push(DocCommand {
                    place: format!("{file}:{n}"),
                    sub,
                    flags,
                    in_comment,
                    text: text.trim().to_string(),
                });
            }
        }
    }
}

/// The shell scripts of a CI file: the values of `run` (GitHub Actions),
/// `bash`, `script`, `pwsh` and `inlineScript` (Azure Pipelines).
fn ci_scripts<'a>(doc: &'a Yaml, out: &mut Vec<&'a str>) {
    match doc {
        Yaml::Scalar(_) => {}
        Yaml::Seq(v) => v.iter().for_each(|x| ci_scripts(x, out)),
        Yaml::Map(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("run" | "bash" | "script" | "pwsh" | "inlineScript", Yaml::Scalar(s)) => {
                        out.push(s)
                    }
                    _ => ci_scripts(v, out),
                }
            }
        }
    }
}

fn doc_commands(file: &str) -> Vec<DocCommand> {
    let text = read(file);
    let mut out = Vec::new();
    if file.ends_with(".md") {
        for (line, code) in markdown_code(&text) {
            commands_in(&code, file, line, &mut out);
        }
    } else {
        // Scripts, at the line where each starts; then commented-out commands.
        let mut scripts = Vec::new();
        let doc = parse_yaml(file);
        ci_scripts(&doc, &mut scripts);
        let mut from = 0;
        for script in scripts {
            // Scripts come in file order: find each after the previous one.
            let first = script.lines().next().unwrap_or("").trim();
            if let Some(i) = text
                .lines()
                .skip(from)
                .position(|l| l.trim().ends_with(first))
            {
                from += i + 1;
            }
            commands_in(script, file, from, &mut out);
        }
        for (i, raw) in text.lines().enumerate() {
            if let (_, Some(comment)) = split_comment(raw) {
                commands_in(&format!("#{comment}"), file, i + 1, &mut out);
            }
        }
    }
    out
}

#[test]
fn every_documented_command_and_flag_exists() {
    let mut cli = Cli::load();
    let mut files = vec!["README.md".to_string(), "docs/DEPLOY.md".to_string()];
    files.extend(ci_files());
    let mut problems = Vec::new();
    let mut checked = 0;
    let mut seen_subs = BTreeSet::new();
    for file in &files {
        for cmd in doc_commands(file) {
            if !cmd.sub.is_empty() && !cli.subcommands.contains(&cmd.sub) {
                if PENDING_SUBCOMMANDS.contains(&cmd.sub.as_str()) || cmd.in_comment {
                    continue;
                }
                problems.push(format!(
                    "{}: `panelcrypt {}` is not a subcommand ({})\n    {}",
                    cmd.place,
                    cmd.sub,
                    cli.subcommands
                        .iter()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                    cmd.text
                ));
                continue;
            }
            let known = cli.flags_of(&cmd.sub);
            for flag in &cmd.flags {
                if !known.contains(flag) {
                    problems.push(format!(
                        "{}: `panelcrypt {}` has no flag {flag}\n    {}",
                        cmd.place, cmd.sub, cmd.text
                    ));
                }
            }
            seen_subs.insert(cmd.sub.clone());
            checked += 1;
        }
    }
    assert!(
        problems.is_empty(),
        "the docs use commands or flags the binary does not have:\n{}",
        problems.join("\n")
    );
    // The extraction must actually find the commands (a broken extractor
    // would pass vacuously).
    assert!(checked > 40, "only {checked} commands found in the docs");
    for sub in [
        "keygen",
        "recipients",
        "seal",
        "serve",
        "publish",
        "doctor",
        "snippet",
    ] {
        assert!(
            seen_subs.contains(sub),
            "no `panelcrypt {sub}` found in the docs"
        );
    }
}

#[test]
fn the_command_extractor_catches_a_wrong_flag() {
    let mut cli = Cli::load();
    let mut found = Vec::new();
    let md = "Run `panelcrypt seal images/ -o dist/ --to-file r.txt`.\n\n\
              ```sh\n# a comment about panelcrypt things\n\
              panelcrypt publish dist/ az://b/p \\\n    --prune --no-such-flag | tee log\n\
              cargo run --release --locked -p panelcrypt -- seal --bogus x\n\
              cargo test -p panelcrypt --test docs\n\
              journalctl -u panelcrypt -o cat | grep panelcrypt::audit\n```\n\n\
              ```nginx\n# panelcrypt key service: not a command\n```\n";
    for (line, code) in markdown_code(md) {
        commands_in(&code, "x.md", line, &mut found);
    }
    let summary: Vec<(String, String, Vec<String>, bool)> = found
        .iter()
        .map(|c| {
            (
                c.place.clone(),
                c.sub.clone(),
                c.flags.clone(),
                c.in_comment,
            )
        })
        .collect();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        summary,
        vec![
            (
                "x.md:1".into(),
                "seal".into(),
                s(&["-o", "--to-file"]),
                false
            ),
            // Seen, but a comment's unknown word is prose, not an error.
            ("x.md:4".into(), "things".into(), s(&[]), true),
            (
                "x.md:5".into(),
                "publish".into(),
                s(&["--prune", "--no-such-flag"]),
                false
            ),
            ("x.md:7".into(), "seal".into(), s(&["--bogus"]), false),
        ]
    );
    assert!(!cli.flags_of("publish").contains("--no-such-flag"));
    assert!(cli.flags_of("publish").contains("--prune"));
    assert!(cli.flags_of("seal").contains("-o"));
}

// --------------------------------------------------------- a small YAML parser

#[derive(Debug, Clone, PartialEq)]
enum Yaml {
    Scalar(String),
    Seq(Vec<Yaml>),
    Map(Vec<(String, Yaml)>),
}

impl Yaml {
    fn get(&self, key: &str) -> Option<&Yaml> {
        match self {
            Yaml::Map(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn str(&self) -> Option<&str> {
        match self {
            Yaml::Scalar(s) => Some(s),
            _ => None,
        }
    }
    fn keys(&self) -> Vec<&str> {
        match self {
            Yaml::Map(m) => m.iter().map(|(k, _)| k.as_str()).collect(),
            _ => Vec::new(),
        }
    }
    /// All scalars below this node, in order.
    fn scalars<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Yaml::Scalar(s) => out.push(s),
            Yaml::Seq(v) => v.iter().for_each(|x| x.scalars(out)),
            Yaml::Map(m) => m.iter().for_each(|(_, x)| x.scalars(out)),
        }
    }
}

/// One meaningful line: indentation and content (comments removed, except
/// inside block scalars, which keep their raw text).
#[derive(Debug, Clone)]
struct Line {
    n: usize,
    indent: usize,
    text: String,
    raw: String,
}

/// The block subset of YAML the CI examples use: block mappings and
/// sequences, plain and quoted scalars, `|` and `>` block scalars, and flow
/// collections kept as scalars (checked for balance). Anything else is an
/// error, so a malformed file fails.
struct Parser {
    lines: Vec<Line>,
    pos: usize,
}

impl Parser {
    fn new(src: &str) -> Result<Parser, String> {
        let mut lines = Vec::new();
        for (i, raw) in src.lines().enumerate() {
            let n = i + 1;
            let indent = raw.len() - raw.trim_start_matches(' ').len();
            if raw[indent..].starts_with('\t') {
                return Err(format!("line {n}: tab in indentation"));
            }
            let (code, _) = split_comment(raw);
            lines.push(Line {
                n,
                indent,
                text: code.trim().to_string(),
                raw: raw.to_string(),
            });
        }
        Ok(Parser { lines, pos: 0 })
    }

    fn skip_blank(&mut self) {
        while self.pos < self.lines.len() && self.lines[self.pos].text.is_empty() {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<Line> {
        self.skip_blank();
        self.lines.get(self.pos).cloned()
    }

    fn document(&mut self) -> Result<Yaml, String> {
        let doc = self.node(0)?;
        if let Some(l) = self.peek() {
            return Err(format!("line {}: unexpected `{}`", l.n, l.text));
        }
        Ok(doc)
    }

    fn node(&mut self, min_indent: usize) -> Result<Yaml, String> {
        let Some(l) = self.peek() else {
            return Ok(Yaml::Scalar(String::new()));
        };
        if l.indent < min_indent {
            return Ok(Yaml::Scalar(String::new()));
        }
        if l.text == "-" || l.text.starts_with("- ") {
            self.seq(l.indent)
        } else {
            self.map(l.indent)
        }
    }

    fn seq(&mut self, indent: usize) -> Result<Yaml, String> {
        let mut items = Vec::new();
        while let Some(l) = self.peek() {
            if l.indent < indent {
                break;
            }
            if l.indent > indent {
                return Err(format!("line {}: bad indentation", l.n));
            }
            if !(l.text == "-" || l.text.starts_with("- ")) {
                break;
            }
            let rest = l.text[1..].trim_start().to_string();
            if rest.is_empty() {
                self.pos += 1;
                items.push(self.node(indent + 1)?);
            } else if split_key(&rest).is_some() {
                // `- key: value` starts a mapping two columns in.
                let line = &mut self.lines[self.pos];
                let shift = line.text.len() - rest.len();
                line.indent += shift;
                line.text = rest;
                items.push(self.map(indent + shift)?);
            } else {
                self.pos += 1;
                items.push(self.inline_value(&rest, indent, l.n)?);
            }
        }
        Ok(Yaml::Seq(items))
    }

    fn map(&mut self, indent: usize) -> Result<Yaml, String> {
        let mut entries: Vec<(String, Yaml)> = Vec::new();
        while let Some(l) = self.peek() {
            if l.indent < indent || (l.indent == indent && l.text.starts_with("- ")) {
                break;
            }
            if l.indent > indent {
                return Err(format!("line {}: bad indentation", l.n));
            }
            let Some((key, rest)) = split_key(&l.text) else {
                return Err(format!(
                    "line {}: expected `key: value`, got `{}`",
                    l.n, l.text
                ));
            };
            if entries.iter().any(|(k, _)| *k == key) {
                return Err(format!("line {}: duplicate key `{key}`", l.n));
            }
            self.pos += 1;
            let value = if rest.is_empty() {
                match self.peek() {
                    Some(next) if next.indent > indent => self.node(indent + 1)?,
                    Some(next) if next.indent == indent && next.text.starts_with("- ") => {
                        self.seq(indent)?
                    }
                    _ => Yaml::Scalar(String::new()),
                }
            } else {
                self.inline_value(&rest, indent, l.n)?
            };
            entries.push((key, value));
        }
        Ok(Yaml::Map(entries))
    }

    /// A value on the same line as its key or dash.
    fn inline_value(&mut self, v: &str, parent_indent: usize, n: usize) -> Result<Yaml, String> {
        if v.starts_with('|') || v.starts_with('>') {
            let folded = v.starts_with('>');
            if !v[1..].chars().all(|c| matches!(c, '-' | '+' | '0'..='9')) {
                return Err(format!("line {n}: bad block scalar header `{v}`"));
            }
            let mut body: Vec<String> = Vec::new();
            let mut block_indent = None;
            while self.pos < self.lines.len() {
                let l = &self.lines[self.pos];
                if l.raw.trim().is_empty() {
                    body.push(String::new());
                    self.pos += 1;
                    continue;
                }
                if l.indent <= parent_indent {
                    break;
                }
                let bi = *block_indent.get_or_insert(l.indent);
                if l.indent < bi {
                    return Err(format!("line {}: block scalar dedented", l.n));
                }
                body.push(l.raw[bi..].to_string());
                self.pos += 1;
            }
            while body.last().is_some_and(|s| s.is_empty()) {
                body.pop();
            }
            return Ok(Yaml::Scalar(body.join(if folded { " " } else { "\n" })));
        }
        scalar(v).map_err(|e| format!("line {n}: {e}"))
    }
}

/// `key: rest` (or `key:`), with plain or quoted keys.
fn split_key(text: &str) -> Option<(String, String)> {
    let (key, rest) = if let Some(q @ ('"' | '\'')) = text.chars().next() {
        let end = text[1..].find(q)? + 1;
        (text[1..end].to_string(), &text[end + 1..])
    } else {
        let i = text
            .find(": ")
            .or_else(|| text.ends_with(':').then(|| text.len() - 1))?;
        let key = &text[..i];
        if key.is_empty() || key.contains(['{', '[', '"', '\'']) || key.starts_with("- ") {
            return None;
        }
        (key.to_string(), &text[i..])
    };
    let rest = rest.strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((key, rest.trim().to_string()))
}

fn scalar(v: &str) -> Result<Yaml, String> {
    let v = v.trim();
    if let Some(q @ ('"' | '\'')) = v.chars().next() {
        if v.len() < 2 || !v.ends_with(q) {
            return Err(format!("unterminated quoted scalar `{v}`"));
        }
        return Ok(Yaml::Scalar(v[1..v.len() - 1].to_string()));
    }
    if v.starts_with('[') || v.starts_with('{') {
        let mut depth = 0i32;
        for c in v.chars() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                break;
            }
        }
        if depth != 0 {
            return Err(format!("unbalanced flow collection `{v}`"));
        }
    }
    if v.contains("${{") && v.matches("${{").count() != v.matches("}}").count() {
        return Err(format!("unbalanced `${{{{ }}}}` in `{v}`"));
    }
    Ok(Yaml::Scalar(v.to_string()))
}

fn parse_yaml(file: &str) -> Yaml {
    Parser::new(&read(file))
        .and_then(|mut p| p.document())
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn the_yaml_parser_rejects_malformed_files() {
    let ok = "a: 1\nb:\n  - x\n  - k: v\n    j: |\n      line 1\n      line 2\nc: [1, 2]\n";
    let doc = Parser::new(ok).unwrap().document().unwrap();
    assert_eq!(doc.keys(), vec!["a", "b", "c"]);
    let Some(Yaml::Seq(items)) = doc.get("b") else {
        panic!("b: {doc:?}")
    };
    assert_eq!(
        items[1].get("j").and_then(Yaml::str),
        Some("line 1\nline 2")
    );
    for bad in [
        "a: 1\n   b: 2\n",
        "a: 1\na: 2\n",
        "a:\n  - x\n   - y\n",
        "a: \"open\n",
        "a: [1, 2\n",
        "a: 1\n\tb: 2\n",
        "just text\n",
        "a: ${{ x }\n",
    ] {
        assert!(
            Parser::new(bad).and_then(|mut p| p.document()).is_err(),
            "accepted: {bad:?}"
        );
    }
}

// ------------------------------------------------------------ the CI examples

/// The shell that a CI file runs (its scalars), without comments.
fn ci_script_text(doc: &Yaml) -> String {
    let mut all = Vec::new();
    doc.scalars(&mut all);
    all.iter()
        .flat_map(|s| s.lines())
        .map(|l| split_comment(l).0)
        .collect::<Vec<_>>()
        .join("\n")
}

fn check_ci_policy(file: &str, doc: &Yaml) {
    let script = ci_script_text(doc);
    let mut cmds = Vec::new();
    commands_in(&script, file, 1, &mut cmds);
    let subs: Vec<&str> = cmds.iter().map(|c| c.sub.as_str()).collect();
    for needed in ["seal", "publish", "doctor"] {
        assert!(subs.contains(&needed), "{file}: no `panelcrypt {needed}`");
    }
    let pos = |s: &str| subs.iter().position(|x| *x == s).unwrap();
    assert!(
        pos("seal") < pos("publish") && pos("publish") < pos("doctor"),
        "{file}: seal, then publish, then doctor"
    );
    for c in &cmds {
        assert!(
            !matches!(c.sub.as_str(), "keygen" | "recipients" | "open" | "serve"),
            "{file}: CI must not run `panelcrypt {}` (it needs the master key)",
            c.sub
        );
        for f in &c.flags {
            assert!(
                !matches!(
                    f.as_str(),
                    "--key-file" | "--as" | "--passphrase" | "--passphrase-slot"
                ),
                "{file}: CI must not use {f}: only public recipients belong in CI"
            );
        }
        if c.sub == "seal" {
            assert!(
                c.flags.iter().any(|f| f == "--to-file" || f == "--to"),
                "{file}: seal names its public recipients"
            );
        }
    }
    for secret in [
        "PANELCRYPT_MASTER_KEY",
        "PANELCRYPT_KEY_FILE",
        "PANELCRYPT_KEY_PASSPHRASE",
        "PANELCRYPT_BUNDLE_PASSPHRASE",
        "master.key",
    ] {
        assert!(
            !script.contains(secret),
            "{file}: CI must not touch {secret}"
        );
    }
    assert!(
        script.contains("cargo install --locked --git"),
        "{file}: installs panelcrypt with cargo install --locked --git"
    );
    let raw = read(file);
    assert!(
        raw.contains("PLACEHOLDER") && raw.contains("example.invalid"),
        "{file}: the repository URL is a marked placeholder"
    );
}

#[test]
fn github_actions_example_is_a_complete_workflow() {
    let file = "docs/ci/github-actions.yml";
    let doc = parse_yaml(file);
    for key in ["name", "on", "permissions", "concurrency", "jobs"] {
        assert!(doc.get(key).is_some(), "{file}: no top-level `{key}`");
    }
    assert_eq!(
        doc.get("permissions")
            .and_then(|p| p.get("id-token"))
            .and_then(Yaml::str),
        Some("write"),
        "{file}: OIDC needs id-token: write"
    );
    let Some(Yaml::Map(jobs)) = doc.get("jobs") else {
        panic!("{file}: jobs is not a mapping")
    };
    assert!(!jobs.is_empty());
    for (name, job) in jobs {
        assert!(
            job.get("runs-on").is_some(),
            "{file}: job {name} has no runs-on"
        );
        let Some(Yaml::Seq(steps)) = job.get("steps") else {
            panic!("{file}: job {name} has no steps")
        };
        for step in steps {
            assert!(
                step.get("uses").is_some() || step.get("run").is_some(),
                "{file}: a step of {name} neither uses an action nor runs a script: {step:?}"
            );
        }
    }
    check_ci_policy(file, &doc);
}

#[test]
fn azure_pipelines_example_is_a_complete_pipeline() {
    let file = "docs/ci/azure-pipelines.yml";
    let doc = parse_yaml(file);
    for key in ["trigger", "pool", "steps"] {
        assert!(doc.get(key).is_some(), "{file}: no top-level `{key}`");
    }
    let Some(Yaml::Seq(steps)) = doc.get("steps") else {
        panic!("{file}: steps is not a sequence")
    };
    for step in steps {
        let kind = ["checkout", "bash", "script", "pwsh", "task"]
            .into_iter()
            .find(|k| step.get(k).is_some());
        match kind {
            Some("task") => assert!(step.get("inputs").is_some(), "{file}: task without inputs"),
            Some(_) => {}
            None => panic!("{file}: unknown step {step:?}"),
        }
    }
    check_ci_policy(file, &doc);
}

// ----------------------------------------------------------- links and basics

/// GitHub's heading anchors: lower case, punctuation dropped, spaces to `-`.
fn anchors(md: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut in_fence = false;
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence || !line.starts_with('#') {
            continue;
        }
        let title = line.trim_start_matches('#').trim();
        let slug: String = title
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let k = counts.entry(slug.clone()).or_insert(0);
        out.insert(if *k == 0 {
            slug.clone()
        } else {
            format!("{slug}-{k}")
        });
        *k += 1;
    }
    out
}

#[test]
fn relative_links_point_at_files_and_headings_that_exist() {
    let mut problems = Vec::new();
    for file in ["README.md", "docs/DEPLOY.md", "docs/SECURITY.md"] {
        let text = read(file);
        let dir = root().join(file).parent().unwrap().to_path_buf();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("](") {
            rest = &rest[i + 2..];
            let Some(end) = rest.find(')') else { break };
            let target = &rest[..end];
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
            let full = if path.is_empty() {
                root().join(file)
            } else {
                dir.join(path)
            };
            if !full.exists() {
                problems.push(format!("{file}: link to missing {target}"));
                continue;
            }
            if !anchor.is_empty() {
                let md = std::fs::read_to_string(&full).unwrap_or_default();
                if !anchors(&md).contains(anchor) {
                    problems.push(format!("{file}: no heading for #{anchor} in {path}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn readme_shows_the_two_commands_and_ci_runs_the_tests() {
    let readme = read("README.md");
    for cmd in [
        "`cargo run --release --locked -p panelcrypt -- demo`",
        "`./scripts/test.sh`",
        "docs/ci/github-actions.yml",
        "docs/ci/azure-pipelines.yml",
        "docs/SECURITY.md",
        "docs/DEPLOY.md",
    ] {
        assert!(readme.contains(cmd), "README.md lacks {cmd}");
    }
    assert!(root().join("scripts/test.sh").exists());
    assert!(
        read(".ci/run").contains("./scripts/test.sh"),
        ".ci/run must run the README's test command"
    );
    let deploy = read("docs/DEPLOY.md");
    for f in ["ci/github-actions.yml", "ci/azure-pipelines.yml"] {
        assert!(deploy.contains(f), "docs/DEPLOY.md does not point at {f}");
    }
}

// Panel specs for the dashboard page double, with the real snippets
// (panelcrypt-snippet's render_parts, through its snippet-json example)
// and, for the Text panel, Grafana's own variable substitution order and
// sanitizer (@grafana/data textUtil.sanitizeTextPanelContent).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO } from './harness.mjs';

const require = createRequire(import.meta.url);
const TARGET = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target');
let textUtil = null;

// Grafana's TemplateSrv syntax; every variable counts as defined.
const VARIABLE = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?:\.([^:^}]+))?(?::([^}]+))?\}/g;
export function replaceVariables(s) {
  return String(s).replace(VARIABLE, 'VARIABLE_VALUE');
}

export function sanitizeTextPanel(html) {
  if (!textUtil) textUtil = require('@grafana/data').textUtil;
  return textUtil.sanitizeTextPanelContent(html);
}

const LABEL = { text: 'Text (HTML)', businesstext: 'Business Text', htmlgraphics: 'HTML graphics' };
const KIND = { text: 'text', businesstext: 'business-text', htmlgraphics: 'html-graphics' };

// panels: [{ id, type: text|businesstext|htmlgraphics, bundle, images,
//            inline?, sanitize?, width?, height?, title?, endpoint? }]
export function buildPanels(panels) {
  const reqs = panels.map((p) => ({
    kind: KIND[p.type],
    bundle: p.bundle,
    images: p.images,
    endpoint: p.endpoint,
    inline: !!p.inline,
  }));
  const out = JSON.parse(
    execFileSync(path.join(TARGET, 'debug', 'examples', 'snippet-json'), {
      input: JSON.stringify(reqs),
      maxBuffer: 256 << 20,
    }).toString('utf8'),
  );
  return panels.map((p, i) => {
    const parts = out[i];
    const base = {
      id: p.id,
      type: p.type,
      title: p.title || p.id,
      typeLabel: LABEL[p.type] + (p.inline ? ', inline' : '') + (p.sanitize ? ', sanitized' : ''),
      width: p.width,
      height: p.height,
    };
    if (p.type === 'text') {
      // Grafana: variables first, then the sanitizer (unless
      // disable_sanitize_html), then createContextualFragment (in the page).
      let html = replaceVariables(parts[0].content);
      if (p.sanitize) html = sanitizeTextPanel(html);
      return { ...base, content: html, raw: parts[0].content };
    }
    if (p.type === 'businesstext') return { ...base, content: parts[0].content, afterRender: parts[1].content };
    return { ...base, html: parts[0].content, onRender: parts[1].content };
  });
}

// End-to-end tests of the panelcrypt decoder and snippets in headless
// Chromium. Run with scripts/test-browser.sh (which builds and installs
// what is needed), or `npm test` here once it did.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startWorld, launchBrowser, freePort, REPO } from './lib/harness.mjs';
import { buildPanels } from './lib/panels.mjs';

let world;
let browser;

before(async () => {
  world = await startWorld();
  browser = await launchBrowser();
  console.log('# key service under test: ' + world.keyservice + (world.keyservice === 'stub' ? ' (Node stand-in)' : ' (panelcrypt-keyservice)'));
});

after(async () => {
  if (browser) await browser.close();
  if (world) await world.stop();
});

// In-page helpers (also inside shadow roots, also under CSP: playwright
// injects init scripts through the DevTools protocol).
const INIT = () => {
  window.__deepAll = (sel, root = document) => {
    const out = [...root.querySelectorAll(sel)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...window.__deepAll(sel, el.shadowRoot));
    return out;
  };
  window.__panelOf = (node) => {
    let n = node;
    while (n) {
      if (n.getAttribute && n.getAttribute('data-panel')) return n.getAttribute('data-panel');
      n = n.parentNode || n.host;
    }
    return null;
  };
  window.__settled = () => {
    const slots = window.__deepAll('.panelcrypt-image');
    return slots.length > 0 && slots.every((s) => s.getAttribute('data-panelcrypt-state') !== 'loading');
  };
  window.__report = async (withPixels) => {
    const out = [];
    for (const slot of window.__deepAll('.panelcrypt-image')) {
      const img = slot.querySelector('img');
      const err = slot.querySelector('.panelcrypt-error');
      const r = {
        panel: window.__panelOf(slot),
        name: slot.getAttribute('data-panelcrypt-name'),
        state: slot.getAttribute('data-panelcrypt-state'),
        error: err ? err.getAttribute('data-panelcrypt-error') : null,
        message: err ? err.innerText : null,
      };
      if (img && r.state === 'shown') {
        r.variant = Number(img.getAttribute('data-panelcrypt-variant'));
        r.via = img.getAttribute('data-panelcrypt-src');
        r.src = img.src;
        r.width = img.naturalWidth;
        r.height = img.naturalHeight;
        r.shownWidth = img.getBoundingClientRect().width;
        if (withPixels) {
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const ctx = c.getContext('2d');
          ctx.drawImage(img, 0, 0);
          const px = ctx.getImageData(0, 0, c.width, c.height).data;
          let bin = '';
          for (let i = 0; i < px.length; i += 0x8000) bin += String.fromCharCode.apply(null, px.subarray(i, i + 0x8000));
          r.rgba = btoa(bin);
          // The decrypted file itself: data: URLs decode here; blob: URLs
          // are fetched (same document, no network).
          let bytes;
          if (img.src.startsWith('data:')) {
            r.fileB64 = img.src.slice(img.src.indexOf(',') + 1);
          } else {
            bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
            let b = '';
            for (let i = 0; i < bytes.length; i += 0x8000) b += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
            r.fileB64 = btoa(b);
          }
        }
      }
      out.push(r);
    }
    return out;
  };
};

const sha256 = (b64) => crypto.createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex');

let specCounter = 0;

// Opens a dashboard with `panels` as `login` (null = signed out).
// `setup(context)` runs before the page opens (init scripts, routes).
async function openDashboard({ secure = true, login = 'alice', panels, route = '/d/', token = null, name, setup = null }) {
  const o = world.origins(secure);
  const specName = (name || 'spec') + '-' + ++specCounter;
  const specPanels = buildPanels(panels.map((p) => ({ ...p, bundle: p.bundle.replace('HOST', o.host) })));
  world.writeSpec(specName, { title: 'Plant overview', panels: specPanels });
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(INIT);
  let session = token;
  if (login && !session) session = await world.newSession(login);
  if (session) await context.addCookies([{ name: 'grafana_session', value: session, url: o.grafana }]);
  if (setup) await setup(context);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  await page.goto(o.grafana + route + 'dashboard.html?spec=' + specName);
  await page.waitForFunction(() => window.__dashboardReady === true);
  return { context, page, session, problems, specPanels, o };
}

async function settle(page, timeout = 30000) {
  await page.waitForFunction(() => window.__settled(), null, { timeout });
  return page.evaluate(() => window.__report(false));
}

function expectedObject(bundle, name, variant) {
  const objs = world.expected[bundle][name];
  return objs.find((o) => o.variant === variant);
}

// Every slot shown, with the exact pixels and file bytes of the source.
async function assertRealImages(page, bundle, expectPanels) {
  await settle(page);
  const report = await page.evaluate(() => window.__report(true));
  for (const r of report) {
    assert.equal(r.state, 'shown', `${r.panel}/${r.name}: ${r.error} ${r.message}`);
    const want = expectedObject(bundle, r.name, r.variant);
    assert.ok(want, `${r.panel}/${r.name}: unexpected variant ${r.variant}`);
    assert.equal(r.width, want.width, `${r.panel}/${r.name} width`);
    assert.equal(r.height, want.height, `${r.panel}/${r.name} height`);
    assert.equal(sha256(r.rgba), want.rgba_sha256, `${r.panel}/${r.name}: decrypted pixels differ from the source`);
    assert.equal(sha256(r.fileB64), want.file_sha256, `${r.panel}/${r.name}: decrypted bytes differ from the source`);
  }
  const panels = new Set(report.map((r) => r.panel));
  for (const p of expectPanels) assert.ok(panels.has(p), `panel ${p} rendered no image`);
  return report;
}

async function assertErrors(page, code, panelIds) {
  const report = await settle(page);
  const byPanel = new Map();
  for (const r of report) byPanel.set(r.panel, r);
  for (const id of panelIds) {
    const r = byPanel.get(id);
    assert.ok(r, `panel ${id} rendered nothing`);
    assert.equal(r.state, 'error', `panel ${id}: expected error ${code}, got ${r.state}`);
    assert.equal(r.error, code, `panel ${id}: ${r.message}`);
    assert.ok(r.message && r.message.length > 20, `panel ${id}: message is too short`);
  }
  return report;
}

async function decoderStats(page) {
  return page.evaluate(async () => {
    const pc = await import('/panelcrypt/decoder/panelcrypt.js');
    return pc.stats();
  });
}

const THREE_KINDS = [
  { id: 'text', type: 'text', title: 'Boiler (Text panel)', bundle: 'HOST/plant', images: ['plant/boiler.png'] },
  {
    id: 'business',
    type: 'businesstext',
    title: 'Boiler and pump (Business Text)',
    bundle: 'HOST/plant',
    images: ['plant/boiler.png', 'plant/pump.png'],
  },
  { id: 'graphics', type: 'htmlgraphics', title: 'Diagram (HTML graphics)', bundle: 'HOST/plant', images: ['plant/diagram.png'] },
  { id: 'small', type: 'text', title: 'Boiler, small', bundle: 'HOST/plant', images: ['plant/boiler.png'], width: 130 },
];

for (const secure of [true, false]) {
  const where = secure ? 'secure context (127.0.0.1, WebCrypto)' : 'non-secure context (grafana.test, pure-Rust AES)';

  test(`${where}: a signed-in user sees the real images in all three panel kinds`, async () => {
    const before = world.unlockRequests();
    const { context, page, problems } = await openDashboard({ secure, panels: THREE_KINDS, name: 'three' });
    try {
      const report = await assertRealImages(page, 'plant', ['text', 'business', 'graphics', 'small']);
      // The variant that fits: small panel → 120 px variant; two images in a
      // 400 px panel → 240 px variant of the boiler; wide panels → original.
      const pick = (panel, name) => report.find((r) => r.panel === panel && r.name === name).variant;
      assert.equal(pick('small', 'plant/boiler.png'), 120);
      assert.equal(pick('text', 'plant/boiler.png'), 0);
      assert.equal(pick('business', 'plant/boiler.png'), 240);
      assert.equal(pick('graphics', 'plant/diagram.png'), 0);
      assert.equal(world.unlockRequests() - before, 1, 'one key request per bundle per page');
      const stats = await decoderStats(page);
      assert.equal(stats.webcrypto, secure);
      assert.equal(await page.evaluate(() => window.isSecureContext), secure);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`${where}: a modified, swapped, moved or truncated object shows "failed verification"`, async () => {
    const panels = ['tampered', 'swapped', 'crossed', 'truncated'].map((b) => ({
      id: b,
      type: 'businesstext',
      title: b,
      bundle: 'HOST/' + b,
      images: ['plant/boiler.png', 'plant/pump.png'],
    }));
    const { context, page } = await openDashboard({ secure, panels, name: 'damaged' });
    try {
      const report = await assertErrors(page, 'object_verification', ['tampered', 'swapped', 'crossed', 'truncated']);
      assert.ok(report.every((r) => r.state === 'error' && r.error === 'object_verification'));
      assert.match(report[0].message, /failed verification/);
      // Nothing of a bad object reached the page.
      const urls = await page.evaluate(() => window.__deepAll('img').map((i) => i.getAttribute('src') || ''));
      assert.ok(urls.every((u) => u === '' || u.startsWith('data:image/png;base64,')), 'only placeholders');
    } finally {
      await context.close();
    }
  });

  test(`${where}: session rotation is done once and the request retried`, async () => {
    const token = await world.newSession('alice');
    await world.control('POST', '/__double/sessions/' + encodeURIComponent(token) + '/force-rotation');
    const rotBefore = (await world.counters()).rotate;
    const before = world.unlockRequests();
    const { context, page } = await openDashboard({ secure, panels: THREE_KINDS.slice(0, 2), token, name: 'rotate' });
    try {
      await assertRealImages(page, 'plant', ['text', 'business']);
      assert.equal((await world.counters()).rotate - rotBefore, 1, 'rotated once');
      assert.equal(world.unlockRequests() - before, 2, 'refused once, then retried once');
      const cookies = await context.cookies();
      const now = cookies.find((c) => c.name === 'grafana_session');
      assert.ok(now && now.value !== token, 'the browser got the rotated session cookie');
    } finally {
      await context.close();
    }
  });
}

test('inline snippets (--inline) work without the served decoder', async () => {
  const before = world.accessLog().split('\n').length;
  const panels = [
    { id: 'bt-inline', type: 'businesstext', inline: true, bundle: 'HOST/plant', images: ['plant/pump.png'] },
    { id: 'text-inline', type: 'text', inline: true, bundle: 'HOST/plant', images: ['plant/diagram.png'] },
    { id: 'hg-inline', type: 'htmlgraphics', inline: true, bundle: 'HOST/plant', images: ['plant/boiler.png'] },
  ];
  const { context, page, problems } = await openDashboard({ panels, name: 'inline' });
  try {
    await assertRealImages(page, 'plant', ['bt-inline', 'text-inline', 'hg-inline']);
    const lines = world.accessLog().split('\n').slice(before - 1);
    assert.ok(!lines.some((l) => l.includes('/panelcrypt/decoder/')), 'no decoder download');
    assert.equal(lines.filter((l) => l.includes('"POST /panelcrypt/api/unlock')).length, 1, 'one key request');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('Text panel with sanitizing on shows a readable hint, not code', async () => {
  const before = world.unlockRequests();
  const panels = [
    { id: 'sanitized', type: 'text', sanitize: true, bundle: 'HOST/plant', images: ['plant/boiler.png'] },
    { id: 'sanitized-inline', type: 'text', sanitize: true, inline: true, bundle: 'HOST/plant', images: ['plant/boiler.png'] },
  ];
  const { context, page, specPanels } = await openDashboard({ panels, name: 'sanitized' });
  try {
    assert.ok(!specPanels[0].content.includes('<script'), 'the sanitizer removed the script');
    await page.waitForTimeout(500);
    for (const id of ['sanitized', 'sanitized-inline']) {
      const text = await page.locator(`[data-panel="${id}"] .panel-content`).innerText();
      assert.match(text, /disable_sanitize_html/);
      assert.match(text, /Business Text/);
      assert.doesNotMatch(text, /function|import\(|WASM_BASE64|settings/);
      assert.ok(text.length < 600, 'only the hint is visible');
      assert.ok(await page.locator(`[data-panel="${id}"] .panelcrypt-hint`).isVisible());
    }
    assert.equal(world.unlockRequests() - before, 0);
  } finally {
    await context.close();
  }
});

test('signed out: every panel says to sign in', async () => {
  const panels = THREE_KINDS.slice(0, 3);
  const { context, page } = await openDashboard({ login: null, panels, name: 'signedout' });
  try {
    const report = await assertErrors(page, 'not_signed_in', ['text', 'business', 'graphics']);
    assert.match(report[0].message, /Sign in to Grafana/);
  } finally {
    await context.close();
  }
});

test('a user outside the sealed teams is told they are not allowed; a sealed user is', async () => {
  const panels = THREE_KINDS.slice(0, 3);
  const bob = await openDashboard({ login: 'bob', panels, name: 'bob' });
  try {
    const report = await assertErrors(bob.page, 'forbidden', ['text', 'business', 'graphics']);
    assert.match(report[0].message, /not allowed/);
  } finally {
    await bob.context.close();
  }
  // carol is a sealed user principal (user:carol), not in the team.
  const carol = await openDashboard({ login: 'carol', panels: panels.slice(2), name: 'carol' });
  try {
    await assertRealImages(carol.page, 'plant', ['graphics']);
  } finally {
    await carol.context.close();
  }
});

test('host without CORS headers, and an unreachable host, get their own message with the fix', async () => {
  const closed = await freePort();
  const panels = [
    { id: 'nocors', type: 'businesstext', bundle: 'HOST/nocors/plant', images: ['plant/boiler.png'] },
    { id: 'down', type: 'businesstext', bundle: 'http://127.0.0.1:' + closed + '/plant', images: ['plant/boiler.png'] },
    { id: 'missing', type: 'businesstext', bundle: 'HOST/no-such-bundle', images: ['plant/boiler.png'] },
    { id: 'noimage', type: 'businesstext', bundle: 'HOST/plant', images: ['plant/nope.png'] },
  ];
  const { context, page, o } = await openDashboard({ panels, name: 'hosts' });
  try {
    const report = await settle(page);
    const get = (id) => report.find((r) => r.panel === id);
    assert.equal(get('nocors').error, 'cors_missing', get('nocors').message);
    assert.match(get('nocors').message, /Access-Control-Allow-Origin/);
    assert.ok(get('nocors').message.includes(o.grafana), 'names the origin to allow');
    assert.equal(get('down').error, 'host_unreachable', get('down').message);
    assert.equal(get('missing').error, 'bundle_not_found', get('missing').message);
    assert.equal(get('noimage').error, 'no_such_image', get('noimage').message);
    assert.match(get('noimage').message, /plant\/boiler\.png/);
  } finally {
    await context.close();
  }
});

test("Grafana's CSP on: images still show in every panel kind (data: instead of blob:)", async () => {
  const panels = [
    { id: 'business', type: 'businesstext', bundle: 'HOST/plant', images: ['plant/boiler.png', 'plant/pump.png'] },
    { id: 'graphics', type: 'htmlgraphics', bundle: 'HOST/plant', images: ['plant/diagram.png'] },
    { id: 'bt-inline', type: 'businesstext', inline: true, bundle: 'HOST/plant', images: ['plant/diagram.png'] },
    { id: 'text', type: 'text', bundle: 'HOST/plant', images: ['plant/boiler.png'] },
  ];
  const { context, page } = await openDashboard({ panels, route: '/d-csp/', name: 'csp' });
  try {
    // Grafana's CSP has 'strict-dynamic' and a nonce on Grafana's own
    // scripts: the Text panel's script, inserted by that trusted code with
    // createContextualFragment (not parser-inserted), still runs.
    const report = await assertRealImages(page, 'plant', ['business', 'graphics', 'bt-inline', 'text']);
    assert.ok(report.every((r) => r.via === 'data'), 'blob: is blocked by img-src, data: used');
    const stats = await decoderStats(page);
    assert.equal(stats.blobBlocked, true);
  } finally {
    await context.close();
  }
});

test("Grafana's CSP without the host in connect-src: the panel names the connect-src fix", async () => {
  const panels = [{ id: 'business', type: 'businesstext', bundle: 'HOST/plant', images: ['plant/boiler.png'] }];
  const { context, page, o } = await openDashboard({ panels, route: '/d-csp-nohost/', name: 'csp-nohost' });
  try {
    const report = await assertErrors(page, 'csp_connect', ['business']);
    assert.match(report[0].message, /connect-src/);
    assert.ok(report[0].message.includes(o.host));
  } finally {
    await context.close();
  }
});

test('re-rendering a panel revokes its object URLs and reuses the bundle key', async () => {
  const before = world.unlockRequests();
  const { context, page } = await openDashboard({ panels: THREE_KINDS.slice(0, 3), name: 'rerender' });
  try {
    const first = await assertRealImages(page, 'plant', ['text', 'business', 'graphics']);
    const oldUrls = first.filter((r) => r.panel !== 'graphics').map((r) => r.src);
    assert.ok(oldUrls.every((u) => u.startsWith('blob:')));
    const graphicsUrl = first.find((r) => r.panel === 'graphics').src;
    await page.evaluate(() => {
      window.__rerenderPanel('text');
      window.__rerenderPanel('business');
      window.__rerenderPanel('graphics');
    });
    await page.waitForTimeout(50);
    const second = await assertRealImages(page, 'plant', ['text', 'business', 'graphics']);
    for (const u of oldUrls) {
      assert.ok(!second.some((r) => r.src === u), 'a new URL for the new DOM');
      const alive = await page.evaluate((url) => fetch(url).then(() => true, () => false), u);
      assert.equal(alive, false, 'old object URL revoked: ' + u);
    }
    // HTML graphics keeps its DOM across onRender: same image, nothing refetched.
    assert.equal(second.find((r) => r.panel === 'graphics').src, graphicsUrl);
    assert.equal(world.unlockRequests() - before, 1, 'the key is not requested again');
  } finally {
    await context.close();
  }
});

test('decoder assets are what panel-snippet/dist ships', async () => {
  const o = world.origins(true);
  for (const f of ['panelcrypt.js', 'panelcrypt_wasm.js', 'panelcrypt_wasm_bg.wasm']) {
    const r = await fetch(o.grafana + '/panelcrypt/decoder/' + f);
    assert.equal(r.status, 200, f);
    const got = Buffer.from(await r.arrayBuffer());
    assert.ok(got.equals(fs.readFileSync(path.join(REPO, 'panel-snippet', 'dist', f))), f);
  }
});

test('the decoder returns every byte of objects on and around chunk boundaries and rejects nonzero padding, in both paths', async () => {
  const o = world.origins(true);
  const keys = JSON.parse(fs.readFileSync(path.join(world.fixtures, 'keys.json'), 'utf8'));
  const edges = Object.values(keys).find((k) => k.bundle === 'edges');
  const entries = Object.entries(world.expected.edges).map(([name, objs]) => [name, objs[0].id]);
  assert.equal(entries.length, 10);
  world.writeSpec('edges', { title: 'edges', panels: [] });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(o.grafana + '/d/dashboard.html?spec=edges');
    // The shipped decoder's wasm-bindgen module, driven directly with the
    // bundle key (the key service is tested elsewhere).
    const got = await page.evaluate(
      async ({ host, key, entries }) => {
        const m = await import('/panelcrypt/decoder/panelcrypt_wasm.js');
        await m.default({ module_or_path: '/panelcrypt/decoder/panelcrypt_wasm_bg.wasm' });
        const header = new Uint8Array(await (await fetch(host + '/edges/header.pcb')).arrayBuffer());
        const bundle = m.Bundle.open(header, Uint8Array.from(atob(key), (c) => c.charCodeAt(0)), undefined);
        const hex = (buf) => [...new Uint8Array(buf)].map((x) => x.toString(16).padStart(2, '0')).join('');
        const out = {};
        for (const [name, id] of entries) {
          const ct = new Uint8Array(await (await fetch(host + '/edges/o/' + id)).arrayBuffer());
          for (const path of ['webcrypto', 'rust']) {
            try {
              const blob = await bundle.decrypt_with(id, ct, path === 'webcrypto');
              const sha = hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
              out[name + ' ' + path] = { size: blob.size, type: blob.type, sha };
            } catch (e) {
              out[name + ' ' + path] = { error: (e && e.code) || String(e) };
            }
          }
        }
        return out;
      },
      { host: o.host, key: edges.key, entries },
    );
    for (const [name, objs] of Object.entries(world.expected.edges)) {
      const want = objs[0];
      for (const p of ['webcrypto', 'rust']) {
        const g = got[name + ' ' + p];
        if (want.bad_padding) {
          assert.deepEqual(g, { error: 'object_verification' }, name + ' ' + p);
        } else {
          assert.deepEqual(g, { size: want.len, type: want.type, sha: want.file_sha256 }, name + ' ' + p);
        }
      }
    }
  } finally {
    await context.close();
  }
});

test('the header download overlaps the decoder compile; a decoder that cannot load is named in every panel', async () => {
  const panels = THREE_KINDS.slice(0, 3);
  // init() only starts the decoder: render() fetches the bundle header
  // before the wasm decoder is ready, then waits for it.
  const ok = await openDashboard({
    panels,
    name: 'overlap',
    setup: (context) => context.addInitScript(() => {
      window.__panelcrypt_trace = [];
    }),
  });
  try {
    await assertRealImages(ok.page, 'plant', ['text', 'business', 'graphics']);
    const trace = (await ok.page.evaluate(() => window.__panelcrypt_trace)).map((x) => x[0]);
    assert.ok(trace.indexOf('header') >= 0 && trace.indexOf('init done') >= 0, trace.join(', '));
    assert.ok(trace.indexOf('header') < trace.indexOf('init done'), 'header requested before the decoder is ready: ' + trace.join(', '));
    assert.deepEqual(ok.problems, []);
  } finally {
    await ok.context.close();
  }
  // The wasm cannot be loaded: each panel says so (and what to check).
  const broken = await openDashboard({
    panels,
    name: 'nowasm',
    setup: (context) => context.route('**/panelcrypt_wasm_bg.wasm', (r) => r.fulfill({ status: 503, body: 'down' })),
  });
  try {
    const report = await assertErrors(broken.page, 'decoder_load', ['text', 'business', 'graphics']);
    assert.match(report[0].message, /decoder could not be loaded/);
  } finally {
    await broken.context.close();
  }
});

test('reload prefetch: remembered object ids are fetched early, used only when the manifest selects them, and verified', async () => {
  const ids = (name) => Object.fromEntries(world.expected.plant[name].map((o) => [o.variant, o.id]));
  const boiler = ids('plant/boiler.png');
  const diagram = ids('plant/diagram.png')[0];
  const panels = THREE_KINDS.slice(0, 2); // text: boiler (original); business: boiler (240) and pump
  const { context, page, o } = await openDashboard({
    panels,
    name: 'prefetch',
    setup: (c) => c.addInitScript(() => {
      window.__panelcrypt_trace = [];
    }),
  });
  const PREFIX = 'panelcrypt.v1.object\n';
  const hints = () => page.evaluate((pre) => Object.entries(sessionStorage).filter(([k]) => k.startsWith(pre)), PREFIX);
  const labels = async () => (await page.evaluate(() => window.__panelcrypt_trace)).map((x) => x[0]);
  const reload = async () => {
    await page.reload();
    await page.waitForFunction(() => window.__dashboardReady === true);
  };
  try {
    // First load: nothing to prefetch; one hint per image slot, holding
    // nothing but the public object id it chose.
    const rep = await assertRealImages(page, 'plant', ['text', 'business']);
    const chosen = (panel, name) => {
      const r = rep.find((x) => x.panel === panel && x.name === name);
      return expectedObject('plant', name, r.variant).id;
    };
    assert.equal(chosen('text', 'plant/boiler.png'), boiler[0]);
    assert.equal(chosen('business', 'plant/boiler.png'), boiler[240]);
    const pumpId = chosen('business', 'plant/pump.png');
    assert.ok(!(await labels()).some((l) => l.startsWith('prefetch')), 'no hints on the first load');
    const all = await page.evaluate(() => Object.entries(sessionStorage));
    assert.deepEqual(all.filter(([k]) => !k.startsWith(PREFIX)), [], 'sessionStorage holds hints only');
    const first = await hints();
    assert.equal(first.length, 3);
    assert.deepEqual(first.map(([, v]) => v).sort(), [boiler[0], boiler[240], pumpId].sort());

    // Reload: every image uses its prefetched bytes, requested before the key arrived.
    let before = world.unlockRequests();
    await reload();
    await assertRealImages(page, 'plant', ['text', 'business']);
    let trace = await labels();
    assert.equal(trace.filter((l) => l.startsWith('prefetched ')).length, 3, trace.join(', '));
    assert.ok(trace.indexOf('prefetch ' + boiler[0]) < trace.indexOf('unlocked'), 'prefetch starts before the key arrives: ' + trace.join(', '));
    assert.equal(world.unlockRequests() - before, 1, 'one key request per page');

    // Stale and bogus hints: the text panel's boiler hint names the diagram's
    // object (real, but not the one the manifest selects), the pump's hint
    // an object that does not exist. Both are fetched and thrown away; the
    // right images show and the hints are corrected.
    await page.evaluate(
      ([pre, boiler0, pumpId, wrong]) => {
        for (const [k, v] of Object.entries(sessionStorage)) {
          if (!k.startsWith(pre)) continue;
          if (v === boiler0) sessionStorage.setItem(k, wrong);
          if (v === pumpId) sessionStorage.setItem(k, '0'.repeat(32));
        }
      },
      [PREFIX, boiler[0], pumpId, diagram],
    );
    await reload();
    await assertRealImages(page, 'plant', ['text', 'business']);
    trace = await labels();
    assert.ok(trace.includes('prefetch ' + diagram) && trace.includes('prefetch ' + '0'.repeat(32)), trace.join(', '));
    assert.equal(trace.filter((l) => l === 'prefetched plant/boiler.png').length, 1, 'the valid hint is used: ' + trace.join(', '));
    assert.equal(trace.filter((l) => l === 'fetch plant/boiler.png').length, 1, 'the stale hint is not: ' + trace.join(', '));
    assert.equal(trace.filter((l) => l === 'fetch plant/pump.png').length, 1, 'the bogus hint is not: ' + trace.join(', '));
    assert.deepEqual((await hints()).map(([, v]) => v).sort(), first.map(([, v]) => v).sort(), 'hints corrected');

    // Prefetched bytes are verified like any other: a modified copy of the
    // hinted object fails verification and nothing of it is shown.
    const bad = Buffer.from(await (await fetch(o.host + '/plant/o/' + boiler[240])).arrayBuffer());
    bad[Math.floor(bad.length / 2)] ^= 1;
    await context.route(o.host + '/plant/o/' + boiler[240], (r) =>
      r.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/octet-stream' }, body: bad }),
    );
    await reload();
    const report = await settle(page);
    trace = await labels();
    assert.ok(trace.includes('prefetch ' + boiler[240]), trace.join(', '));
    const slot = report.find((r) => r.panel === 'business' && r.name === 'plant/boiler.png');
    assert.equal(slot.state, 'error');
    assert.equal(slot.error, 'object_verification');
    assert.ok(report.filter((r) => r !== slot).every((r) => r.state === 'shown'));
    const shownImgs = await page.evaluate(() =>
      window.__deepAll('.panelcrypt-image').filter((s) => window.__panelOf(s) === 'business' && s.getAttribute('data-panelcrypt-name') === 'plant/boiler.png' && s.querySelector('img')).length,
    );
    assert.equal(shownImgs, 0, 'nothing of the modified object is shown');
  } finally {
    await context.close();
  }
});

test('demo dashboard: what a signed-in person sees, and why some panels show no image (docs/demo-dashboard.png)', async () => {
  const panels = [
    { id: 'text', type: 'text', title: 'Boiler room (Text panel)', bundle: 'HOST/plant', images: ['plant/boiler.png'] },
    {
      id: 'business',
      type: 'businesstext',
      title: 'Boiler and pump (Business Text)',
      bundle: 'HOST/plant',
      images: ['plant/boiler.png', 'plant/pump.png'],
    },
    { id: 'graphics', type: 'htmlgraphics', title: 'P&ID diagram (HTML graphics)', bundle: 'HOST/plant', images: ['plant/diagram.png'] },
    { id: 'tampered', type: 'businesstext', title: 'Boiler (copy modified on the host)', bundle: 'HOST/tampered', images: ['plant/boiler.png'] },
    { id: 'nocors', type: 'businesstext', title: 'Pump (host without CORS)', bundle: 'HOST/nocors/plant', images: ['plant/pump.png'] },
    { id: 'sanitized', type: 'text', sanitize: true, title: 'Boiler (Text panel, sanitizing on)', bundle: 'HOST/plant', images: ['plant/boiler.png'] },
  ];
  const { context, page } = await openDashboard({ panels, name: 'demo' });
  try {
    const report = await settle(page);
    const state = (id) => report.find((r) => r.panel === id);
    for (const id of ['text', 'business', 'graphics']) assert.equal(state(id).state, 'shown', id);
    assert.equal(state('tampered').error, 'object_verification');
    assert.equal(state('nocors').error, 'cors_missing');
    // docs/panel-types.png only when asked (ports differ on every run).
    const shot = process.env.PANELCRYPT_UPDATE_SCREENSHOT
      ? path.join(REPO, 'docs', 'panel-types.png')
      : path.join(process.env.CARGO_TARGET_DIR || path.join(REPO, 'target'), 'browser-panel-types.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
  } finally {
    await context.close();
  }
});

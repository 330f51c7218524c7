// panelcrypt loader: the panel flow around the wasm decoder.
//
// This file is not loaded as is. scripts/build-decoder.sh wraps it into
//   dist/panelcrypt.js         an ES module (served at /panelcrypt/decoder/)
//   dist/panelcrypt.inline.js  one expression embedding the decoder, for
//                              `panelcrypt snippet --inline`
// Both define `wasmGlue` (the wasm-bindgen glue: default init, Bundle,
// slot_section, has_webcrypto) and `wasmSource()` (what to instantiate).
//
// Rules for this file: no dollar sign and no double opening square bracket
// anywhere (Grafana substitutes dashboard variables in panel code), no
// import/export, no inline event handler attributes (CSP).

const VERSION = '0.1.0';
const STATE = '__panelcrypt_v1';

function pcState() {
  let s = window[STATE];
  if (!s) {
    s = {
      bundles: new Map(), // bundle URL + endpoint -> Promise<{bundle, url}>
      panels: new WeakMap(), // element -> { key, urls, root }
      live: new Set(), // records of rendered panels, to revoke URLs of removed ones
      blobBlocked: false, // CSP img-src forbids blob:
      violations: [], // recent securitypolicyviolation events
      rotation: null, // { at, promise }
      unlockCount: 0,
    };
    window[STATE] = s;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        s.violations.push({ directive: e.effectiveDirective || e.violatedDirective, uri: e.blockedURI });
        if (s.violations.length > 50) s.violations.shift();
        if (String(e.effectiveDirective || e.violatedDirective).indexOf('img-src') === 0 && String(e.blockedURI).indexOf('blob') === 0) {
          s.blobBlocked = true;
        }
      },
      true,
    );
  }
  return s;
}

// Optional timing trace for diagnostics and benchmarks: set
// window.__panelcrypt_trace = [] before the panels render.
function mark(label) {
  const t = window.__panelcrypt_trace;
  if (Array.isArray(t)) t.push([label, Math.round(performance.now())]);
}

let wasmPromise = null;

// Fetches, compiles and instantiates the wasm decoder once; a failure is
// not kept, so a later call retries.
function loadWasm() {
  if (!wasmPromise) {
    mark('init');
    wasmPromise = Promise.resolve(wasmSource())
      .then((src) => wasmGlue.default({ module_or_path: src }))
      .then(() => {
        mark('init done');
      })
      .catch((e) => {
        wasmPromise = null;
        throw pcError('decoder_load', String((e && e.message) || e));
      });
  }
  return wasmPromise;
}

// Starts loading the wasm decoder and resolves at once: render() waits for
// the decoder itself, after it has started the bundle's header download,
// so that download overlaps the decoder's compilation. (Panel snippets call
// init() and then render(); a decoder that cannot load shows as the
// decoder_load error in each panel.)
function init() {
  loadWasm().catch(() => {});
  return Promise.resolve(api);
}

// ---------------------------------------------------------------- errors

function pcError(code, detail, extra) {
  const e = new Error(detail || code);
  e.code = code;
  if (extra) Object.assign(e, extra);
  return e;
}

const GRAFANA_ORIGIN = () => window.location.origin;

// The text a person sees for each error code: what happened, and the fix.
function describe(err, settings) {
  const code = (err && err.code) || 'unknown';
  const host = err && err.origin ? err.origin : hostOf(settings && settings.bundle);
  const msgs = {
    not_signed_in: ['Sign in to Grafana to see this image.', 'The key service found no Grafana session for this browser.'],
    forbidden: [
      'You are not allowed to see this image.',
      'Access follows Grafana: the bundle was sealed for users, teams or roles you are not part of. Ask a dashboard admin to add you or to re-seal it for your team.',
    ],
    service_account: ['This image is shown to signed-in people only.', 'Service accounts and API tokens never get image keys.'],
    session_expired: ['Your Grafana session has expired.', 'Reload the page to sign in again.'],
    object_verification: [
      'This image failed verification.',
      'The file on the image host was modified, swapped with another file or truncated, so nothing of it is shown. Upload the bundle again.',
    ],
    header_verification: [
      'This bundle failed verification.',
      'Its header on the image host was modified, or it does not match the key the key service returned. Upload the bundle again.',
    ],
    host_unreachable: [
      'The image host ' + host + ' cannot be reached.',
      'Check the bundle URL and that the host is up and reachable from this browser.',
    ],
    cors_missing: [
      'The image host ' + host + ' does not let Grafana read the bundle (CORS headers missing).',
      'Fix: make the host answer GET requests with Access-Control-Allow-Origin: ' +
        GRAFANA_ORIGIN() +
        ' (or *). On Azure Blob storage add a CORS rule for this origin with method GET; on S3 a bucket CORS configuration; on nginx add_header Access-Control-Allow-Origin.',
    ],
    csp_connect: [
      'Grafana\u2019s Content-Security-Policy blocks connections to ' + host + '.',
      'Fix: add ' + host + ' to connect-src in [security] content_security_policy_template of grafana.ini.',
    ],
    bundle_not_found: ['No bundle at ' + ((err && err.url) || (settings && settings.bundle)) + '.', 'Check the bundle URL in this panel: it must be the folder that holds header.pcb.'],
    object_missing: ['An image file of this bundle is missing on the host.', 'Upload the whole bundle folder again (header.pcb and every file under o/).'],
    host_error: ['The image host answered with an error (' + ((err && err.status) || '?') + ').', 'Check the host and the bundle URL.'],
    not_a_bundle: ['The bundle URL does not point to a panelcrypt bundle.', 'header.pcb there is not a panelcrypt header.'],
    unsupported_version: ['This bundle was made by a newer panelcrypt.', 'Update the panelcrypt key service, which serves the decoder.'],
    malformed: ['The bundle is damaged.', (err && err.message) || ''],
    no_such_image: ['This bundle has no image named ' + JSON.stringify((err && err.image) || '') + '.', (err && err.available) ? 'It has: ' + err.available.join(', ') : ''],
    decoder_load: [
      'The panelcrypt decoder could not be loaded.',
      'It is served by the key service at /panelcrypt/decoder/ on Grafana\u2019s origin: check that the reverse proxy forwards /panelcrypt/ to it. (' + ((err && err.message) || '') + ')',
    ],
    key_service_missing: [
      'No panelcrypt key service answers at ' + ((err && err.url) || '/panelcrypt/api/unlock') + '.',
      'The reverse proxy in front of Grafana must forward /panelcrypt/ to `panelcrypt serve`.',
    ],
    rate_limited: ['Too many image requests right now.', 'Wait a moment and refresh the panel.'],
    identity_unavailable: ['Grafana could not confirm who you are right now.', 'The key service could not reach Grafana; try again shortly.'],
    too_large: ['This bundle header is too large for the key service.', 'Seal it to fewer recipients.'],
    bad_request: ['The key service rejected the request.', (err && err.message) || ''],
    cross_site: ['The key service refused a request from another site.', 'Open the dashboard from Grafana\u2019s own address.'],
    key_service_error: ['The key service failed (' + ((err && err.status) || '?') + ').', (err && err.message) || ''],
    not_an_image: ['The decrypted file is not an image this browser can show.', 'Type: ' + ((err && err.type) || '?')],
    bad_key: ['The key service returned an unusable key.', (err && err.message) || ''],
    browser: ['This browser could not decrypt the image.', (err && err.message) || ''],
    bad_settings: ['This panel is not set up.', (err && err.message) || ''],
  };
  const m = msgs[code] || ['The image could not be shown.', (err && err.message) || String(err)];
  return { code: code, title: m[0], detail: m[1] };
}

function hostOf(url) {
  try {
    return new URL(url, window.location.href).origin;
  } catch (e) {
    return String(url);
  }
}

// ---------------------------------------------------------------- network

function trimSlashes(s) {
  let t = String(s);
  while (t.endsWith('/')) t = t.slice(0, -1);
  return t;
}

function joinUrl(base, path) {
  return trimSlashes(base) + '/' + path;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// Why a cross-origin fetch failed with a TypeError: CSP, CORS or the network.
async function classifyFetchFailure(url) {
  const s = pcState();
  const origin = hostOf(url);
  // Violation events are queued as tasks; give them a moment to arrive.
  await sleep(30);
  const hit = s.violations.find(
    (v) => String(v.directive).indexOf('connect-src') === 0 && (v.uri === url || hostOf(v.uri) === origin),
  );
  if (hit) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
  try {
    // An opaque no-cors request succeeds when the host answers at all.
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return pcError('cors_missing', 'no CORS headers', { origin: origin });
  } catch (e) {
    const again = s.violations.find((v) => String(v.directive).indexOf('connect-src') === 0 && hostOf(v.uri) === origin);
    if (again) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
    return pcError('host_unreachable', String(e), { origin: origin });
  }
}

async function fetchHostBytes(url, notFoundCode) {
  let resp;
  try {
    resp = await fetch(url, { mode: 'cors', credentials: 'omit' });
  } catch (e) {
    throw await classifyFetchFailure(url);
  }
  if (resp.status === 404 || resp.status === 403) {
    throw pcError(notFoundCode, 'HTTP ' + resp.status, { url: url, status: resp.status });
  }
  if (!resp.ok) throw pcError('host_error', 'HTTP ' + resp.status, { url: url, status: resp.status });
  return new Uint8Array(await resp.arrayBuffer());
}

function grafanaBase() {
  const b = window.grafanaBootData && window.grafanaBootData.settings && window.grafanaBootData.settings.appSubUrl;
  return typeof b === 'string' ? trimSlashes(b) : '';
}

// POST /api/user/auth-tokens/rotate once for all panels of the page.
function rotateSession() {
  const s = pcState();
  const now = Date.now();
  if (!s.rotation || now - s.rotation.at > 30000) {
    const p = fetch(grafanaBase() + '/api/user/auth-tokens/rotate', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    s.rotation = { at: now, promise: p };
  }
  return s.rotation.promise;
}

async function unlockOnce(endpoint, slots) {
  const s = pcState();
  s.unlockCount++;
  let resp;
  try {
    resp = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ slots: slots }),
    });
  } catch (e) {
    throw pcError('key_service_missing', String(e), { url: endpoint });
  }
  let body = null;
  try {
    body = await resp.json();
  } catch (e) {
    body = null;
  }
  if (resp.ok && body && typeof body.key === 'string') return body;
  const code = body && typeof body.error === 'string' ? body.error : null;
  if (!code) {
    if (resp.status === 404 || resp.status === 405 || resp.status === 502 || resp.status === 504) {
      throw pcError('key_service_missing', 'HTTP ' + resp.status, { url: endpoint, status: resp.status });
    }
    throw pcError('key_service_error', 'HTTP ' + resp.status, { status: resp.status });
  }
  throw pcError(code, (body && body.message) || code, { status: resp.status });
}

async function unlock(endpoint, slots) {
  try {
    return await unlockOnce(endpoint, slots);
  } catch (e) {
    if (e.code !== 'session_rotate') throw e;
    await rotateSession();
    try {
      return await unlockOnce(endpoint, slots);
    } catch (e2) {
      if (e2.code === 'session_rotate') throw pcError('session_expired', e2.message);
      throw e2;
    }
  }
}

function b64decode(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// One header fetch and one key request per bundle per page, shared by
// every panel. A failure is not cached, so a later render retries.
function openBundle(bundleUrl, endpoint) {
  const s = pcState();
  const cacheKey = bundleUrl + '\n' + endpoint;
  let p = s.bundles.get(cacheKey);
  if (!p) {
    p = (async () => {
      mark('header');
      // The header download overlaps the decoder's compilation.
      const headerP = fetchHostBytes(joinUrl(bundleUrl, 'header.pcb'), 'bundle_not_found');
      headerP.catch(() => {});
      await loadWasm();
      const header = await headerP;
      const info = JSON.parse(wasmGlue.slot_section(header));
      mark('unlock');
      const resp = await unlock(endpoint, info.slots);
      mark('unlocked');
      let key;
      try {
        key = b64decode(resp.key);
      } catch (e) {
        throw pcError('bad_key', 'the key is not base64');
      }
      try {
        return wasmGlue.Bundle.open(header, key, resp.bundle_id || info.bundle_id);
      } finally {
        key.fill(0);
      }
    })();
    s.bundles.set(cacheKey, p);
    p.catch(() => {
      if (s.bundles.get(cacheKey) === p) s.bundles.delete(cacheKey);
    });
  }
  return p;
}

// ---------------------------------------------------------------- DOM

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function showError(box, err, settings) {
  const d = describe(err, settings);
  box.textContent = '';
  const m = el('div', 'panelcrypt-error');
  m.setAttribute('data-panelcrypt-error', d.code);
  m.setAttribute('role', 'alert');
  const st = m.style;
  st.padding = '8px 10px';
  st.border = '1px solid rgba(224, 47, 68, 0.6)';
  st.borderRadius = '4px';
  st.background = 'rgba(224, 47, 68, 0.08)';
  st.font = '13px/1.4 sans-serif';
  st.boxSizing = 'border-box';
  st.width = '100%';
  const t = el('div', 'panelcrypt-error-title', '\u26a0 ' + d.title);
  t.style.fontWeight = '600';
  m.appendChild(t);
  if (d.detail) m.appendChild(el('div', 'panelcrypt-error-detail', d.detail));
  box.appendChild(m);
  box.setAttribute('data-panelcrypt-state', 'error');
}

function revokeRecord(rec) {
  for (const u of rec.urls) {
    try {
      URL.revokeObjectURL(u);
    } catch (e) {
      /* ignore */
    }
  }
  rec.urls = [];
}

// Revoke the object URLs of panels whose DOM is gone (a Text panel
// re-inserts its content; a dashboard switch removes panels).
function sweep() {
  const s = pcState();
  for (const rec of s.live) {
    if (!rec.root.isConnected) {
      revokeRecord(rec);
      s.live.delete(rec);
    }
  }
}

function blobToDataUrl(blob) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

function loadImg(img, src) {
  return new Promise((resolve) => {
    const done = (ok) => {
      img.removeEventListener('load', onLoad);
      img.removeEventListener('error', onError);
      resolve(ok);
    };
    const onLoad = () => done(true);
    const onError = () => done(false);
    img.addEventListener('load', onLoad);
    img.addEventListener('error', onError);
    img.src = src;
  });
}

async function showBlob(img, blob, rec) {
  const s = pcState();
  if (!s.blobBlocked && typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    rec.urls.push(url);
    if (await loadImg(img, url)) {
      img.setAttribute('data-panelcrypt-src', 'blob');
      return;
    }
    URL.revokeObjectURL(url);
    rec.urls = rec.urls.filter((u) => u !== url);
    // A CSP that forbids blob: images fails the load; remember it so the
    // other images go straight to data: URLs.
    await sleep(0);
    if (s.violations.some((v) => String(v.directive).indexOf('img-src') === 0 && String(v.uri).indexOf('blob') === 0)) {
      s.blobBlocked = true;
    }
  }
  const data = await blobToDataUrl(blob);
  if (await loadImg(img, data)) {
    img.setAttribute('data-panelcrypt-src', 'data');
    return;
  }
  throw pcError('not_an_image', 'the browser cannot decode it', { type: blob.type });
}

function displayWidth(box) {
  const w = box.getBoundingClientRect().width || box.clientWidth || 0;
  return w > 0 ? w : 800;
}

// ------------------------------------------------------- reload prefetch
//
// The objects of a bundle are named in its encrypted manifest, so normally
// no object can be requested before the key has arrived. On a reload the
// loader remembers, per tab (sessionStorage), which object id each image
// chose last time (keyed by bundle URL, image name and target width), and
// starts downloading that object at once, in parallel with the header and
// the key request. The bytes are used only if the manifest then selects the
// same object id; they are decrypted and verified like any other download
// (a stale or forged hint costs one wasted download, nothing else). Only
// object ids are stored, which are public names on the image host; never
// keys, manifests or plaintext.

const HINT_PREFIX = 'panelcrypt.v1.object\n';

function hintKey(bundleUrl, name, target) {
  return HINT_PREFIX + bundleUrl + '\n' + name + '\n' + target;
}

function readHint(k) {
  try {
    const v = window.sessionStorage.getItem(k);
    return v && v.length === 32 && !/[^0-9a-f]/.test(v) ? v : null;
  } catch (e) {
    return null; // storage disabled (sandboxed frame, privacy settings)
  }
}

function writeHint(k, id) {
  try {
    if (window.sessionStorage.getItem(k) !== id) window.sessionStorage.setItem(k, id);
  } catch (e) {
    /* storage disabled or full: no prefetch next time */
  }
}

// Starts (or joins) the download of a hinted object; one per bundle and
// object id per page, shared by the panels that hinted it. Returns a
// handle whose take(id) gives the download only for that very id.
function prefetchObject(bundleUrl, id) {
  const s = pcState();
  if (!s.prefetch) s.prefetch = new Map();
  const k = bundleUrl + '\n' + id;
  let e = s.prefetch.get(k);
  if (!e) {
    mark('prefetch ' + id);
    const p = fetchHostBytes(joinUrl(bundleUrl, 'o/' + id), 'object_missing');
    p.catch(() => {});
    e = { p: p, refs: 0 };
    s.prefetch.set(k, e);
  }
  e.refs++;
  let open = true;
  return {
    id: id,
    // The download if `want` is the hinted id, else null; either way this
    // panel's interest ends (the bytes are dropped when nobody needs them).
    take(want) {
      if (!open) return null;
      open = false;
      if (--e.refs <= 0 && s.prefetch.get(k) === e) s.prefetch.delete(k);
      return want === id ? e.p : null;
    },
  };
}

async function showImage(bundleP, settings, name, slot, rec, isCurrent, pre) {
  let bundle;
  try {
    bundle = await bundleP;
    if (!isCurrent()) return;
    let info;
    try {
      info = JSON.parse(bundle.entry(name));
    } catch (e) {
      if (e && e.code === 'no_such_image') {
        e.image = name;
        try {
          e.available = bundle.names().slice(0, 20);
        } catch (e2) {
          /* ignore */
        }
      }
      throw e;
    }
    const img = slot.querySelector('img');
    if (info.width && info.height) {
      img.style.aspectRatio = info.width + ' / ' + info.height;
      img.setAttribute('width', String(info.width));
      img.setAttribute('height', String(info.height));
    }
    if (info.placeholder && info.placeholder.data && !img.getAttribute('src')) {
      img.src = 'data:' + info.placeholder.type + ';base64,' + info.placeholder.data;
      img.style.filter = 'blur(8px)';
    }
    img.alt = settings.alt || name;
    const dpr = window.devicePixelRatio || 1;
    const target = Math.ceil(displayWidth(slot) * dpr);
    const choice = JSON.parse(bundle.choose(name, target));
    if (!/^image\//.test(choice.type)) throw pcError('not_an_image', choice.type, { type: choice.type });
    if (pre.key) writeHint(pre.key, choice.id);
    const early = pre.hint ? pre.hint.take(choice.id) : null;
    mark((early ? 'prefetched ' : 'fetch ') + name);
    const url = joinUrl(settings.bundle, 'o/' + choice.id);
    // A prefetch that failed is retried as a normal download, which names
    // the error.
    const ct = await (early ? early.catch(() => fetchHostBytes(url, 'object_missing')) : fetchHostBytes(url, 'object_missing'));
    if (!isCurrent()) return;
    mark('decrypt ' + name);
    const blob = await bundle.decrypt(choice.id, ct);
    if (!isCurrent()) return;
    mark('show ' + name);
    await showBlob(img, blob, rec);
    mark('shown ' + name);
    img.style.filter = '';
    img.setAttribute('data-panelcrypt-variant', String(choice.variant));
    slot.setAttribute('data-panelcrypt-state', 'shown');
  } catch (e) {
    if (!isCurrent()) return;
    showError(slot, e, settings);
  } finally {
    if (pre.hint) pre.hint.take(null);
  }
}

function normalize(settings) {
  const s = Object.assign({}, settings || {});
  if (typeof s.images === 'string') s.images = [s.images];
  if (!Array.isArray(s.images) && typeof s.image === 'string') s.images = [s.image];
  s.images = (s.images || []).filter((x) => typeof x === 'string' && x.length > 0);
  s.endpoint = s.endpoint || '/panelcrypt/api/unlock';
  return s;
}

// Renders the images of `settings` into `target` (an element, or a
// ShadowRoot). Calling it again for the same target with the same settings
// keeps what is shown; with other settings, or after the panel replaced its
// DOM, it renders afresh and revokes the object URLs of the old images.
async function render(target, settings) {
  const s = pcState();
  sweep();
  const cfg = normalize(settings);
  const key = JSON.stringify(cfg);
  const prev = s.panels.get(target);
  if (prev && prev.key === key && prev.root.isConnected && prev.root.parentNode === target) {
    return prev.done;
  }
  if (prev) {
    revokeRecord(prev);
    s.live.delete(prev);
    if (prev.root.parentNode) prev.root.parentNode.removeChild(prev.root);
  }
  const root = el('div', 'panelcrypt-root');
  root.setAttribute('data-panelcrypt-version', VERSION);
  const rs = root.style;
  rs.display = 'flex';
  rs.flexWrap = 'wrap';
  rs.gap = '8px';
  rs.width = '100%';
  rs.boxSizing = 'border-box';
  target.appendChild(root);
  const rec = { key: key, urls: [], root: root, done: null };
  s.panels.set(target, rec);
  s.live.add(rec);
  const isCurrent = () => s.panels.get(target) === rec && root.isConnected;

  if (!cfg.bundle || cfg.images.length === 0) {
    const box = el('div', 'panelcrypt-image');
    root.appendChild(box);
    showError(box, pcError('bad_settings', 'Set the bundle URL and at least one image name.'), cfg);
    rec.done = Promise.resolve();
    return rec.done;
  }

  const slots = cfg.images.map((name) => {
    const slot = el('div', 'panelcrypt-image');
    slot.setAttribute('data-panelcrypt-name', name);
    slot.setAttribute('data-panelcrypt-state', 'loading');
    const ss = slot.style;
    ss.flex = cfg.images.length > 1 ? '1 1 ' + Math.max(120, Math.floor(100 / cfg.images.length)) + 'px' : '1 1 100%';
    ss.minWidth = '0';
    const img = el('img');
    const is = img.style;
    is.display = 'block';
    is.maxWidth = '100%';
    is.width = '100%';
    is.height = 'auto';
    is.background = 'rgba(128, 128, 128, 0.12)';
    is.aspectRatio = '4 / 3';
    img.setAttribute('decoding', 'async');
    slot.appendChild(img);
    root.appendChild(slot);
    return slot;
  });

  const bundleP = openBundle(cfg.bundle, cfg.endpoint);
  // Reload prefetch: the hinted objects, after the header request.
  const dpr = window.devicePixelRatio || 1;
  const pres = slots.map((slot, i) => {
    const k = hintKey(cfg.bundle, cfg.images[i], Math.ceil(displayWidth(slot) * dpr));
    const id = readHint(k);
    return { key: k, hint: id ? prefetchObject(cfg.bundle, id) : null };
  });
  rec.done = Promise.all(slots.map((slot, i) => showImage(bundleP, cfg, cfg.images[i], slot, rec, isCurrent, pres[i]))).then(
    () => undefined,
  );
  return rec.done;
}

// For tests and diagnostics.
function stats() {
  const s = pcState();
  return {
    unlockRequests: s.unlockCount,
    blobBlocked: s.blobBlocked,
    livePanels: s.live.size,
    webcrypto: !!(globalThis.crypto && globalThis.crypto.subtle),
  };
}

const api = { VERSION: VERSION, init: init, render: render, stats: stats, describe: describe };

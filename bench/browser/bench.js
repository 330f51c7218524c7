// Decrypt throughput of the panelcrypt decoder (bench build of
// wasm-decoder: feature `bench`) against its baselines, in the page:
//   WebCrypto path  vs one crypto.subtle AES-GCM decrypt over as many bytes
//   pure-Rust path  vs one AES-GCM decrypt with the aes-gcm crate in wasm
import init, { Bundle, bench_aes_gcm_decrypt } from './bench-decoder/panelcrypt_wasm.js';

function b64(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Runs `a` and `b` alternately (after one warm-up each), so that load from
// elsewhere on the machine hits both alike; returns their times.
async function pair(a, b, runs) {
  await a();
  await b();
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    await b();
    tb.push(performance.now() - t0);
  }
  const stats = (ts) => ({ min: Math.min(...ts), median: median(ts), all: ts });
  return [stats(ta), stats(tb)];
}

window.runBench = async ({ bundleUrl, keyB64, name, runs }) => {
  await init({ module_or_path: new URL('./bench-decoder/panelcrypt_wasm_bg.wasm', import.meta.url) });
  const header = new Uint8Array(await (await fetch(bundleUrl + '/header.pcb')).arrayBuffer());
  const bundle = Bundle.open(header, b64(keyB64), undefined);
  const choice = JSON.parse(bundle.choose(name, 0));
  const ct = new Uint8Array(await (await fetch(bundleUrl + '/o/' + choice.id)).arrayBuffer());
  const plainLen = choice.len;

  // Baseline input: one AES-256-GCM message of the same plaintext length.
  const rawKey = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const single = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(plainLen)));

  let blobSize = 0;
  const check = () => {
    if (blobSize !== plainLen) throw new Error('wrong plaintext size ' + blobSize);
  };
  const [ours, webcrypto] = await pair(
    async () => {
      blobSize = (await bundle.decrypt_with(choice.id, ct, true)).size;
      check();
    },
    () => crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, single),
    runs,
  );
  const [oursRust, crate] = await pair(
    async () => {
      blobSize = (await bundle.decrypt_with(choice.id, ct, false)).size;
      check();
    },
    async () => bench_aes_gcm_decrypt(rawKey, iv, single),
    runs,
  );

  const mbps = (ms) => plainLen / (1 << 20) / (ms / 1000);
  const row = (t) => ({ ms: t.min, mibps: mbps(t.min), medianMs: t.median, runs: t.all });
  const result = {
    bytes: plainLen,
    ciphertext: ct.length,
    webcryptoPath: row(ours),
    webcryptoSingle: row(webcrypto),
    rustPath: row(oursRust),
    aesGcmCrate: row(crate),
    userAgent: navigator.userAgent,
    secure: window.isSecureContext,
  };
  document.getElementById('out').textContent = JSON.stringify(result, null, 2);
  return result;
};

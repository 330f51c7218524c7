// `panelcrypt demo`, as a newcomer runs it: start it with no arguments,
// open the URL it prints, and see two decrypted images and one refusal.
// Also takes the README's screenshot (docs/demo-dashboard.png, written only
// with PANELCRYPT_UPDATE_SCREENSHOT=1) from this very page, so it cannot go
// stale. Run by scripts/test-browser.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, REPO } from './lib/harness.mjs';

const TARGET = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target');
const BIN = process.env.PANELCRYPT_BIN || path.join(TARGET, 'debug', 'panelcrypt');

function waitFor(stream, re, child, timeoutMs) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('timed out waiting for ' + re + ' in:\n' + seen)), timeoutMs);
    const onData = (d) => {
      seen += d;
      const m = seen.match(re);
      if (m) {
        clearTimeout(timer);
        stream.off('data', onData);
        resolve(m);
      }
    };
    stream.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error('panelcrypt demo exited (' + code + ') before ' + re + ':\n' + seen));
    });
  });
}

test('panelcrypt demo: the printed URL shows the allowed images decrypted and the forbidden one refused', async () => {
  const child = spawn(BIN, ['demo'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RUST_LOG: '' } });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let browser;
  try {
    const [, url] = await waitFor(child.stdout, /Open (http:\/\/127\.0\.0\.1:\d+\/) in a browser/, child, 120000);
    const served = stderr.match(/serving (\S+public-host)/);
    assert.ok(served, stderr);
    assert.ok(fs.existsSync(served[1]), 'the bundles exist while the demo runs');

    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1400, height: 440 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.getAttribute('data-demo-done'), null, { timeout: 60000 });
    const r = await page.evaluate(() => window.__panelcryptDemo);
    assert.equal(r.done, true, JSON.stringify(r));
    assert.equal(r.secure, true);
    const slot = (id) => r.panels.find((p) => p.id === id).slots[0];
    for (const id of ['thermal', 'throughput']) {
      assert.equal(slot(id).state, 'shown', id + ': ' + JSON.stringify(slot(id)));
      assert.ok(slot(id).width > 0 && Math.abs(slot(id).width / slot(id).height - 16 / 9) < 0.02, id);
    }
    assert.equal(slot('margins').state, 'error');
    assert.equal(slot('margins').error, 'forbidden');
    // What the viewer reads: the message, visible in the forbidden panel.
    const text = await page.locator('[data-demo-panel="margins"]').innerText();
    assert.match(text, /You are not allowed to see this image/);
    // The decrypted pixels are real image content, not a blank or broken
    // image: sample the thermal camera picture's hot spot and its dark floor.
    const spread = await page.evaluate(() => {
      const img = document.querySelector('[data-demo-panel="thermal"] img');
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let min = 255 * 3, max = 0;
      for (let i = 0; i < d.length; i += 4 * 31) {
        const s = d[i] + d[i + 1] + d[i + 2];
        min = Math.min(min, s);
        max = Math.max(max, s);
      }
      return max - min;
    });
    assert.ok(spread > 300, 'the thermal image has bright and dark parts: ' + spread);

    // The terminal tells the person what their browser showed.
    await waitFor(child.stderr, /ok {3}margins {5}q4-margins\.png {6}refused/, child, 10000).catch((e) => {
      if (!/ok {3}margins/.test(stderr)) throw e;
    });

    const shot = process.env.PANELCRYPT_UPDATE_SCREENSHOT
      ? path.join(REPO, 'docs', 'demo-dashboard.png')
      : path.join(TARGET, 'demo-dashboard.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
    await context.close();

    // Ctrl-C stops it and removes everything it wrote.
    child.kill('SIGINT');
    const { code } = await exited;
    assert.equal(code, 0, stderr);
    assert.equal(fs.existsSync(served[1]), false, 'the demo deletes its files on exit');
  } finally {
    if (browser) await browser.close();
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

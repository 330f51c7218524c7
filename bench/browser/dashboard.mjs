// The 12-image dashboard of docs/BENCHMARKS.md, shared by bench/browser/run.mjs
// (timings) and bench/browser/profile.mjs (where the CPU time goes): the
// same 12 images as plain <img> in Text panels and encrypted in Business
// Text panels, and the page hook that notes when the 12th image is shown.
import { buildPanels } from '../../tests/browser/lib/panels.mjs';

export const IMAGES = 12;

// Writes the specs `dash-plain` and `dash-enc`; returns the image names.
export function writeDashboards(world, o) {
  const names = Object.keys(world.expected.dash12).sort();
  const encPanels = names.map((n, i) => ({ id: 'p' + i, type: 'businesstext', bundle: o.host + '/dash12', images: [n], width: 300 }));
  world.writeSpec('dash-enc', { title: '12 encrypted images', panels: buildPanels(encPanels) });
  world.writeSpec('dash-plain', {
    title: '12 plain images',
    panels: names.map((n, i) => ({
      id: 'p' + i,
      type: 'text',
      typeLabel: 'Text (HTML)',
      width: 300,
      content: `<img style="display:block;width:100%;height:auto" src="${o.host}/plain/dash12/${n}">`,
    })),
  });
  return names;
}

// Init script: window.__allShownAt = performance.now() when the 12th image
// is shown (`load` of the last plain <img>; for panelcrypt, the last panel
// marked shown, i.e. its decrypted blob: image loaded). Also sets the
// user-timing marks pc-start / pc-all-shown for traces.
export const INIT = () => {
  performance.mark('pc-start');
  window.__allShownAt = null;
  const want = 12;
  let plain = 0;
  const done = () => {
    window.__allShownAt = performance.now();
    performance.mark('pc-all-shown');
  };
  document.addEventListener(
    'load',
    (e) => {
      if (e.target && e.target.tagName === 'IMG' && !e.target.closest('.panelcrypt-image') && ++plain === want) done();
    },
    true,
  );
  new MutationObserver(() => {
    if (window.__allShownAt === null && document.querySelectorAll('[data-panelcrypt-state="shown"]').length === want) done();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-panelcrypt-state'] });
};

// A fresh browser context signed in as alice, with INIT installed. With
// `hints` (from readHints), the tab starts with the loader's reload hints
// in sessionStorage: a cold cache whose object ids are known before the key.
export async function newDashboardPage(browser, world, o, hints = null) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1200 } });
  await context.addInitScript(INIT);
  if (hints) {
    await context.addInitScript(
      ([origin, entries]) => {
        if (window.location.origin !== origin) return;
        for (const [k, v] of entries) window.sessionStorage.setItem(k, v);
      },
      [o.grafana, hints],
    );
  }
  const token = await world.newSession('alice');
  await context.addCookies([{ name: 'grafana_session', value: token, url: o.grafana }]);
  return { context, page: await context.newPage() };
}

// Loads (or, with reload, reloads) the dashboard and waits for all images.
export async function showDashboard(page, o, spec, reload = false) {
  if (reload) await page.reload();
  else await page.goto(o.grafana + '/d/dashboard.html?spec=' + spec);
  await page.waitForFunction(() => window.__allShownAt !== null, null, { timeout: 60000 });
  return page.evaluate(() => window.__allShownAt);
}

// The loader's reload hints (object ids by bundle, image and width) of the
// page's tab, as [key, value] pairs.
export function readHints(page) {
  return page.evaluate(() =>
    Object.keys(window.sessionStorage)
      .filter((k) => k.startsWith('panelcrypt.v1.object\n'))
      .map((k) => [k, window.sessionStorage.getItem(k)]),
  );
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// The world of the browser tests: fixtures sealed with panelcrypt-core, the
// Grafana double and the key service on ONE origin behind a real nginx, the
// ciphertext on ANOTHER origin (a second nginx server) that sends CORS
// headers, and headless Chromium (Debian package) driven by playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startStubKeyService } from './keyservice-stub.mjs';

const require = createRequire(import.meta.url);
export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BROWSER_DIR = path.resolve(HERE, '..');
export const REPO = path.resolve(BROWSER_DIR, '..', '..');
export const DIST = path.join(REPO, 'panel-snippet', 'dist');
const TARGET = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target');
export const CHROMIUM = process.env.PANELCRYPT_CHROMIUM || '/usr/bin/chromium';
export const NGINX = process.env.PANELCRYPT_NGINX || '/usr/sbin/nginx';
export const NONCE = 'panelcrypt-test-nonce';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--force-color-profile=srgb',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,PrivateNetworkAccessRespectPreflightResults',
  // grafana.test / bundles.test: same servers, but not a secure context.
  '--host-resolver-rules=MAP grafana.test 127.0.0.1, MAP bundles.test 127.0.0.1',
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function waitPort(port, ms = 10000) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const c = net.connect(port, '127.0.0.1');
      c.on('connect', () => {
        c.destroy();
        resolve();
      });
      c.on('error', () => {
        c.destroy();
        if (Date.now() > deadline) reject(new Error('port ' + port + ' not listening'));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

// --------------------------------------------------------------- fixtures

function copyDir(src, dst) {
  fs.cpSync(src, dst, { recursive: true });
}

function objectsOf(dir) {
  return fs
    .readdirSync(path.join(dir, 'o'))
    .sort()
    .map((n) => path.join(dir, 'o', n));
}

// Copies of the `plant` bundle damaged the ways a host can damage it.
function makeDamagedBundles(hosted, expected) {
  const plant = path.join(hosted, 'plant');
  // One byte flipped in the middle of every object.
  copyDir(plant, path.join(hosted, 'tampered'));
  for (const f of objectsOf(path.join(hosted, 'tampered'))) {
    const b = fs.readFileSync(f);
    b[Math.floor(b.length / 2)] ^= 0x01;
    fs.writeFileSync(f, b);
  }
  // Every object's bytes moved to another object's name (a rotation).
  copyDir(plant, path.join(hosted, 'swapped'));
  const objs = objectsOf(path.join(hosted, 'swapped'));
  const bytes = objs.map((f) => fs.readFileSync(f));
  objs.forEach((f, i) => fs.writeFileSync(f, bytes[(i + 1) % bytes.length]));
  // Every object replaced by the same image's object from another bundle
  // (same length, other key): only the key commitment can tell.
  copyDir(plant, path.join(hosted, 'crossed'));
  for (const [name, objs] of Object.entries(expected.plant)) {
    for (const o of objs) {
      const other = expected['plant-copy'][name].find((x) => x.variant === o.variant);
      fs.copyFileSync(path.join(hosted, 'plant-copy', 'o', other.id), path.join(hosted, 'crossed', 'o', o.id));
    }
  }
  // Every object cut short (a partial upload).
  copyDir(plant, path.join(hosted, 'truncated'));
  for (const f of objectsOf(path.join(hosted, 'truncated'))) {
    const b = fs.readFileSync(f);
    fs.writeFileSync(f, b.subarray(0, b.length - Math.min(1000, Math.floor(b.length / 3))));
  }
}

// --------------------------------------------------------------- processes

function startProcess(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  const log = [];
  child.stderr.on('data', (d) => {
    log.push(String(d));
    if (log.length > 200) log.shift();
  });
  child.log = log;
  return child;
}

async function startGrafana(work) {
  const seed = {
    settings: { token_rotation_interval_minutes: 10 },
    users: [
      { login: 'alice', password: 'alice-pw', name: 'Alice Operator' },
      { login: 'bob', password: 'bob-pw', name: 'Bob Outsider' },
      { login: 'carol', password: 'carol-pw', name: 'Carol Auditor' },
    ],
    teams: [{ org_id: 1, name: 'plant-ops', members: ['alice'] }],
  };
  const seedFile = path.join(work, 'grafana-seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(seed, null, 2));
  const child = startProcess(path.join(TARGET, 'debug', 'grafana-double'), ['--config', seedFile, '--listen', '127.0.0.1:0']);
  const rl = readline.createInterface({ input: child.stdout });
  const line = await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('grafana-double did not start: ' + child.log.join(''))), 15000);
    rl.once('line', (l) => {
      clearTimeout(t);
      resolve(l);
    });
    child.once('exit', (c) => reject(new Error('grafana-double exited ' + c + ': ' + child.log.join(''))));
  });
  const info = JSON.parse(line);
  return { child, url: info.url, port: Number(new URL(info.url).port) };
}

// The real key service (`panelcrypt-keyservice`, the same as `panelcrypt
// serve`), one instance per Grafana origin (it checks Origin against
// --grafana-origin). PANELCRYPT_KEYSERVICE=stub uses the Node stand-in.
// PANELCRYPT_KEYSERVICE_PROFILE picks the cargo profile directory of the
// binary (default debug; bench/browser.sh uses release).
async function startKeyServices(work, { grafanaUrl, fixtures, origins }) {
  const bin = path.join(TARGET, process.env.PANELCRYPT_KEYSERVICE_PROFILE || 'debug', 'panelcrypt-keyservice');
  if (process.env.PANELCRYPT_KEYSERVICE === 'stub' || (!fs.existsSync(bin) && process.env.PANELCRYPT_KEYSERVICE !== 'real')) {
    const stub = await startStubKeyService({ grafanaUrl, keysFile: path.join(fixtures, 'keys.json'), assetsDir: DIST });
    return { kind: 'stub', ports: origins.map(() => stub.port), stop: () => new Promise((r) => stub.server.close(r)) };
  }
  const children = [];
  const ports = [];
  for (const origin of origins) {
    const port = await freePort();
    const child = startProcess(bin, [
      '--listen', '127.0.0.1:' + port,
      '--key-file', path.join(fixtures, 'master.key'),
      '--grafana-url', grafanaUrl,
      '--grafana-origin', origin,
      '--assets-dir', DIST,
      '--log-format', 'text',
    ]);
    children.push(child);
    ports.push(port);
  }
  await Promise.all(
    ports.map((p, i) =>
      waitPort(p).catch((e) => {
        throw new Error(e.message + ': ' + children[i].log.join(''));
      }),
    ),
  );
  return {
    kind: 'real',
    ports,
    logs: () => children.map((c) => c.log.join('')).join('\n'),
    stop: async () => {
      for (const c of children) c.kill('SIGTERM');
    },
  };
}

function cspHeader(grafanaPort, connectExtra) {
  // Grafana's default content_security_policy_template, filled in.
  return [
    "script-src 'self' 'unsafe-eval' 'unsafe-inline' 'strict-dynamic' 'nonce-" + NONCE + "'",
    "object-src 'none'",
    "font-src 'self'",
    "style-src 'self' 'unsafe-inline' blob:",
    'img-src * data:',
    "base-uri 'self'",
    "connect-src 'self' grafana.com ws://127.0.0.1:" +
      grafanaPort +
      ' wss://127.0.0.1:' +
      grafanaPort +
      ' ws://grafana.test:' +
      grafanaPort +
      ' wss://grafana.test:' +
      grafanaPort +
      (connectExtra ? ' ' + connectExtra : ''),
    "manifest-src 'self'",
    "media-src 'none'",
    "form-action 'self'",
  ].join(';');
}

async function startNginx(work, { gport, hport, grafanaPort, keyservicePorts, www, hosted }) {
  const dir = path.join(work, 'nginx');
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const hostOrigins = 'http://127.0.0.1:' + hport + ' http://bundles.test:' + hport;
  const proxy = (port) =>
    'proxy_pass http://127.0.0.1:' +
    port +
    '; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host $http_host; proxy_set_header X-Forwarded-For $remote_addr; proxy_set_header X-Forwarded-Proto $scheme;';
  // As docs/nginx/panelcrypt-locations.conf: the service sees paths
  // without the /panelcrypt prefix.
  const keyservice = (port) =>
    'proxy_pass http://127.0.0.1:' +
    port +
    '/; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host $host; ' +
    'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto $scheme; ' +
    'proxy_set_header X-Grafana-User ""; proxy_set_header X-Panelcrypt-Proxy-Secret ""; client_max_body_size 64k;';
  const grafanaServer = (serverName, ksPort) => `
  server {
    listen 127.0.0.1:${gport}${serverName === '127.0.0.1' ? ' default_server' : ''};
    server_name ${serverName};
    location /panelcrypt/ { ${keyservice(ksPort)} }
    location = /panelcrypt/metrics { return 404; }
    location /d/ { alias ${www}/; add_header Cache-Control no-store; }
    location /d-csp/ {
      alias ${www}/;
      add_header Cache-Control no-store;
      add_header Content-Security-Policy "${cspHeader(gport, hostOrigins)}" always;
    }
    location /d-csp-nohost/ {
      alias ${www}/;
      add_header Cache-Control no-store;
      add_header Content-Security-Policy "${cspHeader(gport, '')}" always;
    }
    location / { ${proxy(grafanaPort)} }
  }`;
  const conf = `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  types {
    text/html html; text/css css; application/javascript js mjs; application/json json;
    application/wasm wasm; image/png png; image/jpeg jpg;
  }
  default_type application/octet-stream;
  sendfile on;
  keepalive_requests 10000;

  # Grafana's origin: Grafana (double), the key service at /panelcrypt/,
  # and the dashboard page double at /d/ (with Grafana's CSP at /d-csp/).
  # One server per name (127.0.0.1 is a secure context, grafana.test is
  # not), each with the key service configured for that origin.
${grafanaServer('127.0.0.1', keyservicePorts[0])}
${grafanaServer('grafana.test', keyservicePorts[1])}

  # The public static host: ciphertext only, CORS for everyone, except
  # under /nocors/ (a host nobody configured).
  server {
    listen 127.0.0.1:${hport};
    location /nocors/ { alias ${hosted}/; }
    location / {
      root ${hosted};
      add_header Access-Control-Allow-Origin * always;
      add_header Cache-Control "public, max-age=300";
    }
  }
}
`;
  const confFile = path.join(dir, 'nginx.conf');
  fs.writeFileSync(confFile, conf);
  const child = startProcess(NGINX, ['-p', dir, '-c', confFile, '-e', path.join(dir, 'error.log')]);
  await Promise.all([waitPort(gport), waitPort(hport)]);
  return { child, dir };
}

// --------------------------------------------------------------- the world

export async function startWorld({ bench = false } = {}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'panelcrypt-browser-'));
  const fixtures = path.join(work, 'fixtures');
  execFileSync(path.join(TARGET, 'debug', 'browser-fixtures'), ['--out', fixtures, ...(bench ? ['--bench'] : [])], {
    stdio: 'inherit',
  });
  const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'expected.json'), 'utf8'));
  const hosted = path.join(work, 'hosted');
  copyDir(path.join(fixtures, 'bundles'), hosted);
  copyDir(path.join(fixtures, 'plain'), path.join(hosted, 'plain'));
  makeDamagedBundles(hosted, expected);

  const www = path.join(work, 'www');
  copyDir(path.join(BROWSER_DIR, 'page'), www);
  fs.copyFileSync(require.resolve('dompurify/dist/purify.min.js'), path.join(www, 'purify.min.js'));
  fs.mkdirSync(path.join(www, 'specs'), { recursive: true });

  const grafana = await startGrafana(work);
  const gport = await freePort();
  const hport = await freePort();
  const keyservice = await startKeyServices(work, {
    grafanaUrl: grafana.url,
    fixtures,
    origins: ['http://127.0.0.1:' + gport, 'http://grafana.test:' + gport],
  });
  const nginx = await startNginx(work, { gport, hport, grafanaPort: grafana.port, keyservicePorts: keyservice.ports, www, hosted });

  const world = {
    work,
    www,
    hosted,
    fixtures,
    expected,
    keyservice: keyservice.kind,
    keyserviceLogs: () => (keyservice.logs ? keyservice.logs() : ''),
    gport,
    hport,
    origins(secure) {
      return secure
        ? { grafana: 'http://127.0.0.1:' + gport, host: 'http://127.0.0.1:' + hport }
        : { grafana: 'http://grafana.test:' + gport, host: 'http://bundles.test:' + hport };
    },
    writeSpec(name, spec) {
      fs.writeFileSync(path.join(www, 'specs', name + '.json'), JSON.stringify(spec));
    },
    async control(method, p, body) {
      const r = await fetch(grafana.url + p, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await r.text();
      if (!r.ok) throw new Error(method + ' ' + p + ' -> ' + r.status + ' ' + text);
      return text ? JSON.parse(text) : null;
    },
    async newSession(login) {
      return (await this.control('POST', '/__double/sessions', { login })).token;
    },
    async counters() {
      return this.control('GET', '/__double/counters');
    },
    unlockRequests() {
      const log = fs.existsSync(path.join(nginx.dir, 'access.log')) ? fs.readFileSync(path.join(nginx.dir, 'access.log'), 'utf8') : '';
      return log.split('\n').filter((l) => l.includes('"POST /panelcrypt/api/unlock')).length;
    },
    accessLog() {
      return fs.readFileSync(path.join(nginx.dir, 'access.log'), 'utf8');
    },
    async stop() {
      for (const c of [nginx.child, grafana.child]) {
        try {
          c.kill('SIGTERM');
        } catch (e) {
          /* gone */
        }
      }
      await keyservice.stop();
      if (!process.env.PANELCRYPT_KEEP_WORK) fs.rmSync(work, { recursive: true, force: true });
    },
  };
  return world;
}

export async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

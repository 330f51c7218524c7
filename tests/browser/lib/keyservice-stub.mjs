// A stand-in for the panelcrypt key service (`panelcrypt serve`), used by
// the browser tests only when the real one is not available. It follows
// docs/PROTOCOL.md's unlock contract from the browser's side: same status
// codes and error bodies, identity from the Grafana double's /api/user*
// with the browser's cookie. It does not open HPKE slots: it knows the
// bundle keys from the fixtures' keys.json (bundle id -> key, principals).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(text);
}

function fail(res, status, error, message) {
  send(res, status, { error, message });
}

async function grafana(grafanaUrl, p, cookie) {
  const r = await fetch(grafanaUrl + p, { headers: cookie ? { cookie } : {} });
  let body = null;
  try {
    body = await r.json();
  } catch (e) {
    body = null;
  }
  return { status: r.status, body };
}

function principalsOf(user, teams, orgs) {
  const out = new Set(['user:' + String(user.login).toLowerCase()]);
  for (const t of teams) out.add('team:' + t.name + '@' + t.orgId);
  const order = ['Viewer', 'Editor', 'Admin'];
  for (const o of orgs) {
    const i = order.indexOf(o.role);
    for (let k = 0; k <= i; k++) out.add('role:' + order[k] + '@' + o.orgId);
  }
  return out;
}

export function startStubKeyService({ grafanaUrl, keysFile, assetsDir }) {
  const keys = JSON.parse(fs.readFileSync(keysFile, 'utf8'));
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      // Behind nginx the /panelcrypt prefix is stripped, as for the real service.
      const p = url.pathname.startsWith('/panelcrypt/') ? url.pathname.slice('/panelcrypt'.length) : url.pathname;
      if (req.method === 'GET' && p.startsWith('/decoder/')) {
        const name = path.basename(p);
        const file = path.join(assetsDir, name);
        if (!/^[A-Za-z0-9_.-]+$/.test(name) || !fs.existsSync(file)) {
          res.writeHead(404);
          return res.end('not found');
        }
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(name)] || 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        return res.end(fs.readFileSync(file));
      }
      if (p !== '/api/unlock') {
        res.writeHead(404);
        return res.end('not found');
      }
      if (req.method !== 'POST') return fail(res, 405, 'bad_request', 'POST only');
      const site = req.headers['sec-fetch-site'];
      if (site === 'cross-site' || site === 'same-site') return fail(res, 403, 'cross_site', 'cross-site request');
      if (!String(req.headers['content-type'] || '').startsWith('application/json')) {
        return fail(res, 400, 'bad_request', 'Content-Type must be application/json');
      }
      const chunks = [];
      let size = 0;
      for await (const c of req) {
        size += c.length;
        if (size > 2 << 20) return fail(res, 413, 'too_large', 'body too large');
        chunks.push(c);
      }
      let slots;
      try {
        slots = Buffer.from(JSON.parse(Buffer.concat(chunks).toString('utf8')).slots, 'base64');
      } catch (e) {
        return fail(res, 400, 'bad_request', 'body must be {"slots": base64}');
      }
      if (slots.length < 28 || slots.subarray(0, 8).toString('latin1') !== 'PNLCRYPT') {
        return fail(res, 400, 'bad_request', 'not a slot section');
      }
      const bundleId = slots.subarray(10, 26).toString('hex');
      const cookie = req.headers.cookie || '';
      const me = await grafana(grafanaUrl, '/api/user', cookie);
      if (me.status === 401) {
        if (me.body && me.body.messageId === 'session.token.rotate') {
          return fail(res, 401, 'session_rotate', 'session must be rotated');
        }
        return fail(res, 401, 'not_signed_in', 'not signed in');
      }
      if (me.status === 403 || (me.body && me.body.id === 0)) return fail(res, 403, 'service_account', 'not a user');
      if (me.status !== 200) return fail(res, 503, 'identity_unavailable', 'grafana said ' + me.status);
      const teams = await grafana(grafanaUrl, '/api/user/teams', cookie);
      const orgs = await grafana(grafanaUrl, '/api/user/orgs', cookie);
      if (teams.status !== 200 || orgs.status !== 200) return fail(res, 503, 'identity_unavailable', 'grafana failed');
      const have = principalsOf(me.body, teams.body, orgs.body);
      const entry = keys[bundleId];
      if (!entry || !entry.principals.some((p) => have.has(p))) return fail(res, 403, 'forbidden', 'not allowed');
      return send(res, 200, { key: entry.key, bundle_id: bundleId });
    } catch (e) {
      return fail(res, 503, 'identity_unavailable', String(e));
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, kind: 'stub' }));
  });
}

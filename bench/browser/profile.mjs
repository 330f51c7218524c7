// Where the CPU time of the 12-image dashboard goes (docs/BENCHMARKS.md,
// "Dashboard: where the time goes"). For plain and encrypted, cold and
// warm, it records a Chromium trace (categories toplevel + user timing) of
// each load and adds up, between the page's first script and the 12th image
// shown, the time each thread spent running tasks, plus the CPU time of the
// servers (nginx, key service, Grafana double) from /proc. On a machine with
// N cores, total CPU time near N x wall time means the load is CPU-bound.
//
//   bench/browser.sh --profile            (builds, then runs this)
//   BENCH_PROFILE_RUNS=5 bench/browser.sh --profile
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWorld, launchBrowser } from '../../tests/browser/lib/harness.mjs';
import { writeDashboards, newDashboardPage, showDashboard, median } from './dashboard.mjs';

const RUNS = Number(process.env.BENCH_PROFILE_RUNS || 3);
const TICK = 1000 / 100; // ms per /proc clock tick (USER_HZ is 100 on Linux)

// CPU ms of the servers, from /proc/<pid>/stat (utime + stime).
function serverCpuMs() {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (!/^(nginx|panelcrypt-keyse|grafana-double)/.test(comm)) continue;
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch (e) {
      /* gone */
    }
  }
  return ticks * TICK;
}

// Busy ms per thread group between the marks pc-start and pc-all-shown.
function cpuOfTrace(file) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ev = Array.isArray(raw) ? raw : raw.traceEvents;
  const proc = new Map();
  const thread = new Map();
  for (const e of ev) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') proc.set(e.pid, e.args.name);
    if (e.name === 'thread_name') thread.set(e.pid + ':' + e.tid, e.args.name);
  }
  const markTs = (name) => {
    const m = ev.filter((e) => e.name === name && e.cat && e.cat.includes('blink.user_timing'));
    return m.length ? Math.min(...m.map((e) => e.ts)) : null;
  };
  const t0 = markTs('pc-start');
  const t1 = markTs('pc-all-shown');
  if (t0 === null || t1 === null) throw new Error('trace without the pc-start / pc-all-shown marks: ' + file);
  // Top-level task spans per thread, merged (nested RunTask events overlap).
  const spans = new Map();
  for (const e of ev) {
    if (e.ph !== 'X' || !e.dur || !/^(ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/.test(e.name)) continue;
    const a = Math.max(e.ts, t0);
    const z = Math.min(e.ts + e.dur, t1);
    if (z <= a) continue;
    const k = e.pid + ':' + e.tid;
    if (!spans.has(k)) spans.set(k, []);
    spans.get(k).push([a, z]);
  }
  const groups = {};
  for (const [k, list] of spans) {
    list.sort((x, y) => x[0] - y[0]);
    let busy = 0;
    let cur = null;
    for (const [a, z] of list) {
      if (!cur || a > cur[1]) {
        if (cur) busy += cur[1] - cur[0];
        cur = [a, z];
      } else cur[1] = Math.max(cur[1], z);
    }
    if (cur) busy += cur[1] - cur[0];
    const p = proc.get(Number(k.split(':')[0])) || 'other';
    const t = thread.get(k) || '';
    const g =
      p === 'Renderer' ? (t === 'CrRendererMain' ? 'renderer main' : /ThreadPool|Raster|Decod/.test(t) ? 'renderer workers' : 'renderer other') : p === 'Browser' ? 'browser' : p === 'GPU Process' ? 'gpu' : 'other';
    groups[g] = (groups[g] || 0) + busy / 1000;
  }
  return { windowMs: (t1 - t0) / 1000, groups };
}

const GROUPS = ['renderer main', 'renderer workers', 'renderer other', 'browser', 'gpu', 'other', 'servers'];
const world = await startWorld({ bench: true });
const browser = await launchBrowser();
const o = world.origins(true);
const results = {}; // "dash-enc cold" -> [{wall, windowMs, groups}]
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'panelcrypt-profile-'));
try {
  writeDashboards(world, o);
  for (let run = 0; run < RUNS; run++) {
    for (const spec of ['dash-plain', 'dash-enc']) {
      const { context, page } = await newDashboardPage(browser, world, o);
      for (const phase of ['cold', 'warm']) {
        const file = path.join(tmp, `${spec}-${phase}-${run}.json`);
        await browser.startTracing(page, { path: file, categories: ['toplevel', 'blink.user_timing'] });
        const s0 = serverCpuMs();
        const wall = await showDashboard(page, o, spec, phase === 'warm');
        const servers = serverCpuMs() - s0;
        await browser.stopTracing();
        const c = cpuOfTrace(file);
        c.groups.servers = servers;
        const k = spec + ' ' + phase;
        (results[k] = results[k] || []).push({ wall, ...c });
        process.stderr.write(`${k} run ${run + 1}: ${Math.round(wall)} ms\n`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await world.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}

const f0 = (x) => Math.round(x).toString();
const rows = Object.entries(results).map(([k, rs]) => {
  const g = (name) => median(rs.map((r) => r.groups[name] || 0));
  const total = median(rs.map((r) => GROUPS.reduce((a, n) => a + (r.groups[n] || 0), 0)));
  const win = median(rs.map((r) => r.windowMs));
  return `| ${k} | ${f0(median(rs.map((r) => r.wall)))} | ${GROUPS.map((n) => f0(g(n))).join(' | ')} | ${f0(total)} | ${(total / win).toFixed(2)} |`;
});
const cpu = (os.cpus()[0] || {}).model || 'unknown CPU';
console.log(`Command: \`bench/browser.sh --profile\` (${RUNS} runs, medians; ${os.cpus().length} cores, ${cpu}; load average ${os.loadavg()[0].toFixed(1)} when it finished; ${new Date().toISOString().slice(0, 10)}). CPU columns: ms of task time between the page's first script and the 12th image shown, from a Chromium trace (toplevel), and the servers' CPU time from /proc. "cores busy" = total CPU / that window.

| load | wall ms | ${GROUPS.join(' | ')} | total CPU ms | cores busy |
| --- | ---: | ${GROUPS.map(() => '---:').join(' | ')} | ---: | ---: |
${rows.join('\n')}`);

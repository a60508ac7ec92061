import { chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { build } from 'vite';
import config from '../playwright.config';

/** A web-host console in its own process, as a person would start it, on a temporary store. */
export interface BenchHost {
  url: string;
  token: string;
  origin: string;
  stop: () => Promise<void>;
}

export function startHost(dataDir: string, passphrase: string): Promise<BenchHost> {
  // Loopback only: no sync listener on the network and no discovery beacons from a benchmark.
  const env = { ...process.env, CONCORD_DATA_DIR: dataDir, CONCORD_PASSPHRASE: passphrase, CONCORD_PORT: '0', CONCORD_SYNC_HOST: '127.0.0.1', CONCORD_DISCOVERY: 'off' };
  const child = spawn('npx', ['tsx', 'electron/host/cli.ts'], { env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^Concord web console: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/.exec(line);
      if (match?.[1] && match[2]) resolve({ url: `${match[1]}/#token=${match[2]}`, origin: match[1], token: match[2], stop: () => stop(child) });
    });
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}) before printing its URL`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** Calls a contract method over the web host's HTTP API, exactly as the browser client does. */
export async function callHost<T>(host: BenchHost, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
  return body.value;
}

/** Runs `count` calls with a few in flight, so HTTP round trips overlap the core's work. */
export async function callMany(count: number, inFlight: number, one: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await one(next++);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

/** The incident the UI and report benchmarks load: 10,000 tasks, 2,000 actors, 50,000 log entries unless told. */
export const benchSize = {
  tasks: Number(process.env.BENCH_UI_TASKS ?? 10_000),
  actors: Number(process.env.BENCH_UI_ACTORS ?? 2_000),
  log: Number(process.env.BENCH_UI_LOG ?? 50_000),
};
export const taskStatuses = ['to do', 'in progress', 'blocked', 'done'] as const;
const kinds = ['police', 'fire', 'medical', 'city department', 'community organisation', 'volunteer group'] as const;

/** Loads an incident of `benchSize` through the contract over HTTP, one call per record: no bulk method was needed. */
export async function loadIncident(host: BenchHost, name: string): Promise<{ incidentId: string; priorityId: string; loadMs: number }> {
  const start = performance.now();
  const commander = { name: 'Bench Commander', pin: '24682468' };
  const incident = await callHost<{ id: string }>(host, 'incident:create', { name, kind: 'other', mode: 'exercise', commander });
  const incidentId = incident.id;
  const priorities = await callHost<{ id: string }[]>(host, 'priority:add', { incidentId, title: 'Protect communities at risk of backlash' });
  const priorityId = priorities[0]?.id ?? '';
  const now = Date.now();
  await callMany(benchSize.actors, 8, (i) =>
    callHost(host, 'actor:create', { incidentId, kind: kinds[i % kinds.length], name: `Unit ${i} of ${kinds[i % kinds.length]}`, status: 'on scene' }),
  );
  await callMany(benchSize.tasks, 8, (i) =>
    callHost(host, 'task:create', {
      incidentId,
      priorityId,
      title: `Task ${i}: check on site ${i % 500}`,
      status: taskStatuses[i % taskStatuses.length],
      dueAt: new Date(now + ((i % 200) - 50) * 60_000).toISOString(),
    }),
  );
  await callMany(benchSize.log, 8, (i) => callHost(host, 'log:note', { incidentId, text: `Radio check ${i} from the cordon` }));
  return { incidentId, priorityId, loadMs: performance.now() - start };
}

/**
 * A freshly built renderer, a web-host console on a temporary store loaded with the bench incident, and a Chromium
 * page as the end-to-end tests launch it; all of it stopped and removed once `use` is done.
 */
export async function withBenchConsole<T>(name: string, use: (bench: { page: Page; host: BenchHost; incidentId: string; priorityId: string; loadMs: number }) => Promise<T>): Promise<T> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-ui-'));
  const host = await startHost(dataDir, 'bench passphrase for the ui');
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const loaded = await loadIncident(host, name);
    const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1600, height: 900 } });
    return await use({ page, host, ...loaded });
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import config from '../playwright.config';
import { callHost, callMany, startHost, type BenchHost } from './ui-load';
import type { BenchResult } from './results';

const TASKS = Number(process.env.BENCH_UI_TASKS ?? 10_000);
const ACTORS = Number(process.env.BENCH_UI_ACTORS ?? 2_000);
const LOG = Number(process.env.BENCH_UI_LOG ?? 50_000);
const RUNS = 5;
const statuses = ['to do', 'in progress', 'blocked', 'done'] as const;
const kinds = ['police', 'fire', 'medical', 'city department', 'community organisation', 'volunteer group'] as const;

/** Loads the incident through the contract over HTTP, one call per record: no bulk method was needed. */
async function load(host: BenchHost): Promise<{ incidentId: string; loadMs: number }> {
  const start = performance.now();
  const commander = { name: 'Bench Commander', pin: '24682468' };
  const incident = await callHost<{ id: string }>(host, 'incident:create', { name: 'UI bench incident', kind: 'other', mode: 'exercise', commander });
  const incidentId = incident.id;
  const priorities = await callHost<{ id: string }[]>(host, 'priority:add', { incidentId, title: 'Protect communities at risk of backlash' });
  const priorityId = priorities[0]?.id ?? '';
  const now = Date.now();
  await callMany(ACTORS, 8, (i) =>
    callHost(host, 'actor:create', { incidentId, kind: kinds[i % kinds.length], name: `Unit ${i} of ${kinds[i % kinds.length]}`, status: 'on scene' }),
  );
  await callMany(TASKS, 8, (i) =>
    callHost(host, 'task:create', {
      incidentId,
      priorityId,
      title: `Task ${i}: check on site ${i % 500}`,
      status: statuses[i % statuses.length],
      dueAt: new Date(now + ((i % 200) - 50) * 60_000).toISOString(),
    }),
  );
  await callMany(LOG, 8, (i) => callHost(host, 'log:note', { incidentId, text: `Radio check ${i} from the cordon` }));
  return { incidentId, loadMs: performance.now() - start };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Interactive: every live panel shows its figures and the navigation answers. */
async function commandReady(page: Page): Promise<void> {
  await page.getByTestId('overdue-count').waitFor();
  await page.getByTestId('stale-count').waitFor();
  await page.getByTestId('open-measures').waitFor();
  await page.locator('.panel-log').getByTestId('log-entries').waitFor();
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Tasks', exact: true }).waitFor();
}

async function measure(page: Page, host: BenchHost): Promise<Record<string, number>> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open UI bench incident' }).click();
  await commandReady(page);
  const ready: number[] = [];
  const open: number[] = [];
  const filter: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    await page.reload();
    await commandReady(page);
    ready.push(performance.now() - t);

    t = performance.now();
    await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Tasks', exact: true }).click();
    for (const s of statuses) await page.getByTestId(`column-${s}`).getByTestId('task-card').first().waitFor();
    open.push(performance.now() - t);

    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByTestId('task-count').filter({ hasText: `${TASKS} tasks` }).waitFor();
    t = performance.now();
    const text = `Task ${run + 1}2`;
    await page.getByLabel('Search tasks').fill(text);
    await page.getByTestId('task-count').filter({ hasNotText: `${TASKS} tasks` }).filter({ hasNotText: 'Loading' }).waitFor();
    await page.getByTestId('task-table').getByText(text).first().waitFor();
    filter.push(performance.now() - t);
    await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Command centre', exact: true }).click();
  }
  return { 'ui.command_view_ready_ms': median(ready), 'ui.tasks_open_ms': median(open), 'ui.tasks_filter_ms': median(filter) };
}

export async function benchUi(): Promise<BenchResult> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-ui-'));
  const host = await startHost(dataDir, 'bench passphrase for the ui');
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const { loadMs } = await load(host);
    const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1600, height: 900 } });
    const metrics = await measure(page, host);
    return {
      file: 'ui.json',
      metrics,
      details: {
        tasks: TASKS,
        actors: ACTORS,
        log_entries: LOG,
        load_through_api_s: Math.round(loadMs / 100) / 10,
        runs: RUNS,
        statistic: 'median',
        targets_ms: 'command view 1000, tasks open 200, tasks filter 100',
      },
    };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

import type { Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { benchSize, taskStatuses as statuses, withBenchConsole, type BenchHost } from './ui-load';
import type { BenchResult } from './results';

const RUNS = 5;
const { tasks: TASKS, actors: ACTORS, log: LOG } = benchSize;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Interactive: every live panel shows its figures and the navigation answers. */
async function commandReady(page: Page): Promise<void> {
  await page.getByTestId('overdue-count').waitFor();
  await page.getByTestId('stale-count').waitFor();
  await page.getByTestId('open-measures').waitFor();
  await page.locator('.panel-log').getByTestId('log-entries').waitFor();
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Tasks', exact: true }).waitFor();
}

/** The JavaScript this page has loaded since it was last (re)loaded, decoded, by the browser's own resource timing. */
async function scriptBytes(page: Page): Promise<number> {
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, size: 'decodedBodySize' in e && typeof e.decodedBodySize === 'number' ? e.decodedBodySize : 0 })),
  );
  return loaded.filter((r) => new URL(r.name).pathname.endsWith('.js')).reduce((sum, r) => sum + r.size, 0);
}

async function measure(page: Page, host: BenchHost): Promise<Record<string, number>> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Open UI bench incident' }).click();
  await commandReady(page);
  const ready: number[] = [];
  const open: number[] = [];
  const filter: number[] = [];
  let commandJsBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    await page.reload();
    await commandReady(page);
    ready.push(performance.now() - t);
    if (run === 0) commandJsBytes = await scriptBytes(page);

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
  return {
    'ui.command_view_ready_ms': median(ready),
    'ui.tasks_open_ms': median(open),
    'ui.tasks_filter_ms': median(filter),
    'ui.command_view_js_kb': Math.round(commandJsBytes / 1024),
  };
}

export async function benchUi(): Promise<BenchResult> {
  return withBenchConsole('UI bench incident', async ({ page, host, loadMs }) => ({
    file: 'ui.json',
    metrics: await measure(page, host),
    details: {
      tasks: TASKS,
      actors: ACTORS,
      log_entries: LOG,
      load_through_api_s: Math.round(loadMs / 100) / 10,
      runs: RUNS,
      statistic: 'median',
      targets_ms: 'command view 1000, tasks open 200, tasks filter 100',
      command_view_js: 'kB of JavaScript fetched from a reload until the command view is ready (the chart drawings are the only code loaded later)',
    },
  }));
}

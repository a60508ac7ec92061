import type { Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { benchSize, callHost, withBenchConsole } from './ui-load';

const ROUNDS = 5;
const HOUR = 3_600_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** The Operational periods view, which shows the newest situation report in its print view. */
async function openReport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Operational periods', exact: true }).click();
  await page.getByTestId('sitrep').getByRole('heading', { level: 2, name: 'Situation report: period 1' }).waitFor();
}

/**
 * `report.pdf_ms`: the situation report of the bench incident (10,000 tasks, 2,000 actors, 50,000 log entries,
 * loaded through the web host) as an A4 PDF from Chromium, as the web console's print gives it: `page.pdf` of the
 * print view on screen. Median of the rounds; each round reloads the console and opens the report afresh.
 */
export async function measureReportPdf(): Promise<{ pdfMs: number; details: Record<string, number | string> }> {
  return withBenchConsole('Report bench incident', async ({ page, host, incidentId, priorityId }) => {
    const { personId: leadId } = await callHost<{ personId: string }>(host, 'roster:currentOperator', {});
    const period = await callHost<{ id: string }>(host, 'period:start', { incidentId, plannedEndAt: new Date(Date.now() + 12 * HOUR).toISOString(), objectiveIds: [priorityId], leadId });
    await callHost(host, 'sitrep:generate', { periodId: period.id });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open Report bench incident' }).click();
    const pdf: number[] = [];
    const open: number[] = [];
    let bytes = 0;
    let pages = 0;
    for (let round = 0; round < ROUNDS; round++) {
      await page.reload();
      await page.getByRole('navigation', { name: 'Incident views' }).waitFor();
      let t = performance.now();
      await openReport(page);
      open.push(performance.now() - t);
      t = performance.now();
      await page.emulateMedia({ media: 'print' });
      const file = await page.pdf({ format: 'A4', printBackground: false, margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } });
      pdf.push(performance.now() - t);
      await page.emulateMedia({ media: 'screen' });
      bytes = file.length;
      pages = file.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    }
    return {
      pdfMs: round1(median(pdf)),
      details: {
        pdf_incident: `${benchSize.tasks} tasks, ${benchSize.actors} actors, ${benchSize.log} log entries, through the web host`,
        pdf_open_report_ms: round1(median(open)), pdf_bytes: bytes, pdf_pages: pages, pdf_target_ms: 3000, pdf_note: 'page.pdf of the print view in Chromium over the web host, median of 5' },
    };
  });
}

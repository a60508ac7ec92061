import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';

test.use({ hostPassphrase: passphrase });

const NOTE = 'Friday prayers covered by two patrols. Linden Street needs an Urdu interpreter from 08:00. Correction of the "31 dead" claim published at 12:00.';

test('the commander hands period 3 over with its report, opens period 4, and reads period 3’s report and note', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  // The command view: period 3 under Insp. Lindqvist, its handover note and report still missing.
  await expect(page.getByTestId('operational-period')).toContainText('Period 3');
  const panel = page.getByTestId('period-panel');
  await expect(panel).toContainText('Insp. Maria Lindqvist');
  await expect(panel.getByTestId('panel-handover')).toHaveText('Missing');
  await expect(panel.getByTestId('panel-reports')).toHaveText('0');
  await panel.evaluate((element) => element.closest('section')?.scrollIntoView());
  await screenshot(page, 'periods-panel');

  await openView(page, 'Operational periods');
  const current = page.getByTestId('current-period');
  await expect(current.getByRole('heading', { name: 'Period 3 (current)' })).toBeVisible();

  // Period 4 cannot start yet: the core says what period 3 lacks.
  const start = page.getByRole('form', { name: 'Start period 4' });
  await start.getByRole('button', { name: 'Start period 4' }).click();
  await expect(start.getByRole('alert')).toContainText('period 3 needs its handover note');

  await current.getByLabel('Handover note for period 4').fill(NOTE);
  await current.getByRole('button', { name: 'Save handover note' }).click();
  await expect(current.getByRole('status')).toHaveText('Handover note saved.');
  await current.getByRole('button', { name: 'Generate situation report' }).click();
  const report = page.getByTestId('sitrep');
  await expect(report.getByRole('heading', { level: 2, name: 'Situation report: period 3' })).toBeVisible();
  await expect(report.getByRole('region', { name: 'Handover note' })).toContainText('Urdu interpreter');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1600, height: 2400 });
  await screenshot(page, 'periods');

  // Period 4 starts under Leila Mansour; period 3 is closed with its note and its report.
  await start.getByLabel('Lead').selectOption({ label: 'Leila Mansour' });
  await start.getByRole('button', { name: 'Start period 4' }).click();
  await expect(page.getByRole('heading', { name: 'Period 4 (current)' })).toBeVisible();
  await expect(page.getByTestId('operational-period')).toContainText('Period 4');

  const closed = page.getByTestId('period-3');
  await closed.getByText('Handover note').click();
  await expect(closed).toContainText('Urdu interpreter');
  await closed.getByRole('button', { name: /Report as of/ }).click();
  await expect(report.getByRole('heading', { level: 2, name: 'Situation report: period 3' })).toBeVisible();
  await expect(report.getByRole('region', { name: 'Open rumours' })).toContainText('31');
  await expect(report.getByRole('region', { name: 'Priorities' })).toContainText('internal');
  await expectAccessible(page);
  await report.scrollIntoViewIfNeeded();
  await report.screenshot({ path: 'test-results/screens/sitrep.png' });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'sitrep-print');
});

import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { passphrase } from './fixtures/flows';
import { putOnRoster, signInAs } from './fixtures/operator';

test.use({ hostPassphrase: passphrase });

async function openFamilies(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Families and survivors', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Families and survivors' })).toBeVisible();
}

test('the demo’s families: flagged without a liaison, read by the commander, only counted for an observer', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  const panel = page.getByTestId('support-panel');
  await expect(panel.getByTestId('flag-no-liaison')).toHaveText('Households without a liaison: 3');
  await expect(panel.getByTestId('flag-needs-overdue')).toHaveText('Needs overdue: 1');
  await expect(panel.getByTestId('flag-contact-overdue')).toHaveText('Not contacted for 24 h: 1');
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: 'test-results/screens/families-panel.png' });

  await openFamilies(page);
  const households = page.getByTestId('household');
  await expect(households).toHaveCount(9);
  await expect(households.filter({ hasText: 'No liaison' })).toHaveCount(3);
  const detail = page.getByTestId('household-detail');
  await expect(detail.getByRole('heading', { name: /Injured 1/ })).toBeVisible();
  await expect(detail.getByTestId('open-details')).toContainText('Samir Khalil');
  await expect(detail.getByTestId('contact-log')).toContainText('who pays for taxis');
  await expect(detail.getByTestId('waiting-readers')).toContainText('Leila Mansour (liaison): no PIN yet');
  await detail.getByLabel('What was asked and said').fill('Called Rana: taxi vouchers agreed');
  await detail.getByLabel('Promise made (optional)').fill('Taxi vouchers for hospital visits');
  await detail.getByRole('button', { name: 'Record contact' }).click();
  await expect(detail.getByTestId('contact-log')).toContainText('taxi vouchers agreed');
  await expect(detail).not.toContainText('contact overdue');

  await page.getByLabel('Purpose').fill('Hand-over to the victim support service');
  await page.getByRole('button', { name: 'Export…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Export confidential details?' });
  await expect(confirm).toContainText('recorded in the incident log');
  const download = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Export and log it' }).click();
  expect((await download).suggestedFilename()).toMatch(/^families-confidential-.*\.txt$/);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1400, height: 1800 });
  await page.getByRole('heading', { level: 2, name: 'Families and survivors' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'families-commander');

  // The commander puts an observer on the roster with a PIN; the observer signs in on this console.
  await putOnRoster(page, host.url, 'Olu Bakare', '5555', 'observer');
  await signInAs(page, 'Olu Bakare', '5555', '6666');

  await expect(page.getByTestId('confidential-note')).toContainText('only the liaison, the commander and roles the commander names can read this');
  await expect(detail.getByTestId('sealed-details')).toBeVisible();
  await expect(detail.getByTestId('support-needs')).toContainText('Lost wages while in hospital');
  await expect(households.filter({ hasText: 'No liaison' })).toHaveCount(3);
  await expect(page.locator('body')).not.toContainText('Khalil');
  await expect(page.locator('body')).not.toContainText('who pays for taxis');
  await expect(page.getByRole('form', { name: 'Record a household' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'families-observer');
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectAccessible(page);
  await screenshot(page, 'families-observer-light');
});

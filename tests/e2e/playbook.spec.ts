import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openIncident, passphrase } from './fixtures/flows';

test.use({ hostPassphrase: passphrase });

async function openPlaybook(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Playbook', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Playbook' })).toBeVisible();
}

test('the incoming shift lead sees what the playbook says is overdue, ticks one, sets one aside and links one to a task', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  // The command view's panel: counts, and the overdue items first.
  const panel = page.getByTestId('playbook-panel');
  await expect(panel.getByTestId('playbook-overdue')).not.toHaveText('0');
  const toActOn = panel.getByRole('list', { name: 'Playbook items to act on' }).getByRole('listitem');
  await expect(toActOn.first()).toContainText('Overdue by');
  await expect(toActOn.filter({ hasText: 'Staff welfare check at 12 hours' })).toContainText('Overdue by');
  await panel.evaluate((element) => element.closest('section')?.scrollIntoView());
  await screenshot(page, 'playbook-panel');

  await openPlaybook(page);
  for (const band of ['First hour', 'First 12 hours', 'First day', 'Days 2–3']) {
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(`^${band}`) })).toBeVisible();
  }
  const item = (text: string) => page.getByTestId('playbook-item').filter({ has: page.getByRole('heading', { level: 5, name: text }) });
  await expect(item('Chain of command communicated to every team')).toContainText('Done');
  await expect(item('Security for vigils and gatherings planned')).toContainText('Fulfilled by task: Plan the vigil at Mill Bridge with the Interfaith Forum');

  // Tick the welfare check: done in the signed-in commander's name, no longer overdue.
  const welfare = item('Staff welfare check at 12 hours');
  await expect(welfare.getByTestId('item-overdue')).toBeVisible();
  await welfare.getByRole('textbox').fill('Every desk asked; two staff sent home to rest');
  await welfare.getByRole('button', { name: 'Tick' }).click();
  await expect(welfare.locator('.item-state')).toHaveText('Done');
  await expect(welfare).toContainText('by Mayor Helen Achterberg');
  await expect(welfare.getByTestId('item-overdue')).toHaveCount(0);

  // Set one aside: the button waits for the reason.
  const shop = item('One-stop shop or referral centre for survivors, with mental-health support');
  await expect(shop.getByRole('button', { name: 'Not applicable' })).toBeDisabled();
  await shop.getByRole('textbox').fill('The family assistance centre already serves as the one-stop shop');
  await shop.getByRole('button', { name: 'Not applicable' }).click();
  await expect(shop.locator('.item-state')).toHaveText('Not applicable');
  await expect(shop).toContainText('Note: The family assistance centre already serves as the one-stop shop');

  // Link one to the task that fulfils it, by keyboard.
  const outreach = item('Outreach to survivors who were not injured');
  await outreach.getByRole('button', { name: 'Link to a record' }).focus();
  await page.keyboard.press('Enter');
  await outreach.getByLabel('Kind').selectOption('task');
  await outreach.getByLabel('Task', { exact: true }).selectOption({ label: 'Find Somali- and Arabic-speaking counsellors for the drop-in' });
  await outreach.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(outreach.getByTestId('item-link')).toContainText('Fulfilled by task: Find Somali- and Arabic-speaking counsellors for the drop-in');

  await expectAccessible(page);
  await page.setViewportSize({ width: 1400, height: 2400 });
  await page.getByRole('heading', { level: 2, name: 'Playbook' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'playbook');
});

test('a new incident offers the playbook, and adopting it fills the panel', async ({ page, host }) => {
  await page.goto(host.url);
  await openIncident(page, { name: 'Fire at the Linden Street centre', mode: 'exercise' });
  const panel = page.getByTestId('playbook-panel');
  const adopt = panel.getByRole('button', { name: 'Adopt the first-72-hours playbook' });
  await expect(adopt).toBeEnabled();
  await panel.evaluate((element) => element.closest('section')?.scrollIntoView());
  await screenshot(page, 'playbook-panel-adopt');
  await adopt.click();
  await expect(panel.getByTestId('playbook-open')).toHaveText('27');
  await expect(panel.getByRole('list', { name: 'Playbook items to act on' })).toContainText('Take a moment to prepare yourself');
  await openPlaybook(page);
  await expect(page.getByRole('button', { name: 'Adopt the first-72-hours playbook' })).toHaveCount(0);

  // A step the city prepared that the guide lacks: due 5 hours in, it lands in the first 12 hours.
  const form = page.getByRole('form', { name: 'Add an item' });
  await form.getByLabel('What is to be done').fill('Brief the harbour master on the cordon');
  await form.getByLabel('Due (hours after the start)').fill('5');
  await form.getByLabel('Owner role').selectOption({ label: 'Operations staff' });
  await form.getByRole('button', { name: 'Add item' }).click();
  const band = page.getByRole('region', { name: /^First 12 hours/ });
  await expect(band.getByTestId('playbook-item').filter({ hasText: 'Brief the harbour master on the cordon' })).toContainText('Operations staff');
  await expect(form.getByLabel('What is to be done')).toHaveValue('');
  await expectAccessible(page);
});

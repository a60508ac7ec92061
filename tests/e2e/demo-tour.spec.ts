import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';
import { putOnRoster, signInAs } from './fixtures/operator';

test.use({ hostPassphrase: passphrase });

/** Opens every view in the navigation's order and notes any alert it shows once its records are read. */
async function tour(page: Page, who: string, problems: string[]): Promise<void> {
  const titles = (await page.getByRole('navigation', { name: 'Incident views' }).getByRole('list').getByRole('button').allInnerTexts()).map((t) => t.trim());
  expect(titles.length).toBeGreaterThan(15);
  for (const title of titles) {
    await openView(page, title);
    await expect(page.locator('#main').getByText(/^Loading|^Reading the records/)).toHaveCount(0);
    for (const alert of await page.locator('#main').getByRole('alert').allInnerTexts()) if (alert.trim() !== '') problems.push(`${who}, ${title}: ${alert.trim()}`);
  }
}

test('a newcomer touring every view of the demo, as its commander, signed out and as an observer, meets no error on screen or in the browser', async ({ page, host }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();
  await tour(page, 'the commander', problems);

  // The commander puts an observer on the roster before signing out: signed out, nobody may.
  await putOnRoster(page, host.url, 'Olu Bakare', '55555555', 'observer');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await tour(page, 'signed out', problems);
  // Forms name who prepared them: signed out, the view says so instead of asking and showing the refusal.
  await openView(page, 'Forms');
  await expect(page.locator('#main')).toContainText('A form names who prepared it: sign in to read the forms.');
  await expectAccessible(page);
  await screenshot(page, 'forms-signed-out');
  await signInAs(page, 'Olu Bakare', '55555555', '66666666');
  await tour(page, 'the observer', problems);
  expect(problems).toEqual([]);
});

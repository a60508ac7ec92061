import { expect, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';

test.use({ hostPassphrase: passphrase });

test('a newcomer touring every view of the demo exercise meets no error: none on screen, none in the browser', async ({ page, host }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  const titles = (await page.getByRole('navigation', { name: 'Incident views' }).getByRole('list').getByRole('button').allInnerTexts()).map((t) => t.trim());
  expect(titles.length).toBeGreaterThan(15);
  for (const title of titles) {
    await openView(page, title);
    // Every view reads its records on opening: wait until nothing is loading, then read what it says.
    await expect(page.locator('#main').getByText(/^Loading/)).toHaveCount(0);
    for (const alert of await page.locator('#main').getByRole('alert').allInnerTexts()) if (alert.trim() !== '') problems.push(`${title}: ${alert.trim()}`);
  }
  expect(problems).toEqual([]);
});

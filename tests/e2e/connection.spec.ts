import { expect, test } from './fixtures/console';
import { passphrase } from './fixtures/flows';

test('when the host goes away the console says so, and a failed action explains why', async ({ page, host }) => {
  await page.goto(host.url);
  const sign = page.getByTestId('connection');
  await expect(sign).toHaveText('Connected');

  await host.stop();
  await expect(sign).toHaveText('Connection lost: reconnecting…');
  await expect(page.getByRole('alert')).toContainText('The link to the console host is down');

  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create store' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be reached' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Create this console’s encrypted store' })).toBeVisible();
});

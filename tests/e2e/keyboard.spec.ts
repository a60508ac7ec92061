import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/console';
import { passphrase } from './fixtures/flows';

test.use({ hostPassphrase: passphrase });

/** Moves focus with Tab only, as a keyboard user would, until the target holds it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the target never received focus by Tab');
}

test('an incident can be opened and its situation edited with the keyboard alone', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Incidents' })).toBeVisible();

  await tabTo(page, page.getByLabel('Name', { exact: true }));
  await page.keyboard.type('Rally outside the Islamic centre');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Kind')).toHaveValue('extremist attack');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /^Real incident/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Exercise/ })).toBeChecked();
  await tabTo(page, page.getByLabel('Operational period', { exact: true }));
  await page.keyboard.type('Period 2');
  // Whoever opens the incident takes command: their name and the PIN they will sign in with.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Alex Rivera');
  await tabTo(page, page.getByLabel('Your PIN'));
  await page.keyboard.type('24681357');
  await page.keyboard.press('Enter');

  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { level: 1, name: 'Rally outside the Islamic centre' })).toBeVisible();
  await expect(header.getByTestId('exercise-banner')).toBeVisible();
  await expect(header).toContainText('Extremist attack');

  const edit = page.getByRole('button', { name: 'Edit situation' });
  await tabTo(page, edit);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Edit the situation/ });
  await expect(dialog.getByLabel('Security risk level')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await tabTo(page, dialog.getByRole('button', { name: 'Save situation' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(header.getByTestId('security-risk')).toContainText('High');
  await expect(edit).toBeFocused();

  // A panel's Open button leaves with the command centre: focus goes to the main region of the view it opened,
  // not back to the top of the page.
  await tabTo(page, page.getByRole('button', { name: 'Open Priorities' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Priorities' })).toBeVisible();
  await expect(page.locator('#main')).toBeFocused();
});

import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { confirmRecoveryKey, createStore, openIncident } from './fixtures/flows';

const themes = ['dark', 'light'] as const;

async function check(page: Page, theme: string, screen: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expectAccessible(page);
  await screenshot(page, `${screen}-${theme}`);
}

for (const theme of themes) {
  test(`every screen passes axe in the ${theme} theme`, async ({ page, host }) => {
    await page.goto(host.url);
    const themeSwitch = page.getByRole('button', { name: 'Light theme' });
    if (theme === 'light') await themeSwitch.click();
    await expect(themeSwitch).toHaveAttribute('aria-pressed', String(theme === 'light'));

    await page.getByRole('button', { name: 'Create store' }).click();
    await expect(page.getByText('The passphrase needs at least 10 characters.')).toBeVisible();
    await check(page, theme, 'create-store');
    await createStore(page);
    await check(page, theme, 'recovery-key');
    await confirmRecoveryKey(page);
    await check(page, theme, 'incidents-empty');

    await openIncident(page, { name: 'Attack at the Central Mosque', mode: 'exercise', area: 'Old Town, Mill Street', period: 'Period 1' });
    await check(page, theme, 'command');

    await page.getByRole('button', { name: 'Edit situation' }).click();
    await expect(page.getByRole('dialog', { name: /Edit the situation/ })).toBeVisible();
    await check(page, theme, 'situation-editor');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await page.getByRole('button', { name: 'Open Log' }).click();
    await expect(page.getByRole('table', { name: 'Timeline, newest first' })).toBeVisible();
    await check(page, theme, 'log');

    await page.getByRole('button', { name: 'Command centre' }).click();
    await page.getByRole('button', { name: 'Open Priorities' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Priorities' })).toBeVisible();
    await check(page, theme, 'empty-view');

    await page.getByRole('button', { name: 'All incidents' }).click();
    await expect(page.getByRole('button', { name: 'Open Attack at the Central Mosque' })).toBeVisible();
    await check(page, theme, 'incidents');

    await page.getByRole('button', { name: 'Lock store' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('not the right passphrase');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('That passphrase does not open this store');
    await check(page, theme, 'unlock');
  });
}

test('the command view still fits a 1280x800 screen', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await createStore(page);
  await confirmRecoveryKey(page);
  await openIncident(page, { name: 'Attack at the Central Mosque', mode: 'exercise', period: 'Period 1, 14:00 to 22:00' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await screenshot(page, 'command-1280');
});

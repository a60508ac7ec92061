import type { Page } from '@playwright/test';
import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { commander, confirmRecoveryKey, createStore, openIncident } from './fixtures/flows';
import { signInAs } from './fixtures/operator';

const nav = (page: Page, view: string) => page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: view, exact: true }).click();

test('a commander resets a PIN; the person signs in with it and must choose their own before acting', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await createStore(page);
  await confirmRecoveryKey(page);
  await openIncident(page, { name: 'Attack at the Central Mosque', mode: 'exercise', commander: commander.name });

  await nav(page, 'Chain of command');
  const add = page.getByRole('form', { name: 'Add a person' });
  await add.getByLabel('Full name').fill('Jo Staff');
  await add.getByLabel('First PIN').fill('1357');
  await add.getByRole('button', { name: 'Add person' }).click();
  await expect(add.getByLabel('Full name')).toHaveValue('');

  const reset = page.getByRole('form', { name: 'Reset a PIN' });
  await reset.getByLabel('Person').selectOption({ label: 'Jo Staff' });
  await reset.getByLabel('New PIN').fill('2468');
  await reset.getByRole('button', { name: 'Reset PIN' }).click();
  await expect(reset.getByRole('status')).toContainText('Jo Staff’s PIN is reset: they choose their own at their next sign-in.');
  await expectAccessible(page);
  await screenshot(page, 'pin-reset');
  await nav(page, 'Log');
  await expect(page.getByTestId('log-timeline')).toContainText('PIN reset');

  // The commander's first PIN for Jo no longer opens; the reset one does, and asks Jo for their own.
  const badge = page.getByTestId('operator');
  await badge.getByRole('button', { name: 'Switch operator' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in on this console' });
  await expect(dialog.getByTestId('authorship-note')).toContainText('every console accepts a change in your name only with your signature');
  await dialog.getByLabel('Who are you?').selectOption({ label: 'Jo Staff' });
  await dialog.getByLabel('PIN').fill('1357');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('alert').or(dialog.getByText('wrong PIN for Jo Staff'))).toContainText('wrong PIN for Jo Staff');
  await screenshot(page, 'sign-in-dialog');
  await dialog.getByLabel('PIN').fill('2468');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  const own = page.getByRole('dialog', { name: 'Set your own PIN' });
  await expect(own).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'set-own-pin');
  await own.getByRole('button', { name: 'Sign out' }).click();
  await expect(badge).toContainText('Nobody signed in');

  await signInAs(page, 'Jo Staff', '2468', '9753');
  await expect(badge).toContainText('Jo Staff');
});

import { expect, screenshot, test } from './fixtures/console';
import { confirmRecoveryKey, createStore, openIncident, passphrase, setSecurityRisk } from './fixtures/flows';

const refused = 'That passphrase does not open this store';

test('an operator creates the store, opens an exercise, raises the risk, and finds it all again after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  const recoveryKey = await createStore(page);
  expect(recoveryKey.replace(/[^0-9a-f]/gi, '')).toHaveLength(64);
  await confirmRecoveryKey(page);

  await openIncident(page, { name: 'Attack at the Central Mosque', mode: 'exercise', period: 'Period 1, 14:00 to 22:00' });
  const header = page.getByRole('banner');
  await expect(header.getByTestId('exercise-banner')).toContainText('EXERCISE');
  await expect(header.getByTestId('security-risk')).toContainText('Elevated');
  await expect(header.getByTestId('operational-period')).toContainText('Period 1, 14:00 to 22:00');
  await expect(header.getByTestId('elapsed')).toHaveText(/\d+ min/);

  await setSecurityRisk(page, 'high', 'Second suspect not yet located');
  await expect(header.getByTestId('security-risk')).toContainText('High');
  await expect(page.getByTestId('risk-note')).toHaveText('Second suspect not yet located');
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Log' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Log' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('cell', { name: /security risk level → “high”/ })).toBeVisible();

  // The host keeps the store open across a page reload; locking is what asks for the passphrase again.
  await page.reload();
  await expect(header.getByTestId('security-risk')).toContainText('High');
  await page.getByRole('button', { name: 'Lock store' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock the store' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(header.getByRole('heading', { level: 1, name: 'Attack at the Central Mosque' })).toBeVisible();
  await expect(header.getByTestId('security-risk')).toContainText('High');
  await expect(header.getByTestId('exercise-banner')).toBeVisible();
});

test('a wrong passphrase is refused, keeps what was typed, and the store stays locked', async ({ page, host }) => {
  await page.goto(host.url);
  await createStore(page);
  await confirmRecoveryKey(page);
  await page.getByRole('button', { name: 'Lock store' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock the store' })).toBeVisible();

  const field = page.getByLabel('Passphrase', { exact: true });
  await field.fill('not the right passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(new RegExp(refused));
  await expect(field).toHaveValue('not the right passphrase');
  await expect(page.getByRole('heading', { name: 'Unlock the store' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock the store' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Incidents' })).toHaveCount(0);
});

test('the recovery key opens the store when the passphrase is lost', async ({ page, host }) => {
  await page.goto(host.url);
  const recoveryKey = await createStore(page);
  await confirmRecoveryKey(page);
  await openIncident(page, { name: 'Backlash at the community centre', mode: 'real' });
  await expect(page.getByTestId('exercise-banner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lock store' }).click();

  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Backlash at the community centre' })).toBeVisible();
  await screenshot(page, 'command-real-incident');
});

test('a note written in the log appears in the timeline and the filter finds it', async ({ page, host }) => {
  await page.goto(host.url);
  await createStore(page);
  await confirmRecoveryKey(page);
  await openIncident(page, { name: 'Vigil at the town square', mode: 'real' });
  await page.getByRole('button', { name: 'Open Log' }).click();

  await page.getByLabel('Write a note to the log').fill('Police liaison confirms two patrols at the synagogue');
  await page.getByRole('button', { name: 'Add to log' }).click();
  const timeline = page.getByRole('table', { name: 'Timeline, newest first' });
  await expect(timeline.getByRole('cell', { name: /two patrols at the synagogue/ })).toBeVisible();

  await page.getByLabel('Filter the log').fill('patrols');
  await expect(timeline.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Filter the log').fill('nothing like this');
  await expect(page.getByText('No entry matches this filter.')).toBeVisible();
});

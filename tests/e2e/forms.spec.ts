import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';
import { resetPin, signInAs } from './fixtures/operator';

test.use({ hostPassphrase: passphrase });

const NOTE = 'Interpreters in Arabic and Urdu booked for Linden Street from 08:00';

test('the incoming lead prints ICS 202 for period 3 with its objectives and her own ICS 214, and reads 201 and 203', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();
  await expect(page.getByTestId('forms-panel')).toContainText('period 3');

  // The mayor gives Leila Mansour, the incoming lead, a PIN; she signs in and logs a note of her own.
  await openView(page, 'Chain of command');
  await resetPin(page, 'Leila Mansour', '4826');
  await signInAs(page, 'Leila Mansour', '4826', '7391');
  await openView(page, 'Log');
  await page.getByLabel('Write a note to the log').fill(NOTE);
  await page.getByRole('button', { name: 'Add to log' }).click();
  await expect(page.getByRole('table', { name: 'Timeline, newest first' }).getByRole('cell', { name: NOTE })).toBeVisible();

  // ICS 202 opens on the current period, period 3, with the objectives it was started on, in its order.
  await openView(page, 'Forms');
  const chooser = page.getByRole('form', { name: 'Choose a form' });
  await expect(chooser.getByLabel('Operational period').locator('option:checked')).toHaveText('Period 3 (current), Insp. Maria Lindqvist');
  const ics202 = page.getByTestId('ics-202');
  await expect(ics202.getByRole('heading', { level: 2, name: 'ICS 202 Incident objectives' })).toBeVisible();
  await expect(ics202.getByRole('region', { name: '1. Incident name' })).toContainText('Vehicle attack at the Riverside Winter Market');
  await expect(ics202.getByRole('region', { name: '2. Operational period' })).toContainText('Period 3');
  await expect(ics202.getByTestId('ics-objectives').getByRole('listitem')).toHaveCount(4);
  await expect(ics202.getByRole('region', { name: '5. General situational awareness' })).toContainText('Handover from period 2');
  await expect(ics202.getByRole('region', { name: '6. Prepared by (period lead)' })).toContainText('Insp. Maria Lindqvist');
  await expect(ics202.getByRole('region', { name: '7. Approved by (incident commander)' })).toContainText('Mayor Helen Achterberg');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1600, height: 1800 });
  await screenshot(page, 'forms-ics202');
  // Printing shows the form alone.
  await page.emulateMedia({ media: 'print' });
  await expect(ics202.getByRole('button', { name: 'Print ICS 202' })).toBeHidden();
  await screenshot(page, 'forms-ics202-print');
  await page.emulateMedia({ media: 'screen' });

  // ICS 214 of the signed-in lead: her note, and the PIN she chose, with her position and agency.
  await chooser.getByLabel('Form').selectOption({ label: 'ICS 214 Activity log' });
  await expect(chooser.getByLabel('Log of').locator('option:checked')).toHaveText('Leila Mansour');
  const ics214 = page.getByTestId('ics-214');
  await expect(ics214.getByRole('region', { name: '3. Name' })).toHaveText(/Leila Mansour/);
  await expect(ics214.getByRole('region', { name: '4. ICS position' })).toContainText('Community liaison');
  await expect(ics214.getByRole('region', { name: '5. Home agency' })).toContainText('City Community Cohesion Team');
  await expect(ics214.getByTestId('ics-activities')).toContainText(`Note: ${NOTE}`);
  await expect(ics214.getByRole('region', { name: '7. Prepared by' })).toContainText('Leila Mansour');
  await expectAccessible(page);
  await screenshot(page, 'forms-ics214');

  // The mayor's log of period 3 holds what the exercise loaded in her name; period 1 holds none of it.
  await chooser.getByLabel('Log of').selectOption({ label: 'Mayor Helen Achterberg' });
  await expect(ics214.getByTestId('ics-activities')).toContainText('Handover to period 3');
  await chooser.getByLabel('Operational period').selectOption({ label: 'Period 1, Insp. Maria Lindqvist' });
  await expect(ics214.getByRole('region', { name: '6. Activity log' })).toContainText('Nothing logged in this period.');
  await chooser.getByLabel('Operational period').selectOption({ label: 'Period 3 (current), Insp. Maria Lindqvist' });

  await chooser.getByLabel('Form').selectOption({ label: 'ICS 201 Incident briefing' });
  const ics201 = page.getByTestId('ics-201');
  await expect(ics201.getByRole('region', { name: '6. Current actions' })).toContainText('in progress');
  await expect(ics201.getByRole('region', { name: '7. Current organisation' })).toContainText('Daniel Okafor');
  await expect(ics201.getByRole('region', { name: '8. Resource summary' })).toContainText('Police');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1600, height: 2600 });
  await screenshot(page, 'forms-ics201');

  await chooser.getByLabel('Form').selectOption({ label: 'ICS 203 Organisation assignment list' });
  const ics203 = page.getByTestId('ics-203');
  await expect(ics203.getByRole('region', { name: '4. Spokesperson' })).toContainText('Daniel Okafor');
  await expect(ics203.getByRole('region', { name: '6. Community liaison' })).toContainText('Abdi Farah');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1600, height: 1800 });
  await screenshot(page, 'forms-ics203');
});

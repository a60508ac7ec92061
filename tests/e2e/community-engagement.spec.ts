import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';
import { resetPin, signInAs } from './fixtures/operator';

test.use({ hostPassphrase: passphrase });

/** A `datetime-local` value in the browser's (and this machine's) time zone. */
function localInput(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

test('a liaison sees Eastbrook’s temperature and promises, records a tense engagement with a promise and keeps it', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  // The command view: Eastbrook is tense and worsening, the Riverside Quarter's check is overdue, a promise is broken.
  const panel = page.getByTestId('communities-panel');
  const eastbrook = panel.getByTestId('community-temperature').filter({ hasText: 'Muslim residents of Eastbrook' });
  await expect(eastbrook.getByTestId('temperature')).toHaveText('Tense');
  await expect(eastbrook).toContainText('worsening');
  await expect(eastbrook).toContainText('2 open promises, 1 overdue');
  await expect(panel.getByTestId('check-overdue')).toHaveCount(1);
  await expect(panel.getByTestId('community-temperature').filter({ has: page.getByTestId('check-overdue') })).toContainText('Stallholders and residents of the Riverside Quarter');
  await expect(panel.getByTestId('promises-overdue')).toHaveText('1');
  await panel.evaluate((element) => element.closest('section')?.scrollIntoView());
  await screenshot(page, 'communities-panel');

  // The protection view shows the same temperatures, and a community's case manager and entry points.
  await openView(page, 'Protection needs');
  await expect(page.getByRole('list', { name: 'Community temperatures' })).toContainText('Check overdue');
  await page.getByRole('list', { name: 'Communities and sites' }).getByRole('button', { name: /Muslim residents of Eastbrook/ }).click();
  const contacts = page.getByTestId('need-detail').getByTestId('need-contacts');
  await expect(contacts.getByLabel('Case manager').locator('option:checked')).toHaveText('Leila Mansour');
  await expect(contacts.getByRole('checkbox', { name: 'Imam Yusuf Adeyemi' })).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'protection-communities');
  await contacts.scrollIntoViewIfNeeded();
  await screenshot(page, 'protection-need-contacts');

  // The commander gives Leila Mansour, the community liaison, a PIN; she signs in and chooses her own.
  await openView(page, 'Chain of command');
  await resetPin(page, 'Leila Mansour', '4826');
  await signInAs(page, 'Leila Mansour', '4826', '7391');

  await openView(page, 'Communities');
  const promises = page.getByTestId('promises-made');
  await expect(promises.getByTestId('promise').first()).toContainText('A meeting with the mayor and the mosque committee');
  await expect(promises.getByTestId('promise').first()).toContainText('Overdue');
  await expect(promises).toContainText('Police presence at the mosque for Friday prayers');

  const form = page.getByRole('form', { name: 'Record an engagement' });
  await expect(form.getByLabel('Community', { exact: true }).locator('option:checked')).toHaveText('Muslim residents of Eastbrook');
  await form.getByLabel('Kind', { exact: true }).selectOption('visit');
  await form.getByLabel('Temperature', { exact: true }).selectOption('tense');
  await form.getByLabel('Trend', { exact: true }).selectOption('worsening');
  await form.getByRole('checkbox', { name: 'Leila Mansour' }).check();
  await form.getByRole('checkbox', { name: 'Imam Yusuf Adeyemi' }).check();
  await form.getByLabel('Concerns', { exact: true }).fill('A car circled the mosque twice during evening prayers');
  await form.getByRole('button', { name: 'Add a promise' }).click();
  await form.getByLabel('Promise 1', { exact: true }).fill('Stewards briefed by the police before Friday prayers');
  await form.getByLabel('Kept by (promise 1)').selectOption({ label: 'Insp. Maria Lindqvist' });
  await form.getByLabel('Due (promise 1)').fill(localInput(Date.now() + 3 * 3_600_000));
  await form.getByRole('button', { name: 'Record engagement' }).click();

  const made = promises.getByTestId('promise').filter({ hasText: 'Stewards briefed by the police before Friday prayers' });
  await expect(made).toContainText('Insp. Maria Lindqvist');
  await expect(page.getByTestId('engagements').locator('li').first()).toContainText('A car circled the mosque');
  await expect(form.getByLabel('Concerns', { exact: true })).toHaveValue('');
  await expect(page.getByRole('figure', { name: 'Community temperature over time' })).toContainText('Muslim residents of Eastbrook: tense, worsening');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1400, height: 2200 });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Away from the chart, whose tooltip would cover its axis in the picture.
  await page.mouse.move(0, 0);
  await screenshot(page, 'communities');

  await made.getByRole('button', { name: 'Mark kept: Stewards briefed by the police before Friday prayers' }).click();
  await expect(made).toHaveCount(0);
  await expect(promises.getByRole('status')).toHaveText('“Stewards briefed by the police before Friday prayers” marked kept.');
});

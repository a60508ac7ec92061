import { callerOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { passphrase } from './fixtures/flows';
import { signInAs } from './fixtures/operator';

test.use({ hostPassphrase: passphrase });

const spokesperson = 'Daniel Okafor';
const falseName = 'The driver is Tariq Amin, who lives in Eastbrook';

test('the spokesperson corrects the false name of the driver, a draft repeating it is flagged, and the mayor approves the correction', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  // The command view: open claims, the widest reach first.
  const panel = page.getByTestId('rumours-panel');
  await expect(panel.locator('li').first()).toContainText('31 people are dead');
  await expect(panel.locator('li').nth(1)).toContainText(falseName);
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'rumours-panel');

  // The demo's people have no PIN yet: the commander gives the spokesperson a first one, which they replace.
  const call = callerOf(page, host.url);
  const { incidentId } = await call<{ incidentId: string }>('roster:currentOperator', {});
  const roster = await call<{ people: { id: string; name: string }[] }>('roster:get', { incidentId });
  const personId = roster.people.find((p) => p.name === spokesperson)?.id;
  await call('roster:setPin', { incidentId, personId, pin: '22222222' });
  await signInAs(page, spokesperson, '22222222', '33333333');

  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Rumours', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rumours' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Rumours per day' })).toContainText('4 rumours');
  await page.getByLabel('Show').selectOption('false');
  await expect(page.getByRole('list', { name: 'Rumours' }).getByRole('button')).toHaveCount(2);
  await page.getByRole('button', { name: new RegExp(falseName) }).click();
  const detail = page.getByTestId('rumour-detail');
  await expect(detail.getByRole('heading', { name: new RegExp(falseName) })).toContainText('False');
  await expect(detail).toContainText('Never repeat: “Tariq Amin”');
  await expect(detail.getByRole('checkbox', { name: 'Muslim residents of Eastbrook' })).toBeChecked();
  await expect(detail).toContainText('No correction yet.');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1400, height: 1600 });
  await screenshot(page, 'rumours');

  await detail.getByRole('button', { name: 'Correct this' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Statements' })).toBeVisible();
  await expect(page.locator('#statement-title')).toHaveText('Correction: The driver is …, who lives in Eastbrook');
  // A truth sandwich: the facts lead, and the false name appears nowhere in the text.
  const text = page.getByRole('textbox', { name: /^Text \(/ });
  await expect(text).toHaveValue(/^The driver is in custody\./);
  await expect(text).not.toHaveValue(/Tariq Amin/);
  await expect(page.getByText(`Corrects rumour: ${falseName}`)).toBeVisible();
  await screenshot(page, 'rumour-correction-draft');

  // A draft that names the driver as the rumour did is flagged, at the name; the correction as drafted is not.
  const drafted = await text.inputValue();
  const findings = page.getByRole('list', { name: 'Guidance findings' });
  await expect(findings.locator('[data-rule="repeats-false-claim"]')).toHaveCount(0);
  await text.fill(`${drafted}\n\nTariq Amin has been released.`);
  await expect(findings.locator('[data-rule="repeats-false-claim"]')).toBeVisible();
  await expect(page.getByTestId('highlighted-text').locator('mark').filter({ hasText: 'Tariq Amin' })).toBeVisible();
  await text.fill(drafted);
  await expect(findings.locator('[data-rule="repeats-false-claim"]')).toHaveCount(0);

  // The spokesperson asks for review; the mayor approves: the correction takes the two-person path.
  await page.getByRole('button', { name: 'Request review' }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('In review');
  await signInAs(page, 'Mayor Helen Achterberg', '24682468');
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Statements', exact: true }).click();
  await page.getByRole('button', { name: /Correction: The driver is …/ }).click();
  await page.getByRole('button', { name: 'Approve text' }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('Approved');

  // Back in the register, the rumour lists its correction with where it stands.
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Rumours', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(falseName) }).click();
  await expect(page.getByTestId('rumour-corrections')).toContainText('Correction: The driver is …, who lives in Eastbrook');
  await expect(page.getByTestId('rumour-corrections')).toContainText('Approved');

  // The protection view shows the rumours per day beside the backlash they feed.
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Protection needs', exact: true }).click();
  await expect(page.getByRole('figure', { name: 'Backlash reports per day' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Rumours per day' })).toContainText('4 rumours');
  await screenshot(page, 'protection-rumours-chart');
});

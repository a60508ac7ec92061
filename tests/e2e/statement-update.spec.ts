import type { Page } from '@playwright/test';
import { apiOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';
import { signInAs } from './fixtures/operator';

test.use({ hostPassphrase: passphrase });

const demo = 'Vehicle attack at the Riverside Winter Market';

/** The commander gives the demo's spokesperson a first PIN, as the roster screen does: they choose their own at sign-in. */
async function firstPinForSpokesperson(page: Page, url: string): Promise<void> {
  const call = apiOf(page, url);
  const operator = (await call('roster:currentOperator', {})).body.value as { incidentId: string };
  const roster = (await call('roster:get', { incidentId: operator.incidentId })).body.value as { people: { id: string; name: string }[] };
  const okafor = roster.people.find((p) => p.name === 'Daniel Okafor');
  expect((await call('roster:setPin', { incidentId: operator.incidentId, personId: okafor?.id, pin: '22223333' })).body.ok).toBe(true);
}

test('a transparency update drafted from the console tells public work only, and an internal quote blocks approval', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: demo })).toBeVisible();

  // The public-safety side marks a blocked task public, with what holds it up.
  await openView(page, 'Tasks');
  const graffiti = page.getByTestId('task-card').filter({ hasText: 'Photograph and remove the graffiti at the mosque gate' });
  await graffiti.locator('summary', { hasText: 'Public update' }).click();
  await graffiti.getByLabel('Barrier or delay').fill('Waiting for the police to record it as evidence');
  await graffiti.getByLabel('The public may hear of this task').check();
  await graffiti.getByRole('button', { name: /^Save/ }).click();
  await expect(graffiti.locator('.task-barrier')).toHaveText('Barrier or delay: Waiting for the police to record it as evidence');
  await expect(graffiti.locator('.public-flag')).toHaveText('Public');
  await expectAccessible(page);
  await screenshot(page, 'tasks-public-barrier');

  // The mayor logs a decision the public may hear of.
  await openView(page, 'Decisions');
  await page.getByLabel('Decision', { exact: true }).fill('Open a quiet room for families at St Anne’s Hospital');
  await page.getByRole('checkbox', { name: 'Support victims, families and witnesses' }).check();
  await page.getByLabel('Publishable: the public may hear of this decision').check();
  await page.getByRole('button', { name: 'Log decision' }).click();
  await expect(page.getByTestId('decisions').getByText('Publishable')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'decisions-publishable');

  // The spokesperson drafts the update from the console: it opens as a draft, with nothing internal in it.
  await firstPinForSpokesperson(page, host.url);
  await signInAs(page, 'Daniel Okafor', '22223333', '33334444');
  await openView(page, 'Statements');
  await page.getByRole('button', { name: 'Draft an update from the console' }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Update: ${demo}` })).toBeVisible();
  const text = page.getByLabel('Text (English (en))');
  await expect(text).toHaveValue(/1\. Protect life and prevent further violence\./);
  await expect(text).toHaveValue(/- Held up: Photograph and remove the graffiti at the mosque gate\. Barrier or delay: Waiting for the police to record it as evidence\./);
  await expect(text).toHaveValue(/- Open a quiet room for families at St Anne’s Hospital\./);
  await expect(text).not.toHaveValue(/Reopen the Riverside Quarter/);
  await expect(text).not.toHaveValue(/Friday prayers/);
  await expectAccessible(page);
  await screenshot(page, 'statement-update');

  // Quoting the internal priority is a blocking finding, and the approver has to acknowledge it. It is the only
  // one: the draft itself quoted nothing internal.
  await text.fill(`${await text.inputValue()}\nWe are working to reopen the Riverside Quarter safely.`);
  const internal = page.getByRole('list', { name: 'Guidance findings' }).locator('[data-rule="internal-priority-disclosed"]');
  await expect(internal).toContainText('Reopen the Riverside Quarter safely');
  await expect(internal).toHaveCount(1);
  await expect(page.getByTestId('highlighted-text').locator('mark.finding-blocking')).toContainText('reopen the Riverside Quarter safely');
  await page.getByRole('button', { name: 'Save text' }).click();
  await page.getByRole('button', { name: 'Request review' }).click();
  await expectAccessible(page);
  await screenshot(page, 'statement-update-internal');

  await signInAs(page, 'Mayor Helen Achterberg', '24682468');
  const acknowledge = page.getByLabel(/quotes an internal priority or a task not marked public/);
  const approve = page.getByRole('button', { name: 'Approve text' });
  await expect(approve).toBeDisabled();
  await acknowledge.check();
  await approve.click();
  await expect(page.getByText('Every language’s current text is approved.')).toBeVisible();
  await expectAccessible(page);
});

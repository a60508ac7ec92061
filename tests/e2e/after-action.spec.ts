import { callerOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { firstPagePng, pdfText, printToPdf } from './fixtures/pdf';
import { passphrase } from './fixtures/flows';

// The console runs on a clock the test moves forward (test:advanceClock), so a statement waits for its approval
// twelve minutes without the test waiting.
test.use({ hostPassphrase: passphrase, hostEnv: { CONCORD_TEST_CLOCK_START: 'now' } });

interface Roster {
  people: { id: string; name: string }[];
}
interface Statement {
  id: string;
  variants: { language: string; currentRevisionId: string | null }[];
}

test('the debrief reads the demo’s decisions under the priorities they served and how long the first statement took', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();
  const call = callerOf(page, host.url);
  const { incidentId, personId: mayor } = await call<{ incidentId: string; personId: string }>('roster:currentOperator', {});
  const priorities = await call<{ id: string; title: string }[]>('priority:list', { incidentId });
  const priority = (title: string) => priorities.find((p) => p.title === title)?.id ?? '';
  await call('decision:record', { incidentId, what: 'Police patrols at the Eastbrook Mosque for Friday prayers', priorityIds: [priority('Protect communities at risk of backlash')] });
  await call('decision:record', { incidentId, what: 'Correct the “31 dead” claim on every city channel', priorityIds: [priority('Keep the public informed and counter rumours')] });
  await call('decision:record', { incidentId, what: 'Stand the night shift down at 22:00', noPriorityReason: 'Staff welfare' });

  // The spokesperson drafts and sends for review; the mayor approves twelve minutes later; the spokesperson publishes.
  const okafor = (await call<Roster>('roster:get', { incidentId })).people.find((p) => p.name === 'Daniel Okafor')?.id ?? '';
  await call('roster:setPin', { incidentId, personId: okafor, pin: '13572468' });
  await call('roster:signIn', { incidentId, personId: okafor, pin: '13572468' });
  await call('roster:setOwnPin', { incidentId, currentPin: '13572468', newPin: '24681357' });
  const text = 'Six people are in hospital. Nobody has died. Stay away from Quay Street. We stand together with our Muslim neighbours.';
  const draft = await call<Statement>('statement:create', { incidentId, title: 'Casualty update', phase: 'update', language: 'en', text });
  await call('statement:requestReview', { statementId: draft.id, note: '' });
  await call('test:advanceClock', { minutes: 12 });
  await call('roster:signIn', { incidentId, personId: mayor, pin: '24682468' });
  await call('statement:approve', { statementId: draft.id, revisionIds: [draft.variants[0]?.currentRevisionId], acknowledgePerpetratorNames: false });
  await call('test:advanceClock', { minutes: 3 });
  await call('roster:signIn', { incidentId, personId: okafor, pin: '24681357' });
  await call('statement:publish', { statementId: draft.id, channels: ['press', 'community-network'] });
  await call('roster:signIn', { incidentId, personId: mayor, pin: '24682468' });

  // No panel on the command view: the report is a document read on its own.
  await expect(page.getByRole('region', { name: 'After-action report' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'After-action report', exact: true }).click();
  const report = page.getByTestId('after-action');
  await expect(report.getByRole('heading', { level: 2, name: 'After-action report' })).toBeVisible();

  const decisions = report.getByRole('region', { name: 'Decisions against the priorities' });
  const backlash = decisions.getByTestId('review-priority').filter({ has: page.getByRole('heading', { name: /^2\. Protect communities at risk of backlash/ }) });
  await expect(backlash.getByRole('table')).toContainText('Police patrols at the Eastbrook Mosque');
  await expect(backlash.getByRole('table')).toContainText('Mayor Helen Achterberg');
  await expect(decisions.getByTestId('review-priority').filter({ hasText: 'Reopen the Riverside Quarter safely' })).toContainText('No decision recorded');
  await expect(decisions.getByRole('table', { name: /serving no current priority/ })).toContainText('Staff welfare');

  const statements = report.getByRole('region', { name: 'Statements' });
  await expect(statements.getByTestId('review-approval')).toHaveText(/^Approval took 12(\.\d)? min \(median of 1\), longest 12(\.\d)? min: “Casualty update” \(en\)\.$/);
  await expect(statements.getByTestId('review-turnaround')).toHaveText(/^From first draft to publication took 15(\.\d)? min/);
  await expect(statements.getByRole('table', { name: /Published statements/ })).toContainText('en: 12');
  // The demo's playbook runs from the attack, 28 hours ago: many of its items are overdue.
  await expect(report.getByRole('region', { name: 'Playbook items done late or overdue' }).getByRole('table', { name: 'Still open past their due time' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  await expectAccessible(page);
  await page.setViewportSize({ width: 1400, height: 2400 });
  await screenshot(page, 'after-action');
  // On paper the report stands alone, black on white, without its button.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await screenshot(page, 'after-action-print');

  // The same view as a PDF: the figures the room read, on paper, marked as an exercise.
  const pdf = await printToPdf(page, 'after-action');
  const printed = await pdfText(pdf);
  expect(printed).toContain('EXERCISE: not a real incident');
  expect(printed).toContain('Decisions against the priorities');
  expect(printed).toContain('Police patrols at the Eastbrook Mosque');
  expect((await firstPagePng(pdf)).bytes).toBeGreaterThan(5_000);
});

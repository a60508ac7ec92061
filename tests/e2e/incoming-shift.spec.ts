import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';
import { giveFirstPin, signInAs, signInWithFirstPin } from './fixtures/operator';
import { firstPagePng, pdfText, printToPdf } from './fixtures/pdf';

test.use({ hostPassphrase: passphrase });

const outgoing = 'Insp. Maria Lindqvist';
const incoming = 'Leila Mansour';
const NOTE = 'Eastbrook is tense: keep two patrols at the mosque through Friday prayers. Linden Street families still wait for Urdu interpreters.';

/**
 * The "done when", walked as the demo's incoming shift lead: the outgoing lead hands period 3 over with its
 * note and report and opens period 4; the incoming lead reads both, sees what the playbook says is overdue, prints
 * ICS 202 and ICS 214 to PDF and sends a resource request.
 */
test('the incoming shift lead opens period 4 on period 3’s report and note, sees the overdue playbook items, prints ICS 202 and 214 and sends a resource request', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  // The mayor gives the incoming lead a first PIN while she still commands this console.
  await giveFirstPin(page, host.url, incoming, '71717171');

  // The outgoing lead writes the handover note, files period 3's report and opens period 4 under the incoming lead.
  await signInWithFirstPin(page, host.url, outgoing, '61616161', '62626262');
  await openView(page, 'Operational periods');
  const current = page.getByTestId('current-period');
  await current.getByLabel('Handover note for period 4').fill(NOTE);
  await current.getByRole('button', { name: 'Save handover note' }).click();
  await expect(current.getByRole('status')).toHaveText('Handover note saved.');
  await current.getByRole('button', { name: 'Generate situation report' }).click();
  await expect(page.getByTestId('sitrep').getByRole('heading', { level: 2, name: 'Situation report: period 3' })).toBeVisible();
  const start = page.getByRole('form', { name: 'Start period 4' });
  await start.getByLabel('Lead').selectOption({ label: incoming });
  await start.getByRole('button', { name: 'Start period 4' }).click();
  await expect(page.getByRole('heading', { name: 'Period 4 (current)' })).toBeVisible();

  // The incoming lead signs in and reads what period 3 left: the note and the signed report.
  await signInAs(page, incoming, '71717171', '72727272');
  await expect(page.getByTestId('operational-period')).toContainText(`Period 4`);
  const closed = page.getByTestId('period-3');
  await closed.getByText('Handover note').click();
  await expect(closed).toContainText('Urdu interpreters');
  await closed.getByRole('button', { name: /Report as of/ }).click();
  const report = page.getByTestId('sitrep');
  await expect(report.getByRole('region', { name: 'Handover note' })).toContainText('two patrols at the mosque');
  await expect(report).toContainText(`period lead ${outgoing}`);
  // Period 4 is hers: as its lead she writes its handover note and files its report, though a liaison.
  await expect(page.getByTestId('current-period').getByLabel('Handover note for period 5')).toBeEditable();
  await expect(page.getByTestId('current-period').getByRole('button', { name: 'Generate situation report' })).toBeEnabled();
  await expectAccessible(page);
  await page.setViewportSize({ width: 1600, height: 2000 });
  await screenshot(page, 'incoming-period-4');

  // The playbook: the items past their time, flagged.
  await openView(page, 'Playbook');
  const overdue = page.getByTestId('item-overdue');
  await expect(overdue.first()).toBeVisible();
  expect(await overdue.count()).toBeGreaterThan(0);
  await expectAccessible(page);
  await screenshot(page, 'incoming-playbook');

  // ICS 202 of period 4: its objectives, carried from period 3, and the lead who prepared it; printed to PDF.
  await openView(page, 'Forms');
  const chooser = page.getByRole('form', { name: 'Choose a form' });
  await expect(chooser.getByLabel('Operational period').locator('option:checked')).toHaveText(`Period 4 (current), ${incoming}`);
  const ics202 = page.getByTestId('ics-202');
  await expect(ics202.getByTestId('ics-objectives').getByRole('listitem')).toHaveCount(4);
  await expect(ics202.getByRole('region', { name: '5. General situational awareness' })).toContainText('two patrols at the mosque');
  await expectAccessible(page);
  await screenshot(page, 'incoming-ics202');
  const pdf202 = await printToPdf(page, 'incoming-ics202');
  const text202 = await pdfText(pdf202);
  // An exercise's page says so on its face.
  expect(text202).toContain('EXERCISE: not a real incident');
  expect(text202).toContain('ICS 202 Incident objectives');
  expect(text202).toContain('Period 4');
  expect(text202).toContain('Protect communities at risk of backlash');
  expect(text202).toContain(incoming);
  expect((await firstPagePng(pdf202)).bytes).toBeGreaterThan(5_000);

  // ICS 214 of the outgoing lead in period 3: the handover she wrote is in her activity log; printed to PDF.
  await chooser.getByLabel('Form').selectOption({ label: 'ICS 214 Activity log' });
  await chooser.getByLabel('Operational period').selectOption({ label: `Period 3, ${outgoing}` });
  await chooser.getByLabel('Log of').selectOption({ label: outgoing });
  const ics214 = page.getByTestId('ics-214');
  await expect(ics214.getByTestId('ics-activities')).toContainText('Handover note');
  await expectAccessible(page);
  await screenshot(page, 'incoming-ics214');
  const pdf214 = await printToPdf(page, 'incoming-ics214');
  const text214 = await pdfText(pdf214);
  expect(text214).toContain('EXERCISE: not a real incident');
  expect(text214).toContain('ICS 214 Activity log');
  expect(text214).toContain(outgoing);
  expect(text214).toContain('Handover note');
  expect((await firstPagePng(pdf214)).bytes).toBeGreaterThan(5_000);

  // A resource request in the incoming lead's name, serving a priority; its 213RR names her as requester.
  await openView(page, 'Resource requests');
  const form = page.getByRole('form', { name: 'Request resources' });
  await form.getByLabel('What', { exact: true }).fill('Urdu interpreters for the Linden Street families');
  await form.getByLabel('Quantity').fill('2');
  await form.getByLabel('Unit').fill('interpreters');
  await form.getByLabel('Deliver to').fill('Linden Street reception centre');
  await form.getByLabel('Serves priority').selectOption({ label: 'Support victims, families and witnesses' });
  await form.getByRole('button', { name: 'Send request' }).click();
  const rr = page.getByTestId('rr-print');
  await expect(rr.getByTestId('rr-number')).toHaveText('RR-0004');
  await expect(rr.getByTestId('rr-status')).toHaveText('Requested');
  await expect(rr).toContainText(`${incoming}, Community liaison`);
  await expectAccessible(page);
  await screenshot(page, 'incoming-request');
  const pdfRr = await printToPdf(page, 'incoming-213rr');
  // Table cells wrap on paper, so the check takes lines that do not.
  const textRr = await pdfText(pdfRr);
  expect(textRr).toContain('EXERCISE: not a real incident');
  expect(textRr).toContain(`Requested by ${incoming}, Community liaison`);
  expect(textRr).toContain('Priority served Support victims, families and witnesses');
  expect((await firstPagePng(pdfRr)).bytes).toBeGreaterThan(5_000);
});

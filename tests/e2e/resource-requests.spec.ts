import { callerOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { passphrase } from './fixtures/flows';
import { signInAs, signInWithFirstPin } from './fixtures/operator';

test.use({ hostPassphrase: passphrase });

const lead = 'Insp. Maria Lindqvist';
const mayor = { name: 'Mayor Helen Achterberg', pin: '24682468' };

test('the public-safety lead requests resources, is warned of a similar request, the mayor approves, and the 213RR prints the record', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();

  // The command view: the open requests, the late interpreters first.
  const panel = page.getByTestId('requests-panel');
  await expect(panel.locator('li').first()).toContainText('RR-0002');
  await expect(panel.locator('li').first()).toContainText('overdue');

  const call = callerOf(page, host.url);
  const { incidentId } = await call<{ incidentId: string }>('roster:currentOperator', {});
  await signInWithFirstPin(page, host.url, lead, '44444444', '55555555');

  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Resource requests', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Resource requests' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Request resources' });
  await form.getByLabel('What', { exact: true }).fill('Portable floodlights');
  await expect(form.getByTestId('duplicate-warning')).toHaveCount(0);
  await form.getByLabel('Quantity').fill('6');
  await form.getByLabel('Unit').fill('floodlight towers');
  await form.getByLabel('Deliver to').fill('Riverside Square, vigil stage');
  await form.getByLabel('Serves priority').selectOption({ label: 'Protect communities at risk of backlash' });
  await form.getByRole('button', { name: 'Send request' }).click();
  const print = page.getByTestId('rr-print');
  await expect(print.getByTestId('rr-number')).toHaveText('RR-0004');
  await expect(print).toContainText(`${lead}, Public-safety lead`);

  // A second request for the barriers the demo already ordered: the warning names it before anything is sent.
  await form.getByLabel('What', { exact: true }).fill('Barriers for the vigil crowd');
  const warning = form.getByTestId('duplicate-warning');
  await expect(warning).toContainText('RR-0003 asks for 120 barrier sections (Crowd barriers for the vigil)');
  await expect(warning).toContainText('(ordered)');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1500, height: 1500 });
  await screenshot(page, 'resource-requests');
  await form.getByLabel('What', { exact: true }).fill('');

  // The mayor, who owns the decision, approves it (the lead could too: both hold approveResources).
  await page.getByRole('button', { name: /RR-0004/ }).click();
  const approve = page.getByRole('group', { name: 'Next steps for RR-0004' }).getByRole('button', { name: 'Approve' });
  await signInAs(page, mayor.name, mayor.pin);
  await approve.click();
  await expect(print.getByTestId('rr-status')).toHaveText('Approved');
  await expect(print.getByTestId('rr-decision')).toContainText(`Approved by ${mayor.name}`);

  // Every figure on the form is the record's.
  const { requests } = await call<{ requests: { id: string; number: string }[] }>('request:list', { incidentId });
  const id = requests.find((r) => r.number === 'RR-0004')?.id;
  const record = await call<{ quantity: number; unit: string; what: string; deliverTo: string; priorityTitle: string; history: unknown[] }>('request:get', { id });
  const row = print.getByTestId('rr-order-row').getByRole('cell');
  await expect(row.nth(0)).toHaveText(String(record.quantity));
  await expect(row.nth(1)).toHaveText(record.unit);
  await expect(row.nth(2)).toHaveText(record.what);
  await expect(row.nth(4)).toHaveText(record.deliverTo);
  await expect(print).toContainText(record.priorityTitle);
  await expect(print.getByRole('table').nth(1).getByRole('row')).toHaveCount(record.history.length + 1);
  await expectAccessible(page);
  await print.scrollIntoViewIfNeeded();
  await screenshot(page, 'resource-request-213rr');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'resource-request-213rr-print');
});

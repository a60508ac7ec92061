import type { Page } from '@playwright/test';
import { apiOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { commander, confirmRecoveryKey, createStore, openIncident, setSecurityRisk } from './fixtures/flows';
import { signInAs } from './fixtures/operator';
import { expectAccessibleInBothThemes, secondConsolePage } from './fixtures/two-consoles';

// Two consoles on loopback only: sync bound to 127.0.0.1 (so join codes name it) and no beacons on the network.
// The second console runs on a test clock moved two minutes ahead, so both must warn of clock drift.
test.use({
  hostEnv: { CONCORD_SYNC_HOST: '127.0.0.1', CONCORD_DISCOVERY: 'off' },
  secondHostEnv: { CONCORD_TEST_CLOCK_START: 'now' },
  // A second browser context: see secondConsolePage.
  trace: 'off',
});

const openSecondConsole = secondConsolePage();

const nav = (page: Page, view: string) => page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: view, exact: true }).click();
const peerRows = (page: Page) => page.getByTestId('peer-table').getByTestId('peer');

test('a second console joins by code, both see each other connected, an edit crosses, and the commander may revoke', async ({ page: a, host, secondHost, browser }) => {
  test.setTimeout(150_000);
  const b = await openSecondConsole(browser);

  // Console A opens the incident and shows its join code.
  await a.goto(host.url);
  await createStore(a);
  await confirmRecoveryKey(a);
  await openIncident(a, { name: 'Shooting at the Tree of Life synagogue', mode: 'real' });
  await nav(a, 'Consoles');
  await expect(a.getByRole('heading', { name: 'Consoles', level: 2 })).toBeVisible();
  await expect(a.getByTestId('authorship-proof')).toContainText('carries the signature of the person who made it');
  const status = (await apiOf(a, host.url)('sync:status', {})).body.value as { port: number };
  await expect(a.getByTestId('sync-address')).toHaveText(`127.0.0.1:${status.port}`);
  // The code is an invitation: for one console, named by whoever makes it, once, for 30 minutes.
  await a.getByLabel('Who is the code for?').fill('Laptop at the press desk');
  await a.getByRole('button', { name: 'Show the join code' }).click();
  const code = (await a.getByTestId('join-code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expect(a.getByTestId('invite-expiry')).toContainText('For Laptop at the press desk. It admits one console, once');
  await expect(a.getByTestId('open-invitations')).toContainText('Laptop at the press desk');
  await expect(a.getByRole('img', { name: 'QR code of the join code' })).toBeVisible();
  const qrLoaded = await a.getByRole('img', { name: 'QR code of the join code' }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  expect(qrLoaded).toBe(true);
  await a.getByTestId('invite').scrollIntoViewIfNeeded();
  await expectAccessibleInBothThemes(a, 'peers-invite');

  // A bad address in the manual peer form is refused with the reason.
  await a.getByLabel('Address', { exact: true }).fill('192.168.1.20');
  await a.getByRole('button', { name: 'Add console' }).click();
  await expect(a.getByText('Write it as host:port')).toBeVisible();

  // Console B: a new store, its clock two minutes ahead, then the join screen.
  await b.goto(secondHost.url);
  await createStore(b);
  await confirmRecoveryKey(b);
  expect((await apiOf(b, secondHost.url)('test:advanceClock', { minutes: 2 })).body.ok).toBe(true);
  const join = b.getByRole('region', { name: 'Join an incident' });
  const codeField = join.getByLabel('Join code');
  await codeField.fill('HELLO-WORLD');
  await join.getByRole('button', { name: 'Join incident' }).click();
  await expect(join.getByText('This is too short for a join code')).toBeVisible();
  await expect(codeField).toHaveAttribute('aria-invalid', 'true');
  // One character changed (not the last: its low bits are padding): the code's check catches it in the core.
  const typo = code[5] === '7' ? '8' : '7';
  await codeField.fill(`${code.slice(0, 5)}${typo}${code.slice(6)}`);
  await join.getByRole('button', { name: 'Join incident' }).click();
  await expect(join.getByText(/does not check out/)).toBeVisible();
  await expectAccessibleInBothThemes(b, 'join-screen');

  await codeField.fill(code.toLowerCase());
  await join.getByRole('button', { name: 'Join incident' }).click();
  await expect(b.getByRole('banner').getByRole('heading', { level: 1, name: 'Shooting at the Tree of Life synagogue' })).toBeVisible({ timeout: 20_000 });

  // Both see each other connected, and both warn of the other's clock.
  await nav(b, 'Consoles');
  for (const page of [a, b]) {
    await expect(peerRows(page)).toHaveCount(2);
    await expect(peerRows(page).filter({ hasText: /Connected/ })).toHaveAttribute('data-connected', 'true');
    await expect(page.getByTestId('clock-drift')).toContainText(/2 min (ahead of|behind) this console/);
  }
  await expect(peerRows(a).filter({ hasText: /Connected/ })).toContainText('ahead');
  await expect(a.getByTestId('admitted-devices')).toContainText('Laptop at the press desk');
  await expect(a.getByTestId('admitted-devices')).toContainText(commander.name);
  await expect(a.getByTestId('open-invitations')).toContainText('None open.');
  await expect(peerRows(b).filter({ hasText: /Connected/ })).toContainText('behind');
  await expectAccessibleInBothThemes(b, 'peers-view');
  // B has nobody signed in yet: no revoke button, and the view says who may.
  await expect(b.getByRole('button', { name: /^Revoke / })).toHaveCount(0);
  await expect(b.getByText('Only the incident commander can revoke a console.')).toBeVisible();

  // The command view's panel counts the connection, and an edit on A appears on B.
  await nav(a, 'Command centre');
  await expect(a.getByTestId('connected-count')).toHaveText('1 of 1');
  await expect(a.getByTestId('clock-drift')).toBeVisible();
  await setSecurityRisk(a, 'critical', 'Second suspect at large near Wilkins Avenue');
  await expect(b.getByTestId('security-risk')).toContainText('Critical', { timeout: 5_000 });
  await nav(b, 'Command centre');
  await expect(b.getByTestId('risk-note')).toHaveText('Second suspect at large near Wilkins Avenue');
  await screenshot(b, 'peers-command-panel');

  // B signs in as the commander (the roster came with the incident); then both change the risk at the same moment.
  await signInAs(b, commander.name, commander.pin);
  const [apiA, apiB] = [apiOf(a, host.url), apiOf(b, secondHost.url)];
  const [incident] = (await apiA('incident:list', {})).body.value as { id: string }[];
  const id = incident?.id ?? '';
  const edits = await Promise.all([
    apiA('incident:update', { id, changes: { securityRiskLevel: 'high' } }),
    apiB('incident:update', { id, changes: { securityRiskLevel: 'low' } }),
  ]);
  expect(edits.map((e) => e.body.ok)).toEqual([true, true]);
  // B's clock runs two minutes ahead, so its change has the later stamp and wins on both consoles.
  for (const page of [a, b]) await expect(page.getByTestId('security-risk').getByTestId('risk-level')).toHaveText('Low');
  await a.getByRole('button', { name: 'History of the security risk' }).click();
  const history = a.getByRole('dialog', { name: 'History of the security risk' });
  await expect(history.getByTestId('field-history').locator('tbody tr')).toHaveCount(4);
  await expect(history.locator('tr[data-won="true"]')).toContainText('Low');
  await expect(history.locator('tr[data-won="false"]').filter({ hasText: 'High' })).toContainText('Replaced');
  await expect(history.getByTestId('field-history-note')).toContainText('Changed on 2 consoles');
  await expectAccessible(a);
  await screenshot(a, 'field-history');
  await history.getByRole('button', { name: 'Close' }).click();

  // A's commander revokes B after the confirmation.
  await nav(a, 'Consoles');
  await a.getByRole('button', { name: /^Revoke / }).click();
  const dialog = a.getByRole('dialog', { name: /^Revoke / });
  await expect(dialog).toContainText('must rejoin with a new join code');
  await expectAccessible(a);
  await screenshot(a, 'peers-revoke-dialog');
  await dialog.getByLabel('Reason (optional)').fill('Test console retired');
  await dialog.getByRole('button', { name: 'Revoke device' }).click();
  await expect(dialog).toBeHidden();
  await expect(peerRows(a).filter({ hasText: 'Revoked' })).toHaveCount(1);
  await expect(a.getByTestId('revocations')).toContainText('Test console retired');
  await expect(peerRows(b).filter({ hasText: /Connected/ })).toHaveCount(0);
});

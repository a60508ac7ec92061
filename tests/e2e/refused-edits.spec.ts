import type { Locator, Page } from '@playwright/test';
import { apiOf, expect, expectAccessible, test } from './fixtures/console';
import { commander, confirmRecoveryKey, createStore, openIncident, passphrase } from './fixtures/flows';
import { signInAs } from './fixtures/operator';
import { expectAccessibleInBothThemes, secondConsolePage } from './fixtures/two-consoles';

// Both consoles run on test clocks (test:advanceClock), the only way to cut two consoles apart here without a network:
// a console keeps ops stamped more than five minutes ahead of its own clock waiting, and applies them once its clock
// reaches them. Sync stays on loopback with no beacons (the fixture's default).
test.use({
  hostEnv: { CONCORD_TEST_CLOCK_START: 'now' },
  // A second browser context: see secondConsolePage.
  trace: 'off',
});

const openSecondConsole = secondConsolePage();

const incidentName = 'Arson at the Al-Noor community centre';
const staff = { name: 'Sam Okafor', pin: '1357' };
const note = 'Cordon moved to Forbes Avenue; residents of Shady Avenue told to stay inside';

const nav = (page: Page, view: string) => page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: view, exact: true }).click();
const refusedRows = (page: Page) => page.getByTestId('refused-edits').getByTestId('refused-edit');

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

const checkBothThemes = (page: Page, name: string) => expectAccessibleInBothThemes(page, name, shoot);

async function joinWithCode(page: Page, url: string, code: string): Promise<void> {
  await page.goto(url);
  await createStore(page);
  await confirmRecoveryKey(page);
  const join = page.getByRole('region', { name: 'Join an incident' });
  await join.getByLabel('Join code').fill(code);
  await join.getByRole('button', { name: 'Join incident' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: incidentName })).toBeVisible({ timeout: 20_000 });
}

const reentryCell = (row: Locator) => row.locator('.refusal-reentry');

/*
 * How a real refused edit comes about, with no true network partition available to the test:
 *  1. Console A (the commander) puts Sam Okafor on the roster as operations staff; console B joins and Sam signs in there.
 *  2. B's clock jumps ten minutes ahead. From then on A keeps B's new edits waiting (past five minutes' drift), while
 *     B still receives A's: for B's edits the two consoles are cut apart, as when a laptop loses the network.
 *  3. Sam logs a note on B: allowed there, since B knows of no change to Sam's role. It waits outside A.
 *  4. The commander ends Sam's assignment on A. In the one order every console judges in (the edits' clocks), the
 *     role ended before Sam's note, so B, on receiving the end, refuses the note too; Sam may not re-enter it.
 *  5. A's clock catches up and A's store is locked and unlocked (B reconnects at once): the note reaches A, which
 *     stores it as authentic and lists it as refused. The commander re-enters it under their own name.
 */
test('an edit made on a console cut off from the end of its author’s role is refused on both, shown with its reason, and re-entered by the commander', async ({
  page: a,
  host,
  secondHost,
  browser,
}) => {
  test.setTimeout(180_000);
  const apiA = apiOf(a, host.url);

  // Console A opens the incident: nothing refused yet.
  await a.goto(host.url);
  await createStore(a);
  await confirmRecoveryKey(a);
  await openIncident(a, { name: incidentName, mode: 'real' });
  await expect(a.getByRole('region', { name: 'Refused edits' })).toContainText('Nothing refused');
  await nav(a, 'Refused edits');
  await expect(a.getByRole('heading', { level: 2, name: 'Refused edits' })).toBeVisible();
  await expect(a.getByTestId('refusal-empty')).toContainText('Nothing was refused.');
  await expectAccessible(a);
  await shoot(a, 'refused-edits-empty');

  // Sam Okafor joins the roster as operations staff, who may log notes.
  const [incident] = (await apiA('incident:list', {})).body.value as { id: string }[];
  const incidentId = incident?.id ?? '';
  const roster = (await apiA('roster:get', { incidentId })).body.value as { roles: { id: string; kind: string }[] };
  const operationsStaff = roster.roles.find((r) => r.kind === 'operationsStaff')?.id ?? '';
  const person = await apiA('roster:addPerson', { incidentId, name: staff.name, pin: staff.pin });
  expect(person.body.ok).toBe(true);
  const personId = (person.body.value as { id: string }).id;
  expect((await apiA('roster:assign', { incidentId, personId, roleId: operationsStaff })).body.ok).toBe(true);

  // Console B joins with A's code; Sam signs in there.
  await nav(a, 'Consoles');
  await a.getByRole('button', { name: 'Show the join code' }).click();
  const code = (await a.getByTestId('join-code').innerText()).trim();
  const b = await openSecondConsole(browser);
  const apiB = apiOf(b, secondHost.url);
  await joinWithCode(b, secondHost.url, code);
  await signInAs(b, staff.name, staff.pin, '8642');
  await expect(a.getByTestId('peer-table').getByTestId('peer').filter({ hasText: /Connected/ })).toHaveCount(1);

  // B runs ten minutes ahead, and Sam logs a note there: B takes it, A keeps it waiting.
  expect((await apiB('test:advanceClock', { minutes: 10 })).body.ok).toBe(true);
  await nav(b, 'Log');
  await b.getByLabel('Write a note to the log').fill(note);
  await b.getByRole('button', { name: 'Add to log' }).click();
  await expect(b.getByTestId('log-timeline')).toContainText(note);
  const logOfA = async () => (await apiA('log:list', { incidentId, text: 'Cordon moved' })).body.value as { total: number; entries: { authorName: string }[] };
  expect((await logOfA()).total).toBe(0);

  // The commander ends Sam's assignment on A; B receives it and refuses Sam's note, whose clock is later.
  await nav(a, 'Chain of command');
  await a.getByRole('button', { name: `End ${staff.name} as Operations staff` }).click();
  await expect(a.getByRole('button', { name: `End ${staff.name} as Operations staff` })).toHaveCount(0);
  await nav(b, 'Refused edits');
  const onB = refusedRows(b).filter({ hasText: note });
  await expect(onB).toHaveCount(1, { timeout: 20_000 });
  await expect(onB).toContainText(`${staff.name} holds no role that may`);
  // Sam holds no role now: the judge refuses the re-entry too, and the row says why.
  await onB.getByRole('button', { name: /^Apply as mine/ }).click();
  await expect(onB.getByRole('alert')).toContainText(`Not re-entered: ${staff.name} holds no role that may`);
  await expectAccessible(b);
  await shoot(b, 'refused-edits-reentry-refused');

  // A's clock catches up; locking and unlocking A's store makes B reconnect at once and send what was waiting.
  expect((await apiA('test:advanceClock', { minutes: 10 })).body.ok).toBe(true);
  await a.getByRole('button', { name: 'Lock store' }).click();
  await a.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await a.getByRole('button', { name: 'Unlock', exact: true }).click();
  // The tab returns to the incident it had open.
  await expect(a.getByRole('banner').getByRole('heading', { level: 1, name: incidentName })).toBeVisible();
  await nav(a, 'Refused edits');
  const row = refusedRows(a).filter({ hasText: note });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row.getByRole('rowheader')).toContainText(note);
  await expect(row.getByRole('cell').nth(0)).toHaveText(staff.name);
  await expect(row).toContainText(`${staff.name} holds no role that may post updates and log notes`);
  await expect(row.getByTestId('refusal-kind')).toHaveText('No role');
  await expect(row).toContainText(/console[: ][0-9a-f]{8}/);
  await expect(row.getByRole('cell').nth(2)).toHaveText(/\d/);
  // Nobody is signed in on A after the unlock: the row says how to act instead of offering the button.
  await expect(row).toContainText('Sign in to apply it as yours.');
  await expect(row.getByRole('button', { name: /^Apply as mine/ })).toHaveCount(0);

  // The commander signs in and re-enters the note as theirs, from the keyboard.
  await signInAs(a, commander.name, commander.pin);
  const apply = row.getByRole('button', { name: /^Apply as mine/ });
  await expect(apply).toBeVisible();
  await checkBothThemes(a, 'refused-edits');
  await apply.focus();
  await a.keyboard.press('Enter');
  await expect(row).toContainText(`Re-entered by ${commander.name} at`);
  await expect(row).toHaveAttribute('data-reapplied', 'true');
  await expect(reentryCell(row)).toBeFocused();
  await expect(a.getByRole('status').filter({ hasText: 'Re-entered “' })).toContainText(`under ${commander.name}’s name`);
  // The log holds both: Sam's note as it came (kept, not applied) and the commander's re-entry, newest first.
  expect((await logOfA()).entries.map((e) => e.authorName)).toEqual([commander.name, staff.name]);
  await checkBothThemes(a, 'refused-edits-reentered');
  // B shows the same refusal as dealt with.
  await expect(onB).toContainText(`Re-entered by ${commander.name} at`, { timeout: 20_000 });

  // The Consoles view counts B's refused edit and points to the list; the command centre's panel counts it too.
  await nav(a, 'Consoles');
  const peerB = a.getByTestId('peer-table').getByTestId('peer').filter({ hasText: /Connected/ });
  await expect(peerB.getByTestId('peer-refused-edits')).toContainText('1 refused');
  await expect(peerB.getByTestId('peer-refused-edits')).toContainText('newest');
  await checkBothThemes(a, 'consoles-refused-edits');
  await peerB.getByRole('button', { name: /^Review the refused edits of / }).click();
  await expect(a.getByRole('heading', { level: 2, name: 'Refused edits' })).toBeVisible();
  await nav(a, 'Command centre');
  await expect(a.getByTestId('refused-count')).toHaveText('1');
  await expectAccessible(a);
  await a.getByTestId('refusal-panel').scrollIntoViewIfNeeded();
  await shoot(a, 'command-refused-panel');

  // The core does not report a disagreement yet (no state hash is exchanged), so sync:peers is answered here with B
  // marked as disagreeing, to show how the Consoles view warns of it.
  await a.route('**/api/sync:peers', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value?: { peers: { self: boolean; disagrees: boolean | null }[] } };
    for (const peer of body.value?.peers ?? []) if (!peer.self) peer.disagrees = true;
    await route.fulfill({ response, json: body });
  });
  await nav(a, 'Consoles');
  await expect(a.getByTestId('disagreement')).toContainText('holds the same edits as this console but a different picture');
  await expect(peerB).toContainText('Holds the same edits but a different picture');
  await checkBothThemes(a, 'consoles-disagreement');
  await nav(a, 'Command centre');
  await expect(a.getByTestId('differing-count')).toContainText('1 console');
  // The peers poll goes on: a request in flight when the hosts stop must not fail the test.
  await a.unrouteAll({ behavior: 'ignoreErrors' });
});

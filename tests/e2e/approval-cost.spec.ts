import type { Page, Request } from '@playwright/test';
import { callerOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { confirmRecoveryKey, createStore, signedInSpokesperson } from './fixtures/flows';

const incidentName = 'Flooding on the ring road';

/** Every /api request the page itself sends (setup through `page.request` is not the screen's and is not seen here). */
function countApiCalls(page: Page): { calls: string[]; inFlight: () => number; quietFor: () => number } {
  const calls: string[] = [];
  const open = new Set<Request>();
  let lastActivity = Date.now();
  const settle = (request: Request) => {
    open.delete(request);
    lastActivity = Date.now();
  };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/api/')) return;
    calls.push(path.slice('/api/'.length));
    open.add(request);
    lastActivity = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return { calls, inFlight: () => open.size, quietFor: () => Date.now() - lastActivity };
}

test('approving a statement in review costs at most 3 round trips', async ({ page, host }) => {
  await page.goto(host.url);
  await createStore(page);
  await confirmRecoveryKey(page);
  const call = callerOf(page, host.url);
  const incidentId = (
    await call<{ id: string }>('incident:create', {
      name: incidentName,
      kind: 'natural hazard',
      mode: 'exercise',
      areaDescription: 'Ring road',
      commander: { name: 'Mayor Ana Ruiz', pin: '11111111' },
    })
  ).id;
  const mayor = (await call<{ personId: string }>('roster:currentOperator', {})).personId;
  await signedInSpokesperson(call, incidentId);
  const statement = await call<{ id: string }>('statement:create', {
    incidentId,
    title: 'Road closures',
    phase: 'first-official',
    text: 'The ring road is closed between exits 4 and 7. Use the tram and call the helpline if you need help.',
  });
  await call('statement:requestReview', { statementId: statement.id });
  await call('roster:signIn', { incidentId, personId: mayor, pin: '11111111' });

  await page.reload();
  await page.getByRole('button', { name: `Open ${incidentName}` }).click();
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Statements' }).click();
  await page.getByRole('button', { name: /Road closures/ }).click();
  const approve = page.getByRole('button', { name: 'Approve text' });
  await expect(approve).toBeEnabled();
  const traffic = countApiCalls(page);
  // The screen is quiet before the click, so every call counted below is the approval's.
  await expect.poll(() => traffic.inFlight() === 0 && traffic.quietFor() >= 1000, { intervals: [250] }).toBe(true);
  traffic.calls.length = 0;

  await approve.click();
  await expect(page.getByTestId('statement-status')).toHaveText('Approved');
  // Settled: nothing in flight and nothing new for a second (late refetches after the change event count too).
  await expect.poll(() => traffic.inFlight() === 0 && traffic.quietFor() >= 1000, { intervals: [250] }).toBe(true);
  test.info().annotations.push({ type: 'approval calls', description: `${traffic.calls.length}: ${traffic.calls.join(', ')}` });
  expect(traffic.calls.length, traffic.calls.join(', ')).toBeLessThanOrEqual(3);
  await expect(page.getByRole('button', { name: /Road closures/ })).toContainText('Approved');
  await expectAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'statement-after-approval');
});

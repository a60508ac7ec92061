import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiOf, callerOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { confirmRecoveryKey, createStore } from './fixtures/flows';

const incidentName = 'Attack at the Central Mosque';

async function reopen(page: Page): Promise<void> {
  await page.reload();
  const open = page.getByRole('button', { name: `Open ${incidentName}` });
  const views = page.getByRole('navigation', { name: 'Incident views' });
  // After a reload the console shows either the incident list or the incident: wait for one before choosing.
  await expect(open.or(views)).toBeVisible();
  if (await open.isVisible()) await open.click();
  await views.getByRole('button', { name: 'Statements' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Statements' })).toBeVisible();
}

test('spokesperson drafts, mayor approves, an edit needs re-approval, two languages go out', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await createStore(page);
  await confirmRecoveryKey(page);
  const call = callerOf(page, host.url);
  const incident = await call<{ id: string }>('incident:create', {
    name: incidentName,
    kind: 'hate-motivated attack',
    mode: 'exercise',
    areaDescription: 'Old Town, Mill Street',
    commander: { name: 'Mayor Ana Ruiz', pin: '11111111' },
  });
  const incidentId = incident.id;
  const mayor = (await call<{ personId: string }>('roster:currentOperator', {})).personId;
  // The commander records the suspect's name in the situation editor: statements that name him are flagged.
  await reopen(page);
  await page.getByRole('button', { name: 'Edit situation' }).click();
  await page.getByLabel('Names to withhold from statements').fill('John Smith');
  await page.getByRole('button', { name: 'Save situation' }).click();
  await expect(page.getByLabel('Names to withhold from statements')).toBeHidden();
  expect((await call<{ withheldNames: string[] }>('incident:get', { id: incidentId })).withheldNames).toEqual(['John Smith']);
  const roster = await call<{ roles: { id: string; kind: string }[] }>('roster:get', { incidentId });
  const spokesperson = (await call<{ id: string }>('roster:addPerson', { incidentId, name: 'Sam Okafor', pin: '22222222' })).id;
  await call('roster:assign', { incidentId, personId: spokesperson, roleId: roster.roles.find((r) => r.kind === 'spokesperson')?.id });
  const signIn = (personId: string, pin: string) => call('roster:signIn', { incidentId, personId, pin });

  // The spokesperson drafts and sees the findings live, at their place in the text.
  // Their first PIN was the commander's choice: they choose their own before anything they do takes effect.
  await signIn(spokesperson, '22222222');
  await call('roster:setOwnPin', { incidentId, currentPin: '22222222', newPin: '33333333' });
  await reopen(page);
  await page.getByLabel('Title').fill('First statement');
  await page.getByLabel('Phase', { exact: true }).selectOption('first-official');
  await page.getByRole('button', { name: 'Start draft' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'First statement' })).toBeVisible();
  const text = page.getByLabel('Text (English (en))');
  await text.fill('John Smith’s war on our city failed. Stay away from Mill Street.');
  const findings = page.getByRole('list', { name: 'Guidance findings' });
  await expect(findings.locator('[data-rule="perpetrator-name"]')).toBeVisible();
  await expect(findings.locator('[data-rule="militaristic-language"]')).toBeVisible();
  await expect(findings.locator('[data-rule="no-unity-call"]')).toBeVisible();
  await expect(page.getByTestId('highlighted-text').locator('mark').first()).toHaveText(/John Smith’s/);
  await expectAccessible(page);
  await screenshot(page, 'statements-findings');

  await text.fill('Our city stands together. Stay away from Mill Street and call the helpline if you need help.');
  await expect(findings.locator('[data-rule="perpetrator-name"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save text' }).click();
  await page.getByText(/Planned channels|update every/).first().click();
  await page.getByLabel('Add a language').fill('es');
  await page.getByRole('button', { name: 'Add language' }).click();
  await page.getByRole('button', { name: /Spanish \(es\)/ }).click();
  await page.getByLabel('Text (Spanish (es))').fill('Nuestra ciudad está unida. Evite la calle Mill y llame a la línea de ayuda.');
  await page.getByRole('button', { name: 'Save text' }).click();
  await page.getByRole('button', { name: 'Request review' }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('In review');
  // Two-person rule: the author holds no approving role, so the screen offers no approval and says why, and the core
  // refuses one asked for anyway.
  await expect(page.getByRole('button', { name: /^Approve/ })).toHaveCount(0);
  await expect(page.getByText('Sam Okafor holds no role that may approve statements.')).toBeVisible();
  const [inReview] = await call<{ id: string }[]>('statement:list', { incidentId });
  const detail = await call<{ variants: { currentRevisionId: string }[] }>('statement:get', { id: inReview?.id });
  const refused = await apiOf(page, host.url)('statement:approve', { statementId: inReview?.id, revisionIds: detail.variants.map((v) => v.currentRevisionId) });
  expect(refused.body.error?.message).toMatch(/approving role|two-person/);

  // The mayor approves both languages.
  await signIn(mayor, '11111111');
  await reopen(page);
  await page.getByRole('button', { name: /First statement/ }).click();
  await page.getByRole('button', { name: 'Approve 2 languages' }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('Approved');
  await page.getByRole('heading', { level: 3, name: 'First statement' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'statements-approved');

  // An edit after approval blocks publishing until the mayor approves again.
  await signIn(spokesperson, '33333333');
  await reopen(page);
  await page.getByRole('button', { name: /First statement/ }).click();
  await page.getByLabel('Text (English (en))').fill('Our city stands together. Stay away from Mill Street. Call the helpline if you need help.');
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByTestId('changed-since-approval')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await page.getByRole('button', { name: 'Compare with previous' }).first().click();
  await expect(page.getByTestId('revision-diff').locator('ins').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'statements-changed');

  await signIn(mayor, '11111111');
  await reopen(page);
  await page.getByRole('button', { name: /First statement/ }).click();
  await page.getByRole('button', { name: 'Approve text' }).click();
  await expect(page.getByTestId('changed-since-approval')).toHaveCount(0);

  await signIn(spokesperson, '33333333');
  await reopen(page);
  await page.getByRole('button', { name: /First statement/ }).click();
  await page.getByRole('group', { name: 'Publish on' }).getByLabel('Press').check();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('Published');
  await expect(page.getByRole('button', { name: 'Download CAP 1.2' })).toBeVisible();
  await expect(page.getByTestId('published-line')).toContainText('Community network, Press');
  await expectAccessible(page);
  await page.getByRole('heading', { level: 3, name: 'First statement' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'statements-published');

  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Command centre' }).click();
  await expect(page.getByTestId('next-update')).toContainText('Next public update due');
  const panel = await new AxeBuilder({ page }).include('.panel-statements').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(panel.violations.map((v) => v.id)).toEqual([]);
  await page.locator('.panel-statements').scrollIntoViewIfNeeded();
  await screenshot(page, 'statements-command');
});

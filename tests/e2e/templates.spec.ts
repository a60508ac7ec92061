import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { openView, passphrase } from './fixtures/flows';

test.use({ hostPassphrase: passphrase });

/** The built-in template as its file holds it: what the new incident must show. */
const marlowBay = (
  JSON.parse(readFileSync('resources/templates/marlow-bay.concord-template.json', 'utf8')) as {
    template: {
      content: {
        name: string;
        roster: { name: string }[];
        contacts: { key: string; name: string }[];
        communities: { name: string; entryPoints: string[] }[];
        messages: { title: string }[];
      };
    };
  }
).template.content;

const templateItem = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });

test('an incident started from the built-in template opens with its roster, communities and message drafts', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Templates prepared in peacetime' })).toBeVisible();
  const builtIn = templateItem(page, marlowBay.name);
  await expect(builtIn).toContainText('6 people · 14 contacts · 5 communities · 3 messages · 1 playbook');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1400, height: 1800 });
  await screenshot(page, 'templates');

  await builtIn.getByRole('button', { name: 'Start an incident from this template' }).click();
  const dialog = page.getByRole('dialog', { name: `Start an incident from “${marlowBay.name}”` });
  await dialog.getByLabel('Name', { exact: true }).fill('Threats against the Eastbrook Mosque');
  await dialog.getByRole('radio', { name: /^Exercise/ }).check();
  await dialog.getByLabel('Your name').fill('Mayor Helen Achterberg');
  await dialog.getByLabel('Your PIN').fill('24682468');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: `Open incident from “${marlowBay.name}”` }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Threats against the Eastbrook Mosque' })).toBeVisible();

  await openView(page, 'Chain of command');
  const roles = page.getByRole('region', { name: 'Roles and people' });
  for (const person of marlowBay.roster) await expect(roles.getByText(person.name).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'template-incident-roster');

  await openView(page, 'Protection needs');
  for (const community of marlowBay.communities) await expect(page.getByText(community.name, { exact: true }).first()).toBeVisible();
  // Each community opens with the template's trusted entry points named.
  for (const community of marlowBay.communities) {
    await page.getByRole('list', { name: 'Communities and sites' }).getByRole('button').filter({ hasText: community.name }).click();
    const named = page.getByTestId('entry-points-named');
    for (const key of community.entryPoints) await expect(named).toContainText(marlowBay.contacts.find((c) => c.key === key)?.name ?? key);
  }
  await expectAccessible(page);
  await screenshot(page, 'template-incident-communities');

  await openView(page, 'Statements');
  for (const message of marlowBay.messages) await expect(page.getByText(message.title, { exact: true }).first()).toBeVisible();
});

test('an incident kept as a template is exported signed, and a tampered file is refused on import', async ({ page, host }) => {
  await page.goto(host.url);
  await templateItem(page, marlowBay.name).getByRole('button', { name: 'Start an incident from this template' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Eastbrook exercise');
  await dialog.getByLabel('Your name').fill('Mayor Helen Achterberg');
  await dialog.getByLabel('Your PIN').fill('24682468');
  await dialog.getByRole('button', { name: /^Open incident from/ }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Eastbrook exercise' })).toBeVisible();

  await openView(page, 'Chain of command');
  const keep = page.getByRole('form', { name: 'Save this incident as a template' });
  await keep.getByLabel('Template name').fill('Eastbrook, as we ran it');
  await keep.getByRole('button', { name: 'Save this incident as a template' }).click();
  await expect(keep.getByRole('status')).toContainText('Saved “Eastbrook, as we ran it”: 6 people, 14 contacts, 5 communities, 0 messages.');

  await page.getByRole('button', { name: 'All incidents' }).click();
  const kept = templateItem(page, 'Eastbrook, as we ran it');
  await expect(kept).toContainText('Made on this console');
  const downloading = page.waitForEvent('download');
  await kept.getByRole('button', { name: 'Export signed file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('eastbrook-as-we-ran-it.concord-template.json');
  const file = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(file)).toMatchObject({ format: 'concord-template', signer: { publicKey: expect.stringMatching(/^[0-9a-f]{64}$/) } });

  const importer = page.getByRole('form', { name: 'Import a template file' });
  const tampered = file.replace('Eastbrook, as we ran it', 'Eastbrook, as we ran It');
  await importer.getByLabel('Template file').setInputFiles({ name: 'tampered.concord-template.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
  await importer.getByRole('button', { name: 'Import' }).click();
  await expect(importer.getByRole('alert')).toContainText('changed after it was signed');
  await expect(page.getByRole('listitem', { name: /as we ran It/ })).toHaveCount(0);

  await importer.getByLabel('Template file').setInputFiles({ name: 'kept.concord-template.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await importer.getByRole('button', { name: 'Import' }).click();
  await expect(importer.getByRole('alert')).toContainText('already holds this template');
  await importer.getByLabel('Replace the template of the same id').check();
  await importer.getByRole('button', { name: 'Import' }).click();
  await expect(importer.getByRole('status')).toContainText('Imported “Eastbrook, as we ran it”, replacing the one this console held. Signed by this console with fingerprint');
  await expect(kept).toContainText('signed by this console');
  await expectAccessible(page);
  await screenshot(page, 'templates-imported');
});

test('a template is written by hand: its name and a message in Arabic, right to left', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New template' }).click();
  const editor = page.getByRole('dialog', { name: 'New template' });
  await editor.getByRole('button', { name: 'Save as a new template' }).click();
  await expect(editor.getByText('Give the template a name')).toBeVisible();
  await editor.getByLabel('Template name').fill('Vigil messages');
  await editor.getByRole('button', { name: 'Add a message' }).click();
  await editor.getByLabel('Message title').fill('Vigil at Mill Bridge');
  await editor.getByLabel('Text (en)').fill('Join us at Mill Bridge at [time] to remember the victims.');
  await editor.getByRole('button', { name: 'Add a language' }).click();
  await editor.getByLabel('Language').nth(1).fill('ar');
  const arabic = editor.getByLabel('Text (ar)');
  await arabic.fill('انضموا إلينا عند جسر ميل في الساعة [الوقت] لتذكر الضحايا.');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page);
  await screenshot(page, 'template-editor');
  await editor.getByRole('button', { name: 'Save as a new template' }).click();
  await expect(editor).toBeHidden();
  await expect(templateItem(page, 'Vigil messages')).toContainText('0 people · 0 contacts · 0 communities · 1 message · 1 playbook');
});

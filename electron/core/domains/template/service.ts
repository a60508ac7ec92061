import { randomUUID } from 'node:crypto';
import type { Template, TemplateContent, TemplateImport, TemplateSummary } from '../../../../shared/domain/template';
import { ConcordError } from '../../../../shared/result';
import { isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { builtInTemplates } from './built-in';
import { signedFile, signerOf, verifiedFile } from './file';
import { deleteTemplate, putTemplate, templateRow, templateRows, type TemplateRow } from './read';

/**
 * Templates need the store unlocked and nobody signed in: they are prepared in peacetime, before any incident (and so
 * any roster to sign in to) exists, and the store's passphrase already guards everything on this console. What a
 * template becomes in an incident is judged there, op by op, as its opener's own changes.
 */

const templateOf = (row: TemplateRow, ws: Workspace): Template => ({
  id: row.id,
  content: row.content,
  builtIn: false,
  signer: row.signerPublicKey ? signerOf(row.signerPublicKey, ws.device) : null,
  importedAt: row.importedAt,
  updatedAt: row.updatedAt,
});

const builtIn = (id: string, content: TemplateContent): Template => ({ id, content, builtIn: true, signer: null, importedAt: null, updatedAt: null });

export function summaryOf({ content, ...template }: Template): TemplateSummary {
  return {
    ...template,
    name: content.name,
    description: content.description,
    counts: {
      people: content.roster.length,
      contacts: content.contacts.length,
      communities: content.communities.length,
      messages: content.messages.length,
      playbooks: content.playbooks.length,
    },
  };
}

/** Built-in ones first, then this console's by name. */
export const listTemplates = (ws: Workspace): TemplateSummary[] => [
  ...[...builtInTemplates].map(([id, content]) => summaryOf(builtIn(id, content))),
  ...templateRows(ws).map((row) => summaryOf(templateOf(row, ws))),
];

export function getTemplate(ws: Workspace, id: string): Template {
  const shipped = builtInTemplates.get(id);
  if (shipped) return builtIn(id, shipped);
  const row = templateRow(ws, id);
  if (!row) throw new ConcordError('not_found', 'No template with this id on this console.');
  return templateOf(row, ws);
}

const refuseBuiltIn = (id: string, doing: string): void => {
  if (builtInTemplates.has(id)) throw new ConcordError('forbidden', `A built-in template cannot be ${doing}: save a copy of it under a new name instead.`);
};

/** A new template without an id; with one, the one made or imported here replaced whole (an imported one is then this console's). */
export function saveTemplate(ws: Workspace, id: string | undefined, content: TemplateContent): Template {
  if (id !== undefined) {
    refuseBuiltIn(id, 'changed');
    if (!templateRow(ws, id)) throw new ConcordError('not_found', 'No template with this id on this console: save without an id to make a new one.');
  }
  const row: TemplateRow = { id: id ?? randomUUID(), content, signerPublicKey: null, importedAt: null, updatedAt: isoAt(ws.clock.now()) };
  putTemplate(ws, row);
  return templateOf(row, ws);
}

export function removeTemplate(ws: Workspace, id: string): { removed: string } {
  refuseBuiltIn(id, 'removed');
  if (!deleteTemplate(ws, id)) throw new ConcordError('not_found', 'No template with this id on this console.');
  return { removed: id };
}

const fileName = (name: string): string =>
  `${name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 60) || 'template'}.concord-template.json`;

export function exportTemplate(ws: Workspace, id: string) {
  const { content } = getTemplate(ws, id);
  return { filename: fileName(content.name), content: signedFile(id, content, ws.device), signer: signerOf(ws.device.publicKeyHex, ws.device) };
}

/**
 * Verifies the file before anything else; a template of the same id (one of this console's or a built-in one) is
 * kept unless the person asked to replace it, and a built-in one is never replaced.
 */
export function importTemplate(ws: Workspace, text: string, replace: boolean): TemplateImport {
  const { id, content, publicKey } = verifiedFile(text);
  refuseBuiltIn(id, 'replaced by an import');
  const existing = templateRow(ws, id);
  if (existing && !replace) {
    throw new ConcordError('already_exists', `This console already holds this template (“${existing.content.name}”): import it again choosing to replace it, or keep the one here.`);
  }
  const now = isoAt(ws.clock.now());
  const row: TemplateRow = { id, content, signerPublicKey: publicKey, importedAt: now, updatedAt: now };
  putTemplate(ws, row);
  const template = templateOf(row, ws);
  return { template: summaryOf(template), signer: signerOf(publicKey, ws.device), replaced: existing !== null };
}

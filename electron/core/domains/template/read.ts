import { templateContentSchema, type TemplateContent } from '../../../../shared/domain/template';
import { rowsOf } from '../../kernel/db/rows';
import type { Workspace } from '../../kernel/store/workspace';

/**
 * The only SQL on templates. They are the console's own data, not an incident's records, so they are written here
 * directly, never through the op log: nothing of them syncs, and they move between consoles only as a signed file.
 */
export interface TemplateRow {
  id: string;
  content: TemplateContent;
  /** The device key that signed the file it came from; null for one made here. */
  signerPublicKey: string | null;
  importedAt: string | null;
  updatedAt: string;
}

interface Row {
  id: string;
  content: string;
  signer_public_key: string | null;
  imported_at: string | null;
  updated_at: string;
}

const fromRow = (row: Row): TemplateRow => ({
  id: row.id,
  content: templateContentSchema.parse(JSON.parse(row.content)),
  signerPublicKey: row.signer_public_key,
  importedAt: row.imported_at,
  updatedAt: row.updated_at,
});

const SELECT = 'SELECT id, content, signer_public_key, imported_at, updated_at FROM templates';

export const templateRows = (ws: Workspace): TemplateRow[] => rowsOf<Row>(ws.db, `${SELECT} ORDER BY name COLLATE NOCASE, id`).all().map(fromRow);

export function templateRow(ws: Workspace, id: string): TemplateRow | null {
  const row = rowsOf<Row>(ws.db, `${SELECT} WHERE id = ?`).get(id);
  return row ? fromRow(row) : null;
}

export function putTemplate(ws: Workspace, row: TemplateRow): void {
  ws.db
    .prepare(
      `INSERT INTO templates (id, name, content, signer_public_key, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, content = excluded.content, signer_public_key = excluded.signer_public_key,
         imported_at = excluded.imported_at, updated_at = excluded.updated_at`,
    )
    .run(row.id, row.content.name, JSON.stringify(row.content), row.signerPublicKey, row.importedAt, row.updatedAt);
}

/** Answers whether there was one to delete. */
export const deleteTemplate = (ws: Workspace, id: string): boolean => ws.db.prepare('DELETE FROM templates WHERE id = ?').run(id).changes > 0;

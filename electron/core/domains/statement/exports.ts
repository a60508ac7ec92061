import type { StatementDetail, StatementExport } from '../../../../shared/domain/statement';
import { ConcordError } from '../../../../shared/result';
import { roleKindLabels } from '../../../../shared/rules/permissions';
import { capExport } from './formats/cap';
import { ics213Export } from './formats/ics213';
import { plainTextExport } from './formats/plain-text';
import type { ExportContext } from './formats/approved-texts';
import { getIncident } from '../incident';
import { requireInIncident } from '../../kernel/query/links';
import { LATEST_HLC, rolesHeldAt } from '../roster';
import type { Workspace } from '../../kernel/store/workspace';
import { readStatement } from './read';

/**
 * Exports are answered as content for the screen to show, download or print: the core writes no plaintext file,
 * so nothing from the encrypted store lands on disk unless a person chooses to save it.
 */
export function exportStatement(ws: Workspace, statementId: string, format: StatementExport['format'], language?: string): StatementExport {
  const statement = readStatement(ws, statementId);
  const incident = getIncident(ws, statement.incidentId);
  const followed = statement.follows ? followedStatement(ws, incident.id, statement.follows) : null;
  const byName = new Map<string, string>([...statement.revisions.map((r) => [r.author, r.authorId] as const), ...statement.approvals.map((a) => [a.approver, a.approverId] as const)]);
  const context: ExportContext = {
    incident,
    statement,
    follows: followed?.status === 'published' || followed?.status === 'withdrawn' ? followed : null,
    now: new Date(ws.clock.now()).toISOString(),
    positionOf: (name) => {
      const id = byName.get(name);
      if (!id) return '';
      return [...new Set(rolesHeldAt(ws.db, incident.id, id, LATEST_HLC).map((r) => roleKindLabels[r.kind]))].join(', ');
    },
  };
  if (format === 'cap') return capExport(context);
  if (format === 'ics213') return ics213Export(context);
  return plainTextExport(context, language);
}

/**
 * The statement this one updates, when it is a live one of the same incident: an export names it as the message
 * it replaces, and must never carry another incident's statement (an op from an older console may point at one).
 */
function followedStatement(ws: Workspace, incidentId: string, id: string): StatementDetail | null {
  try {
    requireInIncident(ws, 'statement', incidentId, id, 'statement');
  } catch (error) {
    if (error instanceof ConcordError && error.code === 'not_found') return null;
    throw error;
  }
  return readStatement(ws, id);
}

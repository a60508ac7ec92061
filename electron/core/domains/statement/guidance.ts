import type { StatementChannel, StatementPhase } from '../../../../shared/domain/statement';
import { checkStatement } from '../../../../shared/rules/guidance/check';
import { wordListSchema, type Finding, type WordList } from '../../../../shared/rules/guidance/types';
import type { Db } from '../../kernel/db/open';
import { opHistory } from '../../kernel/query/op-history';
import en from '../../../../resources/wordlists/en.json' with { type: 'json' };
import es from '../../../../resources/wordlists/es.json' with { type: 'json' };

/**
 * The word lists of resources/wordlists/, bundled at build time so the desktop package and the web host read the
 * same lists without a path to resolve at run time. A new language is its JSON file and one entry here.
 */
const wordLists = new Map<string, WordList>([en, es].map((raw) => wordListSchema.parse(raw)).map((list) => [list.language, list]));

export const wordListFor = (language: string): WordList | null => wordLists.get(language) ?? wordLists.get(language.split('-')[0] ?? '') ?? null;

/** The names to withhold as recorded on the incident at `hlc`: what an approver at that moment could see. */
export function withheldNamesAt(db: Db, incidentId: string, hlc: string): string[] {
  const names = opHistory(db).lastValueBefore(incidentId, 'incident', incidentId, 'withheldNames', 'array', hlc);
  return Array.isArray(names) ? names.map(String) : [];
}

/**
 * Languages of the communities recorded as affected. Protection needs come from another domain that may not be in
 * this store's schema yet, so the table and its column are probed rather than assumed.
 */
export function communityLanguages(db: Db, incidentId: string): string[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'protection_needs'").get();
  if (!table) return [];
  const columns = db.prepare('PRAGMA table_info(protection_needs)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'languages')) return [];
  const deleted = columns.some((c) => c.name === 'deleted') ? 'AND deleted = 0' : '';
  const rows = db.prepare(`SELECT languages FROM protection_needs WHERE incident_id = ? ${deleted}`).all(incidentId) as { languages: string | null }[];
  const out = new Set<string>();
  for (const { languages } of rows) {
    const parsed: unknown = languages ? JSON.parse(languages) : [];
    if (Array.isArray(parsed)) for (const l of parsed) if (typeof l === 'string' && l.trim()) out.add(l.trim().toLowerCase());
  }
  return [...out].sort();
}

export interface CheckRequest {
  incidentId: string;
  phase: StatementPhase;
  language: string;
  text: string;
  withheldNames: readonly string[];
  variantLanguages: readonly string[];
  publication?: { channels: readonly StatementChannel[]; communityNetworkInformed: boolean };
}

export function runGuidance(db: Db, request: CheckRequest): Finding[] {
  return checkStatement({
    phase: request.phase,
    language: request.language,
    text: request.text,
    withheldNames: request.withheldNames,
    wordList: wordListFor(request.language),
    communityLanguages: communityLanguages(db, request.incidentId),
    variantLanguages: request.variantLanguages,
    ...(request.publication ? { publication: request.publication } : {}),
  });
}

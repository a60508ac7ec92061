import type { StatementChannel, StatementPhase } from '../../../../shared/domain/statement';
import { checkStatement } from '../../../../shared/rules/guidance/check';
import { wordListSchema, type Finding, type WordList } from '../../../../shared/rules/guidance/types';
import type { Db } from '../../kernel/db/open';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { communityLanguages } from '../protection';
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

export interface CheckRequest {
  incidentId: string;
  phase: StatementPhase;
  language: string;
  text: string;
  withheldNames: readonly string[];
  variantLanguages: readonly string[];
  publication?: { channels: readonly StatementChannel[]; communityNetworkInformed: boolean };
}

export function runGuidance(ws: Workspace, request: CheckRequest): Finding[] {
  return checkStatement({
    phase: request.phase,
    language: request.language,
    text: request.text,
    withheldNames: request.withheldNames,
    wordList: wordListFor(request.language),
    communityLanguages: communityLanguages(ws, request.incidentId),
    variantLanguages: request.variantLanguages,
    ...(request.publication ? { publication: request.publication } : {}),
  });
}

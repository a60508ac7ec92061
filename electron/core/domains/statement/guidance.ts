import type { StatementChannel, StatementPhase } from '../../../../shared/domain/statement';
import { checkStatement } from '../../../../shared/rules/guidance/check';
import { wordListSchema, type FalseClaim, type Finding, type WordList } from '../../../../shared/rules/guidance/types';
import type { Db } from '../../kernel/db/open';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { communityLanguages, communityNames } from '../protection';
import { internalPriorityTitles } from '../priority';
import { nonPublicTaskTitles } from '../task';
import en from '../../../../resources/wordlists/en.json' with { type: 'json' };
import es from '../../../../resources/wordlists/es.json' with { type: 'json' };
import fr from '../../../../resources/wordlists/fr.json' with { type: 'json' };

/**
 * The word lists of resources/wordlists/, bundled at build time so the desktop package and the web host read the
 * same lists without a path to resolve at run time. A new language is its JSON file and one entry here.
 */
const wordLists = new Map<string, WordList>([en, es, fr].map((raw) => wordListSchema.parse(raw)).map((list) => [list.language, list]));

export const wordListFor = (language: string): WordList | null => wordLists.get(language) ?? wordLists.get(language.split('-')[0] ?? '') ?? null;

/** The names to withhold as recorded on the incident at `hlc`: what an approver at that moment could see. */
export function withheldNamesAt(db: Db, incidentId: string, hlc: string): string[] {
  const names = opHistory(db).lastValueBefore(incidentId, 'incident', incidentId, 'withheldNames', 'array', hlc);
  return Array.isArray(names) ? names.map(String) : [];
}

/**
 * What the guidance reads from domains the statement domain may not import (the rumour domain imports statement):
 * the app passes them in when it builds the domain.
 */
export interface GuidanceSources {
  /** The incident's claims recorded as false, each with the exact false elements a text must not repeat. */
  falseClaims(ws: Workspace, incidentId: string): FalseClaim[];
}

/** Titles a public text must not quote without the approver's acknowledgement. */
export const internalTitles = (ws: Workspace, incidentId: string): string[] => [...internalPriorityTitles(ws, incidentId), ...nonPublicTaskTitles(ws, incidentId)];

export interface CheckRequest {
  incidentId: string;
  phase: StatementPhase;
  language: string;
  text: string;
  withheldNames: readonly string[];
  variantLanguages: readonly string[];
  publication?: { channels: readonly StatementChannel[]; communityNetworkInformed: boolean };
}

export function runGuidance(ws: Workspace, sources: GuidanceSources, request: CheckRequest): Finding[] {
  return checkStatement({
    phase: request.phase,
    language: request.language,
    text: request.text,
    withheldNames: request.withheldNames,
    wordList: wordListFor(request.language),
    communityLanguages: communityLanguages(ws, request.incidentId),
    variantLanguages: request.variantLanguages,
    ...(request.publication ? { publication: request.publication } : {}),
    falseClaims: sources.falseClaims(ws, request.incidentId),
    communityNames: communityNames(ws, request.incidentId),
    internalTitles: internalTitles(ws, request.incidentId),
  });
}

/**
 * The blocking findings of a text, from the text, the withheld names and the internal titles alone: what an approval
 * must acknowledge. No word list and none of the advice that reads other records (community languages, false
 * claims): the judge, which passes what its ledger held at the op's place, decides from the order alone.
 */
export function blockingFindings(phase: StatementPhase, language: string, text: string, withheldNames: readonly string[], internal: readonly string[]): Finding[] {
  return checkStatement({ phase, language, text, withheldNames, wordList: null, communityLanguages: [], variantLanguages: [], internalTitles: internal }).filter(
    (f) => f.severity === 'blocking',
  );
}

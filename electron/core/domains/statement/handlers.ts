import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { checkDraft, publicCadence } from './checking';
import { exportStatement } from './exports';
import type { GuidanceSources } from './guidance';
import { draftUpdate } from './update';
import { listStatements, readStatement } from './read';
import { diffRevisions } from './revision-diff';
import { approve, comment, createStatement, publish, requestReview, revise, setVariant, updateStatement, withdraw } from './service';

export const statementHandlers = (ws: () => Workspace, sources: GuidanceSources): DomainHandlers<'statement:'> => ({
  'statement:list': (i) => listStatements(ws(), i.incidentId),
  'statement:get': (i) => readStatement(ws(), i.id),
  'statement:create': (i) => createStatement(ws(), i),
  'statement:update': (i) => updateStatement(ws(), i.id, i.changes),
  'statement:setVariant': (i) => setVariant(ws(), i),
  'statement:revise': (i) => revise(ws(), i),
  'statement:comment': (i) => comment(ws(), i),
  'statement:requestReview': (i) => requestReview(ws(), i),
  'statement:approve': (i) => approve(ws(), i),
  'statement:publish': (i) => publish(ws(), i),
  'statement:withdraw': (i) => withdraw(ws(), i),
  'statement:diff': (i) => ({ parts: diffRevisions(ws(), i.statementId, i.from, i.to) }),
  'statement:check': (i) => ({ findings: checkDraft(ws(), sources, i) }),
  'statement:draftUpdate': (i) => draftUpdate(ws(), i),
  'statement:export': (i) => exportStatement(ws(), i.statementId, i.format, i.language),
  'statement:cadence': (i) => publicCadence(ws(), i.incidentId),
});

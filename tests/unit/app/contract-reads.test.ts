import { describe, expect, it } from 'vitest';
import { methodNames, methods } from '../../../shared/contract';
import { entityNames } from '../../../shared/domain/entities';
import { COMMANDER, tempConcord } from '../../fixtures/temp-store';

/**
 * Every verb is one or the other: a new verb has to be placed here, so a read cannot ship without telling the
 * screens what makes it stale, nor a write be cached as if it were a read.
 */
const readVerbs = new Set(['status', 'list', 'get', 'summary', 'board', 'history', 'peers', 'cadence', 'check', 'diff', 'export', 'fieldHistory', 'stateHash', 'currentOperator', 'listBacklash', 'backlashPerDay', 'verify', 'open', 'perDay', 'temperatures', 'settings', 'items', 'current', 'preview', 'similar', 'afterAction', 'ics201', 'ics202', 'ics203', 'ics214']);
const writeVerbs = new Set([
  'create', 'update', 'checkIn', 'setStaleAfter', 'record', 'note', 'add', 'move', 'remove', 'contact', 'addMeasure', 'updateMeasure',
  'reportBacklash', 'reapply', 'addPerson', 'updatePerson', 'setPin', 'confirmPinReset', 'setOwnPin', 'addRole', 'updateRole', 'assign',
  'endAssignment', 'signIn', 'signOut', 'load', 'setVariant', 'revise', 'comment', 'requestReview', 'approve', 'publish', 'withdraw',
  'unlock', 'lock', 'changePassphrase', 'rotateKey', 'joinCode', 'join', 'addPeer', 'revokeDevice', 'advanceClock',
  'correct', 'draftUpdate', 'assignLiaison', 'addNeed', 'updateNeed', 'setSettings', 'grantAccess',
  'adopt', 'tick', 'notApplicable', 'reopen', 'link', 'addItem',
  'start', 'handover', 'generate', 'setStatus',
  'save', 'fromIncident', 'startIncident', 'import',
  'savePdf',
]);
/**
 * Verbs that read in one domain and write in another: decision:verify checks the log, rumour:verify records a verdict;
 * exporting families' confidential details is itself a logged act, never cached.
 */
const writeMethods = new Set(['rumour:verify', 'support:export']);

describe('what each method reads', () => {
  it('is declared by every read, from the one list of entity names, and by no write', () => {
    for (const name of methodNames) {
      const verb = name.slice(name.indexOf(':') + 1);
      const { reads } = methods[name];
      if (readVerbs.has(verb) && !writeMethods.has(name)) {
        expect(reads, `${name} declares what it reads`).not.toBeNull();
        for (const entity of reads ?? []) expect(entityNames, `${name} reads ${entity}`).toContain(entity);
      } else {
        expect(writeVerbs.has(verb) || writeMethods.has(name), `${name} is a read or a write`).toBe(true);
        expect(reads, `${name} is a write`).toBeNull();
      }
    }
  });

  it('names what data:changed reports when a task is created, and task:list reads it', async () => {
    const t = await tempConcord();
    try {
      const incident = await t.call('incident:create', { name: 'Main Square', kind: 'other', mode: 'real', commander: COMMANDER });
      const [priority] = await t.call('priority:add', { incidentId: incident.id, title: 'Keep people safe', rationale: '', visibility: 'internal' });
      const changed: string[][] = [];
      const off = t.concord.on('data:changed', ({ entities }) => changed.push(entities));
      await t.call('task:create', { incidentId: incident.id, title: 'Close the square', priorityId: priority?.id ?? '' });
      off();
      expect(changed).toEqual([['task']]);
      expect(methods['task:list'].reads).toContain('task');
      expect(methods['actor:list'].reads).not.toContain('task');
    } finally {
      t.close();
    }
  });
});

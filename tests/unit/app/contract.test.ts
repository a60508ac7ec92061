import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract';
import { errorCodes } from '../../../shared/result';
import { COMMANDER, tempConcord } from '../../fixtures/temp-store';

describe('the contract boundary', () => {
  it('answers invalid_input for input of the wrong shape on every method, never throwing', async () => {
    const t = await tempConcord();
    try {
      for (const method of methodNames) {
        const answer = await t.concord.call(method, 42);
        expect(answer, method).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.any(String) } });
      }
    } finally {
      t.close();
    }
  });

  it('refuses bad incident input with a message naming the field, and changes nothing', async () => {
    const t = await tempConcord();
    try {
      const incident = await t.call('incident:create', { name: 'Main Square', kind: 'other', mode: 'real', commander: COMMANDER });
      const before = await t.call('incident:stateHash', { id: incident.id });
      const cases: [string, unknown][] = [
        ['incident:create', { name: '', kind: 'other', mode: 'real', commander: COMMANDER }],
        ['incident:create', { name: 'X', kind: 'alien invasion', mode: 'real', commander: COMMANDER }],
        ['incident:update', { id: incident.id, changes: { securityRiskLevel: 'extreme' } }],
        ['incident:update', { id: incident.id, changes: {} }],
        ['incident:update', { id: incident.id, changes: { startedAt: 'yesterday' } }],
        ['log:note', { incidentId: incident.id, text: '   ' }],
        ['log:list', { incidentId: incident.id, limit: 100000 }],
      ];
      for (const [method, input] of cases) {
        const answer = await t.concord.call(method, input);
        expect(answer.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
        if (!answer.ok) expect(answer.error.code).toBe('invalid_input');
      }
      expect(await t.call('incident:stateHash', { id: incident.id })).toEqual(before);
      expect(await t.call('incident:list', {})).toHaveLength(1);
    } finally {
      t.close();
    }
  });

  it('answers unknown_method and not_found as typed errors from the closed set', async () => {
    const t = await tempConcord();
    try {
      const unknown = await t.concord.call('incident:explode', {});
      const missing = await t.concord.call('incident:get', { id: '00000000-0000-4000-8000-000000000000' });
      for (const [answer, code] of [
        [unknown, 'unknown_method'],
        [missing, 'not_found'],
      ] as const) {
        expect(answer.ok ? null : answer.error.code).toBe(code);
        expect(errorCodes).toContain(code);
      }
    } finally {
      t.close();
    }
  });

  it('logs every situation change with who and when, newest first, and filters by text', async () => {
    const t = await tempConcord();
    try {
      const incident = await t.call('incident:create', { name: 'Harbour Road', kind: 'other', mode: 'real', commander: COMMANDER });
      await t.call('incident:update', { id: incident.id, changes: { securityRiskLevel: 'critical', securityRiskNote: 'second device found' } });
      await t.call('log:note', { incidentId: incident.id, text: 'Police cordon at Harbour Road' });
      const { entries, total } = await t.call('log:list', { incidentId: incident.id });
      // Opening writes the incident and its first chain of command: six seeded roles, the commander, their assignment.
      expect(total).toBe(11);
      expect(entries.slice(0, 2).map((e) => e.summary)).toEqual([
        'Note: Police cordon at Harbour Road',
        'Situation: security risk level → “critical”; security risk note → “second device found”',
      ]);
      expect(entries.at(-1)?.summary).toBe('Opened incident “Harbour Road”');
      expect(entries[0]?.authorName).toBe(COMMANDER.name);
      const filtered = await t.call('log:list', { incidentId: incident.id, text: 'cordon' });
      expect(filtered.entries.map((e) => e.entity)).toEqual(['logNote']);
    } finally {
      t.close();
    }
  });
});

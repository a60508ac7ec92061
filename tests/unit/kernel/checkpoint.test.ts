import { statSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIncident } from '../../../electron/core/domains/incident/service';
import { CHECKPOINT_IDLE_MS } from '../../../electron/core/kernel/db/checkpoint';
import { COMMANDER, TestClock, tempWorkspace } from '../../fixtures/temp-store';

const sizeOf = (file: string): number => statSync(file).size;

describe('the store copies its WAL into the database once writes pause', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves a burst of writes in the WAL while it lasts, and checkpoints it after a quiet second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = new TestClock();
    const ws = tempWorkspace(clock);
    try {
      const file = ws.db.name;
      const incident = await createIncident(ws, { name: 'Attack at the Central Mosque', kind: 'hate-motivated attack', mode: 'exercise', commander: COMMANDER });
      const before = sizeOf(file);
      for (let i = 0; i < 200; i++) {
        clock.advance(1);
        ws.ops.commit(incident.id, ws.author(), [{ entity: 'incident', entityId: incident.id, action: 'set', fields: { securityRiskNote: `Cordon report ${i}: ${'x'.repeat(400)}` } }]);
        vi.advanceTimersByTime(CHECKPOINT_IDLE_MS / 2);
      }
      expect(sizeOf(file)).toBe(before);
      vi.advanceTimersByTime(CHECKPOINT_IDLE_MS);
      expect(sizeOf(file)).toBeGreaterThan(before);
      expect(ws.db.prepare('SELECT security_risk_note FROM incidents WHERE id = ?').pluck().get(incident.id)).toMatch(/^Cordon report 199:/);
    } finally {
      ws.close();
    }
  });
});

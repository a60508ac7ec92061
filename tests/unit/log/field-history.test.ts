import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldHistory } from '../../../electron/core/domains/log/field-history';
import type { EntityFields } from '../../../electron/core/kernel/ops/entities';
import { guardlessConsoles, openBareIncident, type BareConsole as Ws } from '../../fixtures/guardless-consoles';
import { TestClock, opsOf } from '../../fixtures/temp-store';

const consoleOn = guardlessConsoles();
const openIncident = (ws: Ws) => openBareIncident(ws, 'Field history');

/** Two consoles holding the same new incident, a second later. */
function sharedIncident() {
  const clock = new TestClock();
  const [a, b] = [consoleOn(clock), consoleOn(clock)];
  const id = openIncident(a);
  b.ops.applyRemote(opsOf(a, id));
  clock.advance(1000);
  return { clock, a, b, id };
}

const setRisk = (ws: Ws, id: string, level: EntityFields['incident']['securityRiskLevel']) =>
  ws.ops.commit(id, ws.author(), [{ entity: 'incident', entityId: id, action: 'set', fields: { securityRiskLevel: level } }]);
const riskOf = (ws: Ws, id: string) => (ws.db.prepare('SELECT security_risk_level AS risk FROM incidents WHERE id = ?').get(id) as { risk: string }).risk;
const historyOf = (ws: Ws, id: string) => fieldHistory(ws, { incidentId: id, entity: 'incident', entityId: id, field: 'securityRiskLevel' });

describe('field history', () => {
  it('lists both values of a concurrent edit on two consoles and marks the same winner on each', () => {
    const { clock, a, b, id } = sharedIncident();
    // Both change the risk before either hears of the other's change.
    setRisk(a, id, 'high');
    clock.advance(10);
    setRisk(b, id, 'critical');
    a.ops.applyRemote(opsOf(b, id));
    b.ops.applyRemote(opsOf(a, id));

    const onA = historyOf(a, id);
    expect(onA.map((c) => [c.value, c.deviceId, c.won])).toEqual([
      ['elevated', a.device.deviceId, false],
      ['high', a.device.deviceId, false],
      ['critical', b.device.deviceId, true],
    ]);
    // Every console holds the same ops, so every console shows the same history and the value the record holds won.
    expect(historyOf(b, id)).toEqual(onA);
    expect(riskOf(a, id)).toBe('critical');
    expect(riskOf(b, id)).toBe('critical');
  });

  it('breaks an HLC tie by device id, as the merge does', () => {
    const { clock, a, b, id } = sharedIncident();
    // A device's first op in an incident announces its key (and takes an HLC): done first, so the risk changes tie.
    b.ops.commit(id, b.author(), [{ entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text: 'joined' } }]);
    a.ops.applyRemote(opsOf(b, id));
    clock.advance(1000);
    const fromA = setRisk(a, id, 'low').find((op) => op.entity === 'incident');
    const fromB = setRisk(b, id, 'none').find((op) => op.entity === 'incident');
    a.ops.applyRemote(opsOf(b, id));
    expect(fromA?.hlc).toBe(fromB?.hlc);
    const winner = a.device.deviceId > b.device.deviceId ? 'low' : 'none';
    const last = historyOf(a, id).filter((c) => c.won);
    expect(last.map((c) => c.value)).toEqual([winner]);
    expect(riskOf(a, id)).toBe(winner);
  });

  it('leaves out the ops of the record that did not touch the field', () => {
    const clock = new TestClock();
    const a = consoleOn(clock);
    const id = openIncident(a);
    a.ops.commit(id, a.author(), [{ entity: 'incident', entityId: id, action: 'set', fields: { operationalPeriod: 'Night shift' } }]);
    expect(historyOf(a, id).map((c) => c.value)).toEqual(['elevated']);
  });
});

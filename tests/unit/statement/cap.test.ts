// @vitest-environment jsdom
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportStatement } from '../../../electron/core/domains/statement/exports';
import { approve, createStatement, publish, revise, updateStatement, withdraw } from '../../../electron/core/domains/statement/service';
import { TestClock, tempWorkspace } from '../../fixtures/temp-store';
import { actAs, openTeamIncident, type Team } from '../../fixtures/statement-team';

/** CAP 1.2 (OASIS Standard, 1 July 2010), §3.2: the elements each block must carry, and the closed value lists. */
const required = {
  alert: ['identifier', 'sender', 'sent', 'status', 'msgType', 'scope'],
  info: ['category', 'event', 'urgency', 'severity', 'certainty'],
  area: ['areaDesc'],
};
const enums = {
  status: ['Actual', 'Exercise', 'System', 'Test', 'Draft'],
  msgType: ['Alert', 'Update', 'Cancel', 'Ack', 'Error'],
  scope: ['Public', 'Restricted', 'Private'],
  category: ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'],
  responseType: ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'],
  urgency: ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'],
  severity: ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'],
  certainty: ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'],
};
/** §3.3.2: date-times with a numeric offset, no "Z"; §3.2.1: identifier and sender without spaces, commas, < or &. */
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$/;
const noSpecials = /^[^\s,<&]+$/;

type Xml = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['info', 'category', 'area'].includes(name) });

function parseCap(xml: string): { alert: Xml; infos: Xml[] } {
  const doc = parser.parse(xml) as { alert: Xml };
  const alert = doc.alert;
  expect(alert['@_xmlns']).toBe('urn:oasis:names:tc:emergency:cap:1.2');
  for (const name of required.alert) expect(alert[name], `alert/${name}`).toBeDefined();
  for (const key of ['status', 'msgType', 'scope'] as const) expect(enums[key]).toContain(alert[key]);
  expect(String(alert.sent)).toMatch(dateTime);
  expect(String(alert.identifier)).toMatch(noSpecials);
  expect(String(alert.sender)).toMatch(noSpecials);
  const infos = (alert.info ?? []) as Xml[];
  for (const info of infos) {
    for (const name of required.info) expect(info[name], `info/${name}`).toBeDefined();
    for (const c of info.category as string[]) expect(enums.category).toContain(c);
    for (const key of ['urgency', 'severity', 'certainty', 'responseType'] as const) if (info[key] !== undefined) expect(enums[key]).toContain(info[key]);
    for (const area of info.area as Xml[]) for (const name of required.area) expect(area[name], `area/${name}`).toBeDefined();
  }
  return { alert, infos };
}

let ws: ReturnType<typeof tempWorkspace>;
let team: Team;
beforeEach(async () => {
  ws = tempWorkspace(new TestClock());
  team = await openTeamIncident(ws, 'exercise');
});
afterEach(() => ws.close());

function publishedStatement(title: string, follows = '') {
  actAs(ws, team.incidentId, team.spokesperson);
  const s = createStatement(ws, { incidentId: team.incidentId, title, phase: 'first-official', language: 'en', text: 'We stand together. Avoid Mill Street.' });
  if (follows) updateStatement(ws, s.id, { follows });
  const both = revise(ws, { statementId: s.id, language: 'es', text: 'Estamos juntos. Evite la calle Mill.' });
  actAs(ws, team.incidentId, team.mayor);
  approve(ws, { statementId: s.id, revisionIds: both.variants.map((v) => v.currentRevisionId ?? ''), acknowledgePerpetratorNames: false });
  actAs(ws, team.incidentId, team.spokesperson);
  return publish(ws, { statementId: s.id, channels: ['community-network', 'press'] });
}

describe('CAP 1.2 export', () => {
  it('an exercise alert with one info per language and the incident’s area', () => {
    const s = publishedStatement('First statement');
    const { alert, infos } = parseCap(exportStatement(ws, s.id, 'cap').content);
    expect(alert.status).toBe('Exercise');
    expect(alert.msgType).toBe('Alert');
    expect(alert.references).toBeUndefined();
    expect(infos.map((i) => i.language)).toEqual(['en', 'es']);
    expect(infos.map((i) => (i.area as Xml[])[0]?.areaDesc)).toEqual(['Old Town, Mill Street', 'Old Town, Mill Street']);
    expect(infos[1]?.description).toBe('Estamos juntos. Evite la calle Mill.');
  });

  it('is well-formed XML whatever the store holds, control and direction characters included', () => {
    const s = publishedStatement('First statement');
    // Written behind the boundary, as an old store or another console's bug could hold it.
    ws.db.prepare('UPDATE statement_revisions SET text = ? WHERE statement_id = ?').run('Stay\u0001 away\u202e from \uffff Mill\u0000 Street.\ud800', s.id);
    const xml = exportStatement(ws, s.id, 'cap').content;
    // jsdom's XML parser (saxes) is strict: a character XML 1.0 cannot hold is a parse error.
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(String(parseCap(xml).infos[0]?.description)).toContain('Mill Street');
  });

  it('an update references the statement it follows; a withdrawal is a cancel of its own publication', () => {
    const first = publishedStatement('First statement');
    const second = publishedStatement('Update at 14:00', first.id);
    const update = parseCap(exportStatement(ws, second.id, 'cap').content).alert;
    expect(update.msgType).toBe('Update');
    expect(String(update.references)).toBe(`concord.eoc.${team.incidentId},concord-${first.id},${String(parseCap(exportStatement(ws, first.id, 'cap').content).alert.sent)}`);
    withdraw(ws, { statementId: first.id, note: 'superseded' });
    const cancel = parseCap(exportStatement(ws, first.id, 'cap').content).alert;
    expect(cancel.msgType).toBe('Cancel');
    expect(String(cancel.references)).toContain(`concord-${first.id},`);
    expect(cancel.identifier).not.toBe(`concord-${first.id}`);
  });

  it('a real incident is Actual; a text nobody approved is never exported', async () => {
    ws.close();
    ws = tempWorkspace(new TestClock());
    team = await openTeamIncident(ws, 'real');
    const s = publishedStatement('First statement');
    expect(parseCap(exportStatement(ws, s.id, 'cap').content).alert.status).toBe('Actual');
    actAs(ws, team.incidentId, team.spokesperson);
    const draft = createStatement(ws, { incidentId: team.incidentId, title: 'Draft', phase: 'update', language: 'en', text: 'Not approved.' });
    for (const format of ['cap', 'text', 'ics213'] as const) expect(() => exportStatement(ws, draft.id, format)).toThrow(/no approved text/);
  });

  it('ICS 213 carries to, from, subject, date, time, message and approved by', () => {
    const s = publishedStatement('First statement');
    const form = exportStatement(ws, s.id, 'ics213').content;
    for (const box of ['2. To', '3. From (Name and Position): Sam Okafor, Spokesperson', '4. Subject: First statement', '5. Date:', '6. Time:', '7. Message:', '8. Approved by: Name: Mayor Ana Ruiz']) {
      expect(form).toContain(box);
    }
    expect(exportStatement(ws, s.id, 'text', 'es').content).toContain('Estamos juntos.');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { similarRequests } from '../../../electron/core/domains/request/read';
import { createRequest, setRequestStatus } from '../../../electron/core/domains/request/service';
import { closeness, contentWords } from '../../../electron/core/domains/request/similar';
import { requestCreateInput, requestSetStatusInput } from '../../../shared/domain/request';
import { TestClock, actAs, tempWorkspace } from '../../fixtures/temp-store';
import { ask, openRequestTeam } from './team';

const close = (a: string, b: string) => closeness(contentWords(a), contentWords(b)) > 0;

describe('how close two requests’ “what” are', () => {
  it('finds the same thing asked in other words, order or quantity', () => {
    const same: [string, string][] = [
      ['40 cots', 'Cots'],
      ['Arabic interpreters', 'Interpreters (Arabic)'],
      ['Interpreters', '4 Arabic interpreters for the hospital'],
      ['Crowd barriers for the vigil', 'Barriers, crowd control'],
      ['Bottled water', 'Water, bottled (500 ml)'],
      ['Blankets for families', 'Family blankets'],
      ['Portable toilets', 'Toilets – portable'],
      ['Café chairs', 'Cafe chairs'],
    ];
    const found = same.filter(([a, b]) => close(a, b));
    expect(found).toEqual(same);
  });

  it('keeps different things apart, and knows no synonyms (a miss we accept: the warning is a help, never a gate)', () => {
    const different: [string, string][] = [
      ['Camp cots', 'Blankets'],
      ['Arabic interpreters', 'Halal meals'],
      ['Crowd barriers', 'Floodlights for the vigil'],
      ['Ambulance crew', 'Trauma counsellors'],
    ];
    expect(different.filter(([a, b]) => close(a, b))).toEqual([]);
    // Synonyms are not matched.
    expect(close('Camp beds', 'Cots')).toBe(false);
    expect(close('Translators', 'Interpreters')).toBe(false);
    // Nothing but filler and numbers asks for nothing.
    expect(contentWords('40 of the')).toEqual(new Set());
  });
});

describe('request:similar', () => {
  let clock: TestClock;
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(() => {
    clock = new TestClock();
    ws = tempWorkspace(clock);
  });
  afterEach(() => ws.close());

  it('answers the open requests close to the text, closest first, and leaves out closed ones', async () => {
    const team = await openRequestTeam(ws);
    actAs(ws, team.incidentId, team.lead);
    const make = (what: string) => createRequest(ws, requestCreateInput.parse(ask(team, clock, what)));
    const cots = make('Camp cots for families');
    const cotsAgain = make('Cots');
    make('Blankets');
    const closed = make('Cots for the sports hall');
    setRequestStatus(ws, requestSetStatusInput.parse({ id: closed.id, status: 'cancelled', reason: 'Hall not opened' }));
    const answer = similarRequests(ws, team.incidentId, '40 camp cots');
    expect(answer.map((r) => r.id)).toEqual([cots.id, cotsAgain.id]);
    expect(similarRequests(ws, team.incidentId, '  ')).toEqual([]);
  });
});

import { formPeriodInput, ics201Input, ics201Schema, ics202Schema, ics203Schema, ics214Input, ics214Schema } from '../domain/form';
import { entityNames } from '../domain/entities';
import { method } from './define';

/** Every form names its incident, its period and who signs it, from the roster. */
const framing = ['incident', 'operationalPeriod', 'person', 'role', 'assignment'] as const;

export const formMethods = {
  'form:ics201': method(
    ics201Input,
    ics201Schema,
    'ICS 201 incident briefing: the situation, objectives, current actions, organisation and resources, prepared by the signed-in person.',
    { reads: [...framing, 'priority', 'task', 'actor'] },
  ),
  'form:ics202': method(formPeriodInput, ics202Schema, 'ICS 202 incident objectives of a period: its objectives from the priorities, command emphasis, its lead and the commander.', {
    reads: [...framing, 'priority'],
  }),
  'form:ics203': method(formPeriodInput, ics203Schema, 'ICS 203 organisation assignment list of a period: who held which role, and the agencies on the ground.', {
    reads: [...framing, 'actor'],
  }),
  // An activity log lists every kind of op its person wrote, so any change may add a line.
  'form:ics214': method(ics214Input, ics214Schema, 'ICS 214 activity log of one person or one role over a period, from the op log.', { reads: entityNames }),
};

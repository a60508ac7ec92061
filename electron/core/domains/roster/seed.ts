import type { RoleKind } from '../../../../shared/rules/permissions';
import type { Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import type { KeyFields } from './keys';

interface SeedRole {
  kind: RoleKind;
  name: string;
  reportsTo: RoleKind | null;
  decides: string;
  cadenceMinutes: number | null;
}

/** The chain of command every incident starts with; the commander renames, adds and staffs roles from here. */
const seedRoles: readonly SeedRole[] = [
  { kind: 'commander', name: 'Incident commander / mayor', reportsTo: null, decides: 'Priorities, decisions, approval of public statements, the roster', cadenceMinutes: 60 },
  { kind: 'spokesperson', name: 'Spokesperson', reportsTo: 'commander', decides: 'Wording and timing of public messages, once approved', cadenceMinutes: 30 },
  { kind: 'publicSafetyLead', name: 'Public-safety lead', reportsTo: 'commander', decides: 'Operational safety measures, tasks and protection of sites', cadenceMinutes: 30 },
  { kind: 'communityLiaison', name: 'Community liaison', reportsTo: 'commander', decides: 'How to reach and support affected communities', cadenceMinutes: 60 },
  { kind: 'operationsStaff', name: 'Operations staff', reportsTo: 'publicSafetyLead', decides: 'Nothing on their own: they keep the picture current', cadenceMinutes: null },
  { kind: 'observer', name: 'Observer', reportsTo: 'commander', decides: 'Nothing: read only', cadenceMinutes: null },
];

export interface FirstCommander {
  name: string;
  agency?: string;
  contact?: string;
}

/**
 * The changes that follow an incident's opening in the same batch: the seeded roles, the opener as a person,
 * and their assignment as incident commander, with `key`: the opener's key fields, set by themselves. The judge lets
 * the opener write these while the roster is empty.
 */
export function firstRosterChanges(personId: string, commander: FirstCommander, startedAt: string, key: KeyFields): Change[] {
  const ids = new Map(seedRoles.map((r) => [r.kind, newId()]));
  const id = (kind: RoleKind): string => ids.get(kind) ?? '';
  const roles: Change[] = seedRoles.map((r) => ({
    entity: 'role',
    entityId: id(r.kind),
    action: 'add',
    fields: { name: r.name, kind: r.kind, reportsTo: r.reportsTo ? id(r.reportsTo) : null, decides: r.decides, cadenceMinutes: r.cadenceMinutes },
  }));
  const person: EntityFields['person'] = {
    name: commander.name,
    agency: commander.agency ?? '',
    contact: commander.contact ?? '',
    languages: [],
    ...key,
  };
  return [
    ...roles,
    { entity: 'person', entityId: personId, action: 'add', fields: person },
    {
      entity: 'assignment',
      entityId: newId(),
      action: 'add',
      fields: { personId, roleId: id('commander'), shiftStart: startedAt, shiftEnd: null, endedAt: null },
    },
  ];
}

/**
 * Every kind of record the op log carries, named once. The core's entity definitions take their `name` from this
 * list, ops carry it as `entity`, `data:changed` reports it, and each contract method declares the ones it reads,
 * so the screens know which answers a change makes stale.
 */
export const entityNames = [
  'device',
  'incident',
  'logNote',
  'deviceRevocation',
  'invitation',
  'admission',
  'actor',
  'actorCheckIn',
  'actorSettings',
  'protectionNeed',
  'protectionMeasure',
  'backlashReport',
  'task',
  'person',
  'role',
  'assignment',
  'checkIn',
  'pinReset',
  'priority',
  'decision',
  'statement',
  'statementVariant',
  'statementRevision',
  'statementApproval',
  'statementTransition',
  'statementComment',
  'refusalReentry',
  'promise',
  'rumour',
  'engagement',
  'household',
  'supportNeed',
  'supportContact',
  'supportSettings',
  'supportExport',
  'playbook',
  'playbookItem',
  'operationalPeriod',
  'sitrep',
  'resourceRequest',
] as const;

export type EntityName = (typeof entityNames)[number];

const known: ReadonlySet<string> = new Set(entityNames);
/** An op from a newer console may name an entity this one does not know: nothing here reads it. */
export const isEntityName = (name: string): name is EntityName => known.has(name);

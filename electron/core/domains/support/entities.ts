import type { z } from 'zod';
import { instantSchema } from '../../../../shared/domain/ids';
import type { JsonValue, Op } from '../../../../shared/domain/op';
import {
  householdFieldsSchema,
  keyringSchema,
  supportContactFieldsSchema,
  supportExportFieldsSchema,
  supportNeedFieldsSchema,
  supportSettingsFieldsSchema,
} from '../../../../shared/domain/support';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';
import type { Ledger } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';
import { refuse } from '../../kernel/ops/verdict';
import { rosterFacts } from '../roster';
import { supportFacts } from './facts';

const householdSchema = householdFieldsSchema.extend({ createdAt: instantSchema });
const needSchema = supportNeedFieldsSchema.extend({ createdAt: instantSchema });

const householdLabels: Record<string, string> = { liaisonId: 'liaison', interpreterNeeded: 'interpreter needed', lastContactAt: 'last contact' };
/** The fields a log line may show: what is sealed, and who holds its key, never appear. */
const plainOf = (fields: Record<string, JsonValue>): Record<string, JsonValue> =>
  Object.fromEntries(Object.entries(fields).filter(([f]) => f !== 'sealed' && f !== 'keyring'));

const idOf = (v: JsonValue | undefined): string | null => (typeof v === 'string' ? v : null);

/** Whether a person is, at `at`, one the household's sealed records are for: its liaison, a commander, or a holder of a named reader role. */
function isReader(ledger: Ledger, personId: string, liaisonId: string | null, at: Position): boolean {
  if (personId === liaisonId) return true;
  const named = ledger.facts(supportFacts).readerRolesAt(at);
  return ledger.facts(rosterFacts).rolesHeld(personId, at).some((r) => r.kind === 'commander' || named.includes(r.id));
}

/**
 * What the judge can hold a household's sealing to without any key: whoever rewrites the sealed details or the
 * keyring reads them, and the key new writes use is sealed only to readers, each under the key the roster gives them.
 * It cannot see inside a box; a reader who seals a wrong key harms only their own records.
 */
function checkSealing(op: Op, ledger: Ledger, at: Position): void {
  if (op.action === 'delete') refuse('invalid_input', 'families and survivors stay on record: close the household instead');
  const facts = ledger.facts(supportFacts);
  if (op.action === 'set' && !facts.exists(op.entityId, at)) refuse('not_found', 'that household is not in this incident');
  const before = op.action === 'add' ? null : facts.liaisonAt(op.entityId, at);
  const after = 'liaisonId' in op.fields ? idOf(op.fields.liaisonId) : before;
  const touchesSealing = 'sealed' in op.fields || 'keyring' in op.fields;
  if (op.action === 'set' && touchesSealing && !isReader(ledger, op.author, before, at) && !isReader(ledger, op.author, after, at)) {
    refuse('forbidden', 'only a reader of this household (its liaison, a commander or a role the commander named) writes its sealed details or its keys');
  }
  if (!('keyring' in op.fields)) return;
  const current = keyringSchema.parse(op.fields.keyring).generations.at(-1);
  for (const box of current?.boxes ?? []) {
    if (!isReader(ledger, box.personId, after, at)) refuse('forbidden', 'a household key may be sealed only to its readers');
    if (ledger.facts(rosterFacts).keyAt(box.personId, at)?.publicKey !== box.publicKey) refuse('invalid_input', 'a household key must be sealed to the key the roster holds for each reader');
  }
}

/** A household is named by its label only, everywhere outside its sealed details. */
export const householdEntity = defineEntity({
  name: 'household',
  table: 'households',
  mode: 'lww',
  fields: {
    kind: 'text',
    label: 'text',
    liaisonId: 'text',
    language: 'text',
    interpreterNeeded: 'bool',
    consent: 'text',
    status: 'text',
    lastContactAt: 'text',
    sealed: 'text',
    keyring: 'json',
    createdAt: 'text',
  },
  schema: householdSchema,
  secretFields: ['sealed', 'keyring'],
  describe: (op) => {
    if (op.action === 'add') return `Families and survivors: ${textOf(op.fields.label)} recorded (${textOf(op.fields.kind)})`;
    const plain = plainOf(op.fields);
    const parts = [Object.keys(plain).length > 0 ? describeFields(plain, householdLabels) : '', 'sealed' in op.fields ? 'confidential details changed' : '', 'keyring' in op.fields ? 'readers’ access changed' : ''];
    return `Families and survivors: household ${parts.filter(Boolean).join('; ')}`;
  },
  rule: {
    need: () => 'supportFamilies',
    check: checkSealing,
    record: (op, ledger, at) => {
      const facts = ledger.facts(supportFacts);
      if (op.action === 'add') facts.addHousehold(op.entityId, idOf(op.fields.liaisonId), at);
      else if ('liaisonId' in op.fields) facts.setLiaison(op.entityId, idOf(op.fields.liaisonId), at);
    },
    // Only a new household or a new liaison changes what the judge knows; a contact's household op (its last contact,
    // its keys) changes nothing another op is judged by, so a late one re-reads no one else's ops.
    affectsOnly: (op) => (op.action === 'add' || 'liaisonId' in op.fields ? null : op.author),
  },
});

const mustNameHousehold = (op: Op, ledger: Ledger, at: Position): void => {
  const householdId = idOf(op.fields.householdId);
  if (householdId !== null && !ledger.facts(supportFacts).exists(householdId, at)) refuse('not_found', 'that household is not in this incident');
};

export const supportNeedEntity = defineEntity({
  name: 'supportNeed',
  table: 'support_needs',
  mode: 'lww',
  fields: { householdId: 'text', field: 'text', summary: 'text', status: 'text', dueAt: 'text', ownerId: 'text', createdAt: 'text' },
  schema: needSchema,
  describe: (op) =>
    op.action === 'add'
      ? `Families and survivors: ${textOf(op.fields.field)} need identified: ${textOf(op.fields.summary)}`
      : `Families and survivors: need ${describeFields(op.fields, { ownerId: 'owner', dueAt: 'due' })}`,
  rule: { need: () => 'supportFamilies', check: mustNameHousehold },
});

/** A contact is evidence of care: written once, never edited. What was said is sealed like the details. */
export const supportContactEntity = defineEntity({
  name: 'supportContact',
  table: 'support_contacts',
  mode: 'append',
  fields: { householdId: 'text', at: 'text', by: 'text', channel: 'text', sealedNote: 'text' },
  schema: supportContactFieldsSchema,
  secretFields: ['sealedNote'],
  describe: (op) => `Families and survivors: contact (${textOf(op.fields.channel)}) at ${textOf(op.fields.at)}${op.fields.sealedNote ? ', confidential note' : ''}`,
  rule: { need: () => 'supportFamilies', check: mustNameHousehold },
});

/** One per incident (id = incident id), the commander's: who reads sealed records beyond liaisons and commanders, and how often families hear from us. */
export const supportSettingsEntity = defineEntity({
  name: 'supportSettings',
  table: 'support_settings',
  mode: 'lww',
  fields: { readerRoleIds: 'json', contactIntervalHours: 'number' },
  schema: supportSettingsFieldsSchema,
  describe: (op) => `Families and survivors: settings ${describeFields(op.fields, { readerRoleIds: 'reader roles', contactIntervalHours: 'contact every (hours)' })}`,
  rule: {
    need: () => 'manageRoster',
    record: (op, ledger, at) => {
      const roles = op.fields.readerRoleIds;
      if (Array.isArray(roles)) ledger.facts(supportFacts).setReaderRoles(roles.filter((r): r is string => typeof r === 'string'), at);
    },
  },
});

/** Taking the confidential details out of the console is an act of its own, on record with its purpose. */
export const supportExportEntity = defineEntity({
  name: 'supportExport',
  table: 'support_exports',
  mode: 'append',
  fields: { households: 'number', purpose: 'text' },
  schema: supportExportFieldsSchema,
  describe: (op) => `Families and survivors: confidential details of ${textOf(op.fields.households)} household(s) exported — purpose: ${textOf(op.fields.purpose)}`,
  rule: { need: () => 'supportFamilies' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    household: z.input<typeof householdSchema>;
    supportNeed: z.input<typeof needSchema>;
    supportContact: z.input<typeof supportContactFieldsSchema>;
    supportSettings: z.input<typeof supportSettingsFieldsSchema>;
    supportExport: z.input<typeof supportExportFieldsSchema>;
  }
}

import { z } from 'zod';
import { roleKinds } from '../rules/permissions';
import { actorKinds } from './actor';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { incidentCreateInput } from './incident';
import { builtInPlaybookIds, playbookItemFieldsSchema } from './playbook';
import { communityKinds, protectionRiskLevels } from './protection';
import { languageSchema, statementChannelSchema, statementPhaseSchema, statementTextSchema } from './statement';

/**
 * What a city prepares "in times of peace" (guide for cities, chapter 3; RAN, engaging with communities): the team
 * and its roles, the community register with its trusted entry points, the contacts, key messages in the languages
 * of the city, and the procedures. A template is local data of one console's encrypted store, not an incident
 * record: it never becomes an op until an incident is started from it.
 */

/** A name a template's records use to point at each other (an entry point names a contact by its key). */
const keySchema = z.string().regex(/^[a-z0-9-]{1,60}$/, 'a key is 1 to 60 lowercase letters, digits or dashes');
const text = (max: number) => z.string().trim().max(max).default('');

/** A person of the prepared roster: who they are and the roles they take. No PIN and no key: those are set per incident. */
export const templatePersonSchema = z.object({
  name: nonEmptyText(120),
  agency: text(120),
  contact: text(200),
  languages: z.array(nonEmptyText(40)).max(20).default([]),
  roles: z.array(z.enum(roleKinds)).max(roleKinds.length).default([]),
});
export type TemplatePerson = z.infer<typeof templatePersonSchema>;

type Reach = { phone: string; radio: string; email: string };

/**
 * An actor has one contact line; a template's contact keeps phone, radio and email apart. The line names the radio
 * and the email, so capturing an incident reads them back; whatever else it says is how to reach them by phone.
 */
const SEPARATOR = ' · ';

export const contactLine = (c: Reach): string => [c.phone, c.radio && `radio ${c.radio}`, c.email && `email ${c.email}`].filter(Boolean).join(SEPARATOR);

export function contactParts(line: string): Reach {
  const parts = line.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const labelled = (label: string) => parts.find((p) => p.startsWith(`${label} `))?.slice(label.length + 1) ?? '';
  const phone = parts.filter((p) => !p.startsWith('radio ') && !p.startsWith('email ')).join(SEPARATOR);
  return { phone, radio: labelled('radio'), email: labelled('email') };
}

/** The actor's name: the person, and the organisation they speak for when the template names one. */
export const actorName = (c: { name: string; organisation: string }): string => (c.organisation ? `${c.name}, ${c.organisation}` : c.name);

/** Someone the EOC calls: an agency, a faith leader, a community organisation. Becomes an actor of the incident. */
export const templateContactSchema = z
  .object({
    key: keySchema,
    name: nonEmptyText(200),
    kind: z.enum(actorKinds),
    organisation: text(200),
    role: text(500),
    phone: text(200),
    radio: text(100),
    email: text(200),
  })
  // What the actor it becomes can hold: a name and a contact line of 200 characters each.
  .refine((c) => actorName(c).length <= 200, { path: ['organisation'], message: 'name and organisation together fit in 200 characters' })
  .refine((c) => contactLine(c).length <= 200, { path: ['phone'], message: 'phone, radio and email together fit in 200 characters' });
export type TemplateContact = z.infer<typeof templateContactSchema>;

/** A community of the register, with its trusted entry points: contacts of the template, by key. */
export const templateCommunitySchema = z.object({
  name: nonEmptyText(200),
  kind: z.enum(communityKinds),
  riskLevel: z.enum(protectionRiskLevels),
  description: text(2000),
  languages: z.array(nonEmptyText(60)).max(20).default([]),
  entryPoints: z.array(keySchema).max(20).default([]),
  /** The case manager inside the EOC ("a trusted point of contact", city-led response guide): a person of the template's roster, by name; empty for none. */
  caseManager: text(120),
});
export type TemplateCommunity = z.infer<typeof templateCommunitySchema>;

/** A key message in each language, placeholders such as [time] left as text for the day. */
export const templateMessageSchema = z.object({
  title: nonEmptyText(200),
  phase: statementPhaseSchema,
  audience: text(500),
  channels: z.array(statementChannelSchema).max(6).default([]),
  texts: z
    .array(z.object({ language: languageSchema, text: statementTextSchema.trim().min(1, 'a message text is not empty') }))
    .min(1, 'a message has a text in at least one language')
    .max(20)
    .refine((texts) => new Set(texts.map((t) => t.language)).size === texts.length, 'a message has one text per language'),
});
export type TemplateMessage = z.infer<typeof templateMessageSchema>;

/** A built-in playbook to adopt, with the items the city added to it. */
export const templatePlaybookSchema = z.object({
  playbook: z.enum(builtInPlaybookIds),
  addedItems: z
    .array(playbookItemFieldsSchema.pick({ text: true, offsetMinutes: true, ownerRole: true }).extend({ guidance: text(600) }))
    .max(100)
    .default([]),
});
export type TemplatePlaybook = z.infer<typeof templatePlaybookSchema>;

const unique = <T>(items: readonly T[], by: (item: T) => string): boolean => new Set(items.map(by)).size === items.length;

export const templateContentSchema = z
  .object({
    name: nonEmptyText(200),
    description: text(2000),
    roster: z.array(templatePersonSchema).max(200).default([]),
    contacts: z.array(templateContactSchema).max(500).default([]),
    communities: z.array(templateCommunitySchema).max(200).default([]),
    messages: z.array(templateMessageSchema).max(100).default([]),
    playbooks: z.array(templatePlaybookSchema).max(builtInPlaybookIds.length).default([]),
  })
  .superRefine((t, ctx) => {
    if (!unique(t.contacts, (c) => c.key)) ctx.addIssue({ code: 'custom', path: ['contacts'], message: 'each contact has its own key' });
    if (!unique(t.playbooks, (p) => p.playbook)) ctx.addIssue({ code: 'custom', path: ['playbooks'], message: 'a playbook is adopted once' });
    const keys = new Set(t.contacts.map((c) => c.key));
    t.communities.forEach((community, i) => {
      const unknown = community.entryPoints.find((key) => !keys.has(key));
      if (unknown !== undefined) ctx.addIssue({ code: 'custom', path: ['communities', i, 'entryPoints'], message: `“${community.name}” names an entry point “${unknown}” that is not a contact of the template` });
      if (community.caseManager && !t.roster.some((p) => p.name === community.caseManager)) {
        ctx.addIssue({ code: 'custom', path: ['communities', i, 'caseManager'], message: `“${community.name}” names a case manager “${community.caseManager}” who is not in the template's roster` });
      }
    });
  });
export type TemplateContent = z.output<typeof templateContentSchema>;
export type TemplateContentInput = z.input<typeof templateContentSchema>;

/** Who signed an imported file: the device key, and its id (derived from the key) as people compare it, in groups. */
export const templateSignerSchema = z.object({
  deviceId: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
  /** This console signed it (a file exported here and imported back). */
  thisConsole: z.boolean(),
});
export type TemplateSigner = z.infer<typeof templateSignerSchema>;

export const templateSchema = z.object({
  id: idSchema,
  content: templateContentSchema,
  /** Shipped with the app (resources/templates/): listed without a signature, never changed or removed. */
  builtIn: z.boolean(),
  /** The device that signed the file it was imported from; null for one made on this console or built in. */
  signer: templateSignerSchema.nullable(),
  importedAt: instantSchema.nullable(),
  updatedAt: instantSchema.nullable(),
});
export type Template = z.infer<typeof templateSchema>;

export const templateSummarySchema = templateSchema.omit({ content: true }).extend({
  name: z.string(),
  description: z.string(),
  counts: z.object({ people: z.number().int(), contacts: z.number().int(), communities: z.number().int(), messages: z.number().int(), playbooks: z.number().int() }),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** One signed file: the template with its id, the signer's device public key and an Ed25519 signature over its canonical JSON. */
export const TEMPLATE_FILE_FORMAT = 'concord-template';
export const templateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.literal(1),
  template: z.object({ id: idSchema, content: z.json() }),
  signer: z.object({ publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'the signer’s public key is 64 hex digits') }).optional(),
  signature: z.string().regex(/^[0-9a-f]{128}$/, 'the signature is 128 hex digits').optional(),
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** The largest file an import reads: a prepared city fits in well under this. */
export const TEMPLATE_FILE_MAX_CHARS = 2_000_000;

export const templateRef = z.object({ id: idSchema });
export const templateListOutput = z.object({ templates: z.array(templateSummarySchema) });
/** Without an id a new template is made; with one, that template is replaced whole. */
export const templateSaveInput = z.object({ id: idSchema.optional(), content: templateContentSchema });
export const templateFromIncidentInput = z.object({ incidentId: idSchema, name: nonEmptyText(200), description: text(2000) });
/** The new incident as the blank form opens one (its opener its first commander), and the template it starts from. */
export const templateStartInput = incidentCreateInput.extend({ templateId: idSchema });
export type TemplateStartInput = z.input<typeof templateStartInput>;
export const templateExportOutput = z.object({ filename: z.string(), content: z.string(), signer: templateSignerSchema });
export const templateImportInput = z.object({ content: z.string().min(1).max(TEMPLATE_FILE_MAX_CHARS), replace: z.boolean().default(false) });
export const templateImportOutput = z.object({ template: templateSummarySchema, signer: templateSignerSchema, replaced: z.boolean() });
export type TemplateImport = z.infer<typeof templateImportOutput>;
export const templateRemoveOutput = z.object({ removed: idSchema });

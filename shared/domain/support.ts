import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { promiseMadeInput } from './promise';

/**
 * Families and survivors ("families first", guide for mayors ch. 3): who was hit, who is looking after them, what
 * they need across the fields the guide for cities names, and every contact with them. Everything here but the
 * sealed details is read by everyone on the incident, so it stays non-identifying.
 */
export const householdKinds = ['victim', 'bereaved family', 'injured', 'uninjured survivor', 'witness'] as const;
export type HouseholdKind = (typeof householdKinds)[number];
export const consentStates = ['not asked', 'given', 'declined', 'withdrawn'] as const;
export const householdStatuses = ['open', 'closed'] as const;
/** "Medical, psychological, social, legal, administrative, financial" (guide for cities, ch. 3). */
export const supportFields = ['medical', 'psychological', 'social', 'legal', 'administrative', 'financial'] as const;
export type SupportField = (typeof supportFields)[number];
export const needStatuses = ['identified', 'in progress', 'met', 'declined'] as const;
/** Needs still to be met; one past its due time is overdue. */
export const openNeedStatuses = ['identified', 'in progress'] as const;
export type NeedStatus = (typeof needStatuses)[number];
export const contactChannels = ['in person', 'phone', 'message', 'video', 'through an interpreter', 'other'] as const;

/** A box for one reader: the generation's content key sealed (crypto_box_seal) to their key as the roster held it. */
export const keyBoxSchema = z.object({
  personId: idSchema,
  /** The Ed25519 public key (hex) the box was sealed to: a changed key means the box no longer opens for them. */
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  box: z.string().regex(/^[A-Za-z0-9_-]{100,120}$/),
});
export const keyGenerationSchema = z.object({ gen: z.number().int().min(1).max(1000), boxes: z.array(keyBoxSchema).max(200) });
/** Every content key a household's records were sealed under, oldest first; the last is the one new writes use. */
export const keyringSchema = z.object({ generations: z.array(keyGenerationSchema).max(100) });
export type Keyring = z.infer<typeof keyringSchema>;

/** `v1.<gen>.<nonce>.<ciphertext>`, base64url: an XChaCha20-Poly1305 box under one generation's content key. */
export const sealedTextSchema = z.string().max(20_000).regex(/^v1\.\d{1,4}\.[A-Za-z0-9_-]{32}\.[A-Za-z0-9_-]{22,}$/);

/** What only the household's readers see: who they are and how to reach them. */
export const householdDetailsSchema = z.object({
  names: z.string().trim().max(500),
  contact: z.string().trim().max(500),
  address: z.string().trim().max(500),
  notes: z.string().trim().max(4000),
});
export type HouseholdDetails = z.infer<typeof householdDetailsSchema>;

const plainHousehold = {
  kind: z.enum(householdKinds),
  /** A reference the liaison chooses ("Family 3"): never a name. */
  label: nonEmptyText(60),
  liaisonId: idSchema.nullable(),
  language: z.string().trim().max(60),
  interpreterNeeded: z.boolean(),
  consent: z.enum(consentStates),
  status: z.enum(householdStatuses),
};
export const householdPlainSchema = z.object(plainHousehold);
export type HouseholdPlain = z.infer<typeof householdPlainSchema>;

export const householdFieldsSchema = householdPlainSchema.extend({
  lastContactAt: instantSchema.nullable(),
  sealed: sealedTextSchema.nullable(),
  keyring: keyringSchema,
});

export const supportNeedFieldsSchema = z.object({
  householdId: idSchema,
  field: z.enum(supportFields),
  summary: nonEmptyText(200),
  status: z.enum(needStatuses),
  dueAt: instantSchema.nullable(),
  ownerId: idSchema.nullable(),
});

export const supportContactFieldsSchema = z.object({
  householdId: idSchema,
  at: instantSchema,
  by: idSchema,
  channel: z.enum(contactChannels),
  sealedNote: sealedTextSchema.nullable(),
});

export const supportSettingsFieldsSchema = z.object({
  readerRoleIds: z.array(idSchema).max(20),
  contactIntervalHours: z.number().int().min(1).max(24 * 14),
});
export type SupportSettings = z.infer<typeof supportSettingsFieldsSchema>;

export const supportExportFieldsSchema = z.object({ households: z.number().int().min(0), purpose: nonEmptyText(300) });

// Answers.

export const readerSchema = z.object({ personId: idSchema, name: z.string(), reason: z.enum(['liaison', 'commander', 'reader role']) });
export type Reader = z.infer<typeof readerSchema>;

export const supportNeedSchema = supportNeedFieldsSchema.extend({
  id: idSchema,
  ownerName: z.string().nullable(),
  createdAt: instantSchema,
  overdue: z.boolean(),
});
export type SupportNeed = z.infer<typeof supportNeedSchema>;

export const householdSchema = householdPlainSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  liaisonName: z.string().nullable(),
  lastContactAt: instantSchema.nullable(),
  createdAt: instantSchema,
  /** Decrypted for a signed-in reader whose key opens the household's content key; null for everyone else. */
  details: householdDetailsSchema.nullable(),
  /** True when the details are kept from this operator (or nobody is signed in). */
  sealed: z.boolean(),
  /** Who should be able to read and cannot yet: no PIN, a PIN too short to guard the details, a new key, or not granted since they became a reader. */
  waiting: z.array(readerSchema.extend({ why: z.enum(['no key yet', 'PIN too short', 'not granted']) })),
  /** Readers of the key new writes use. */
  readers: z.array(readerSchema.pick({ personId: true, name: true })),
  /** Who still holds the key new writes use but is no longer a reader: the next grant starts a new key without them. */
  formerReaders: z.array(readerSchema.pick({ personId: true, name: true })),
  needs: z.object({ open: z.number().int(), overdue: z.number().int() }),
  contactOverdue: z.boolean(),
});
export type Household = z.infer<typeof householdSchema>;

export const supportContactSchema = supportContactFieldsSchema.omit({ sealedNote: true }).extend({
  id: idSchema,
  byName: z.string().nullable(),
  /** Null when the operator cannot open it (or none was written). */
  note: z.string().nullable(),
  sealed: z.boolean(),
});
export type SupportContact = z.infer<typeof supportContactSchema>;

export const householdDetailSchema = z.object({ household: householdSchema, needs: z.array(supportNeedSchema), contacts: z.array(supportContactSchema) });

export const supportCreateInput = householdPlainSchema
  .partial({ liaisonId: true, language: true, interpreterNeeded: true, consent: true, status: true })
  .extend({ incidentId: idSchema, details: householdDetailsSchema.optional() });
export const supportUpdateInput = z.object({
  id: idSchema,
  changes: householdPlainSchema
    .omit({ liaisonId: true })
    .partial()
    .extend({ details: householdDetailsSchema.optional() })
    .refine((c) => Object.keys(c).length > 0, 'no field to change'),
});
export const assignLiaisonInput = z.object({ id: idSchema, liaisonId: idSchema.nullable() });
export const addNeedInput = supportNeedFieldsSchema.partial({ status: true, dueAt: true, ownerId: true });
export const updateNeedInput = z.object({
  id: idSchema,
  changes: supportNeedFieldsSchema
    .omit({ householdId: true })
    .partial()
    .refine((c) => Object.keys(c).length > 0, 'no field to change'),
});
export const contactInput = z.object({
  householdId: idSchema,
  channel: z.enum(contactChannels),
  at: instantSchema.optional(),
  note: z.string().trim().max(4000).default(''),
  promises: z.array(promiseMadeInput.omit({ madeTo: true })).max(10).default([]),
});
export const supportListInput = z.object({
  incidentId: idSchema,
  kinds: z.array(z.enum(householdKinds)).max(householdKinds.length).optional(),
  statuses: z.array(z.enum(householdStatuses)).max(2).optional(),
});
export const supportListOutput = z.object({ households: z.array(householdSchema), total: z.number().int() });

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) => z.record(z.enum(keys), z.number().int());
export const supportSummarySchema = z.object({
  households: z.number().int(),
  byKind: countsOf(householdKinds),
  needs: z.record(z.enum(supportFields), countsOf(needStatuses)),
  flags: z.object({ withoutLiaison: z.number().int(), needsOverdue: z.number().int(), contactOverdue: z.number().int(), waitingReaders: z.number().int(), formerReaders: z.number().int() }),
  contactIntervalHours: z.number().int(),
});
export type SupportSummary = z.infer<typeof supportSummarySchema>;

export const settingsOutput = supportSettingsFieldsSchema;
export const setSettingsInput = supportSettingsFieldsSchema.partial().extend({ incidentId: idSchema });
export const grantAccessInput = z.object({ incidentId: idSchema, householdId: idSchema.optional() });
export const grantAccessOutput = z.object({ granted: z.number().int(), rotated: z.number().int(), households: z.number().int(), unreadable: z.number().int() });
export const exportInput = z.object({ incidentId: idSchema, purpose: nonEmptyText(300) });
export const exportOutput = z.object({ text: z.string(), households: z.number().int(), filename: z.string() });

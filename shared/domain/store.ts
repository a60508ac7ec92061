import { z } from 'zod';

export const storeStates = ['absent', 'locked', 'unlocked'] as const;

export const storeStatusSchema = z.object({
  state: z.enum(storeStates),
  deviceId: z.string().nullable(),
  /** How this console can be unlocked: the OS keystore where one is usable, else the passphrase. */
  unlockMethods: z.array(z.enum(['passphrase', 'keystore', 'recoveryKey'])),
  dataDir: z.string(),
});
export type StoreStatus = z.infer<typeof storeStatusSchema>;

/** Long enough to resist guessing at scrypt speed; short enough to type in a crisis. */
export const passphraseSchema = z.string().min(10, 'use at least 10 characters').max(1024);

/** The raw 32-byte key as 64 hex digits, grouped or not, in either case. */
export const recoveryKeySchema = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, '').toLowerCase())
  .pipe(z.string().regex(/^[0-9a-f]{64}$/, 'a recovery key is 64 hexadecimal digits'));

export const storeCreateInput = z.object({ passphrase: passphraseSchema, useKeystore: z.boolean().default(false) });
export const storeCreateOutput = z.object({ recoveryKey: z.string(), deviceId: z.string() });

export const storeUnlockInput = z.union([
  z.object({ passphrase: z.string().min(1).max(1024) }),
  z.object({ recoveryKey: recoveryKeySchema }),
  z.object({ keystore: z.literal(true) }),
]);

/** Proof that whoever changes the passphrase knows the store's key: the current passphrase, or the recovery key. */
export const storeChangePassphraseInput = z.object({
  current: z.union([z.object({ passphrase: z.string().min(1).max(1024) }), z.object({ recoveryKey: recoveryKeySchema })]),
  newPassphrase: passphraseSchema,
});

export const storeRotateKeyInput = z.object({ passphrase: z.string().min(1).max(1024) });
export const storeRotateKeyOutput = z.object({ recoveryKey: z.string() });

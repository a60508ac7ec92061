import { z } from 'zod';
import {
  storeChangePassphraseInput,
  storeCreateInput,
  storeCreateOutput,
  storeRotateKeyInput,
  storeRotateKeyOutput,
  storeStatusSchema,
  storeUnlockInput,
} from '../domain/store';
import { method } from './define';

const empty = z.object({}).strict();

export const storeMethods = {
  'store:status': method(empty, storeStatusSchema, 'Whether this console has a store, and whether it is unlocked.', { reads: [] }),
  'store:create': method(storeCreateInput, storeCreateOutput, 'Create the encrypted store; answers the recovery key once.'),
  'store:unlock': method(storeUnlockInput, storeStatusSchema, 'Unlock with the passphrase, the recovery key or the OS keystore.'),
  'store:lock': method(empty, storeStatusSchema, 'Close the store and forget its key in memory.'),
  'store:changePassphrase': method(storeChangePassphraseInput, storeStatusSchema, 'Re-wrap the store key under a new passphrase.'),
  'store:rotateKey': method(storeRotateKeyInput, storeRotateKeyOutput, 'Replace the store key (SQLCipher rekey); answers the new recovery key once.'),
};

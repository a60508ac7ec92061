import type { Migration } from '../db/migrations';
import { migration001 } from './001-op-log-and-device';
import { migration015 } from './015-refused-ops';

/** The op log, chain heads, device identity and refused ops: the tables every domain stands on. */
export const kernelMigrations: readonly Migration[] = [migration001, migration015];

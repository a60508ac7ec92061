import type { Migration } from '../db/migrations';
import { migration001 } from './001-op-log-and-device';
import { migration015 } from './015-refused-ops';
import { migration033 } from './033-refusal-kind';

/** The op log, chain heads, device identity and refused ops (and which check refused each): the tables every domain stands on. */
export const kernelMigrations: readonly Migration[] = [migration001, migration015, migration033];

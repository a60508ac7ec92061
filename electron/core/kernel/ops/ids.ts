import { v7 } from 'uuid';

/**
 * A new record's id: a UUIDv7 (RFC 9562), whose leading bits are the millisecond it was made. Projection tables
 * are keyed by id, so a new record lands at the end of its table's key index instead of on a random page: a
 * batch of a thousand new log notes rewrites a few index pages rather than hundreds, and with this cipher every
 * page written is also encrypted.
 */
export const newId = (): string => v7();

import { describe, expect, it } from 'vitest';
import { idSchema } from '../../../shared/domain/ids';
import { newId } from '../../../electron/core/kernel/ops/ids';

describe('record ids', () => {
  it('are UUIDs that sort in the order they were made, so new rows go to the end of their table', () => {
    const ids = Array.from({ length: 2_000 }, () => newId());
    expect(ids.every((id) => idSchema.safeParse(id).success)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

import { describe, expect, it } from 'vitest';
import raw from '../../../resources/playbooks/first-72-hours.json' with { type: 'json' };
import { PLAYBOOK_SPAN_MINUTES, bandOf, builtInPlaybookSchema } from '../../../shared/domain/playbook';

describe('the built-in first-72-hours playbook', () => {
  const parsed = builtInPlaybookSchema.safeParse(raw);

  it('validates against its schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('holds 20 to 30 items in time order, each with its source in the guide, across all four bands', () => {
    const items = parsed.data?.items ?? [];
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.length).toBeLessThanOrEqual(30);
    const offsets = items.map((i) => i.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(items.every((i) => /Guide for Mayors|City-Led Response|Guide for Cities|RAN/.test(i.guidance))).toBe(true);
    expect(new Set(items.map((i) => bandOf(i.offsetMinutes).id)).size).toBe(4);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(PLAYBOOK_SPAN_MINUTES);
  });

  it('refuses a file with a repeated key or an unknown owner role', () => {
    const first = raw.items[0];
    expect(builtInPlaybookSchema.safeParse({ ...raw, items: [first, first] }).success).toBe(false);
    expect(builtInPlaybookSchema.safeParse({ ...raw, items: [{ ...first, ownerRole: 'mayor' }] }).success).toBe(false);
  });
});

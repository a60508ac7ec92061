import type { JsonValue } from '../../../../shared/domain/op';

const shown = (v: JsonValue | undefined): string => {
  if (v === null || v === undefined || v === '') return '(blank)';
  if (typeof v === 'string') return v.length > 80 ? `“${v.slice(0, 77)}…”` : `“${v}”`;
  return JSON.stringify(v);
};

/** “security risk level to “high”, note to …”: the changed fields of an op, in words. */
export const describeFields = (fields: Record<string, JsonValue>, labels: Record<string, string>): string =>
  Object.entries(fields)
    .map(([k, v]) => `${labels[k] ?? k} → ${shown(v)}`)
    .join('; ');

/** A field's value as text for a summary line; non-text values are shown as JSON. */
export const textOf = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : JSON.stringify(v ?? null));

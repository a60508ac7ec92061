/**
 * Characters no text an operator enters may hold: C0 and C1 controls other than tab and newline, the non-characters
 * U+FFFE and U+FFFF, lone surrogates, and the bidirectional overrides, embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069), which can make a statement read otherwise than it is stored and break XML exports. Pure.
 */
function unsafeAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a) return i;
    if ((c >= 0x7f && c <= 0x9f) || c === 0xfffe || c === 0xffff) return i;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

const describeAt = (text: string, i: number): string => `U+${(text.charCodeAt(i) || 0).toString(16).toUpperCase().padStart(4, '0')} at character ${i + 1}`;

/** The first string anywhere in `value` holding an unsafe character: its path and which character, or null. */
export function findUnsafeText(value: unknown, path: (string | number)[] = []): string | null {
  if (typeof value === 'string') {
    const i = unsafeAt(value);
    return i < 0 ? null : `${path.length ? `${path.join('.')}: ` : ''}text may not contain control or direction-override characters (${describeAt(value, i)})`;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** `text` without the characters XML 1.0 cannot hold, for exports of whatever a store holds. */
export function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const allowed = c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}

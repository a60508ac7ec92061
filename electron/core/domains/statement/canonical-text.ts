import { sha256Hex } from '../../kernel/ops/signing';

/**
 * The text a revision stores and hashes: Unicode NFC, LF line ends, no trailing spaces, no blank edges. Two
 * texts a reader cannot tell apart get one hash, so "changed since approval" means a change someone can see.
 */
export const canonicalText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

export const textHash = (text: string): string => sha256Hex(canonicalText(text));

import { z } from 'zod';

/**
 * The file name the save dialog proposes: a name, never a path (the person picks the folder), without characters
 * that Windows, macOS or Linux refuse in a name.
 */
export const pdfFileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^/\\:*?"<>|]+$/, 'a file name has no folder in it and none of / \\ : * ? " < > |')
  .refine((name) => name !== '.' && name !== '..', 'a file name is more than dots');

export const printSavePdfInput = z.object({ suggestedName: pdfFileNameSchema });

/** `saved: false` when the person closed the dialog without choosing; `path` is where the PDF now is. */
export const printSavePdfOutput = z.object({ saved: z.boolean(), path: z.string().optional() });
export type PrintSavePdfOutput = z.infer<typeof printSavePdfOutput>;

/** Any title made into a name the schema takes: forbidden characters become dashes, spaces fold, at most 120. */
export function toPdfFileName(title: string): string {
  const name = title
    .replace(/[/\\:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return /^[.\s-]*$/.test(name) ? 'Concord document' : name;
}

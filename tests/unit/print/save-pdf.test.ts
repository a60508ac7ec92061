import { describe, expect, it, vi } from 'vitest';
import { createConcord } from '../../../electron/core/app/concord';
import { pdfFileNameSchema, toPdfFileName } from '../../../shared/domain/print';
import { tempConcord, tempDir } from '../../fixtures/temp-store';

describe('print:savePdf through the contract', () => {
  it('answers unsupported on the web host, whose core has no printer', async () => {
    const t = await tempConcord();
    try {
      const answer = await t.concord.call('print:savePdf', { suggestedName: 'Statement' });
      expect(answer).toEqual({ ok: false, error: { code: 'unsupported', message: expect.stringContaining('desktop app') } });
    } finally {
      t.close();
    }
  });

  it('hands a valid name to the desktop printer and its answer back, and refuses a path before the printer sees it', async () => {
    const { dir, cleanup } = tempDir();
    const savePdf = vi.fn((_name: string) => Promise.resolve({ saved: true, path: '/chosen/Statement.pdf' }));
    const concord = createConcord({ dataDir: dir, log: () => undefined, printer: { savePdf } });
    try {
      expect(await concord.call('print:savePdf', { suggestedName: '  Statement (ar)  ' })).toEqual({ ok: true, value: { saved: true, path: '/chosen/Statement.pdf' } });
      expect(savePdf).toHaveBeenCalledExactlyOnceWith('Statement (ar)');
      for (const suggestedName of ['../secrets', '/etc/passwd', 'a\\b', 'C:report', '..', '', 'x'.repeat(121)]) {
        const answer = await concord.call('print:savePdf', { suggestedName });
        expect(answer, suggestedName).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
      expect(savePdf).toHaveBeenCalledTimes(1);
    } finally {
      concord.close();
      cleanup();
    }
  });
});

describe('a title made into a PDF file name', () => {
  it('keeps a plain title, folds forbidden characters and spaces, and never answers a name the contract refuses', () => {
    expect(toPdfFileName('Situation report 3, Riverside')).toBe('Situation report 3, Riverside');
    expect(toPdfFileName('  ICS 202:  Objectives / Period 4 ')).toBe('ICS 202- Objectives - Period 4');
    expect(toPdfFileName('بيان: السوق الشتوي')).toBe('بيان- السوق الشتوي');
    for (const title of ['..', '/', '   ', '', 'a\u0000b', 'x'.repeat(300), '<script>']) {
      expect(pdfFileNameSchema.safeParse(toPdfFileName(title)).success, JSON.stringify(title)).toBe(true);
    }
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((_name: string) => '/home/operator/Documents') },
  dialog: { showSaveDialog: vi.fn<(window: unknown, options: { defaultPath?: string }) => Promise<{ canceled: boolean; filePath?: string }>>() },
}));
vi.mock('electron', () => electron);
const fsWrites = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    writeFile: (path: string, data: Uint8Array) => {
      fsWrites.paths.push(path);
      return real.writeFile(path, data);
    },
  };
});
const { createPdfPrinter, pdfOptions } = await import('../../../electron/shell/print-pdf');

/** The shell's window type, named without importing electron here (only the shell may). */
type ShellWindow = NonNullable<ReturnType<Parameters<typeof createPdfPrinter>[0]>>;

const pdfBytes = Buffer.from('%PDF-1.7 a statement');

function fakeWindow(destroyed = false) {
  const printToPDF = vi.fn((_options: unknown) => Promise.resolve(pdfBytes));
  const window = { isDestroyed: () => destroyed, webContents: { printToPDF } } as unknown as ShellWindow;
  return { window, printToPDF };
}

describe('the desktop shell saves the print view as a PDF', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-pdf-'));
    fsWrites.paths.length = 0;
    electron.dialog.showSaveDialog.mockReset();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the window on A4 without backgrounds and writes the bytes where the person chose, and nowhere else', async () => {
    const { window, printToPDF } = fakeWindow();
    const chosen = join(dir, 'statement-ar.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const answer = await createPdfPrinter(() => window).savePdf('Statement (ar)');
    expect(answer).toEqual({ saved: true, path: chosen });
    expect(printToPDF).toHaveBeenCalledExactlyOnceWith({ pageSize: 'A4', landscape: false, printBackground: false });
    expect(pdfOptions).toEqual({ pageSize: 'A4', landscape: false, printBackground: false });
    expect(readFileSync(chosen)).toEqual(pdfBytes);
    expect(fsWrites.paths).toEqual([chosen]);
    expect(readdirSync(dir)).toEqual(['statement-ar.pdf']);
  });

  it('proposes the suggested name, as a PDF, in the documents folder, on the window that asked', async () => {
    const { window } = fakeWindow();
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await createPdfPrinter(() => window).savePdf('Situation report 3');
    await createPdfPrinter(() => window).savePdf('ICS 202.PDF');
    const [first, second] = electron.dialog.showSaveDialog.mock.calls;
    expect(first?.[0]).toBe(window);
    expect(first?.[1].defaultPath).toBe(join('/home/operator/Documents', 'Situation report 3.pdf'));
    expect(second?.[1].defaultPath).toBe(join('/home/operator/Documents', 'ICS 202.PDF'));
    expect(electron.app.getPath).toHaveBeenCalledWith('documents');
  });

  it('answers saved: false and neither prints nor writes when the dialog is cancelled', async () => {
    const { window, printToPDF } = fakeWindow();
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: join(dir, 'ignored.pdf') });
    expect(await createPdfPrinter(() => window).savePdf('Statement')).toEqual({ saved: false });
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '' });
    expect(await createPdfPrinter(() => window).savePdf('Statement')).toEqual({ saved: false });
    expect(printToPDF).not.toHaveBeenCalled();
    expect(fsWrites.paths).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses with a typed error, showing no dialog, once the window is gone', async () => {
    const closed = fakeWindow(true);
    await expect(createPdfPrinter(() => closed.window).savePdf('Statement')).rejects.toMatchObject({ code: 'conflict' });
    await expect(createPdfPrinter(() => null).savePdf('Statement')).rejects.toMatchObject({ code: 'conflict' });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(fsWrites.paths).toEqual([]);
  });
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type PrintToPDFOptions } from 'electron';
import { ConcordError } from '../../shared/result';
import type { PdfPrinter } from '../core/domains/print';

/**
 * A4 portrait, as the EOC's printers and the national cell's forms are; backgrounds off, so the print stylesheet's
 * black on white is what lands on paper; the page's own margins (1 cm) left as Chromium sets them.
 */
export const pdfOptions = { pageSize: 'A4', landscape: false, printBackground: false } as const satisfies PrintToPDFOptions;

const withPdfExtension = (name: string) => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

/**
 * Saves what the window shows, through its print stylesheet, as a PDF where the person chooses. The file is written
 * only at the path the save dialog answered, and only once they chose one.
 */
export function createPdfPrinter(window: () => BrowserWindow | null): PdfPrinter {
  return {
    async savePdf(suggestedName) {
      const target = window();
      if (!target || target.isDestroyed()) throw new ConcordError('conflict', 'the Concord window is closed');
      const choice = await dialog.showSaveDialog(target, {
        title: 'Save as PDF',
        defaultPath: join(app.getPath('documents'), withPdfExtension(suggestedName)),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      const bytes = await target.webContents.printToPDF(pdfOptions);
      await writeFile(choice.filePath, bytes);
      return { saved: true, path: choice.filePath };
    },
  };
}

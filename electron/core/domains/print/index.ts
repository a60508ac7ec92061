import type { PrintSavePdfOutput } from '../../../../shared/domain/print';
import { ConcordError } from '../../../../shared/result';
import type { DomainModule } from '../../kernel/domain';

/** What the desktop shell lends the core to print the window it holds (electron/shell/print-pdf.ts). */
export interface PdfPrinter {
  savePdf(suggestedName: string): Promise<PrintSavePdfOutput>;
}

/**
 * Printing belongs to the window, which the core does not hold: the desktop shell hands in its printer. A core
 * without one serves the web console, whose browser prints and saves PDFs itself.
 */
export const printDomain = (printer: PdfPrinter | null): DomainModule<'print'> => ({
  prefix: 'print',
  entities: [],
  migrations: [],
  handlers: () => ({
    'print:savePdf': (i) => {
      if (!printer) throw new ConcordError('unsupported', 'Saving a PDF is done by the desktop app; in the web console, Print opens the browser’s dialog, which saves PDFs too.');
      return printer.savePdf(i.suggestedName);
    },
  }),
});

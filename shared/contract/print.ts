import { printSavePdfInput, printSavePdfOutput } from '../domain/print';
import { method } from './define';

/**
 * Answered by the desktop shell, which holds the window: the web console has no file system of its own to offer and
 * answers `unsupported` (its browser's print dialog saves PDFs).
 */
export const printMethods = {
  'print:savePdf': method(printSavePdfInput, printSavePdfOutput, 'Desktop only: save the print view on screen as an A4 PDF where the person chooses.'),
};

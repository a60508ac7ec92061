import { useState } from 'react';
import { toPdfFileName } from '../../../shared/domain/print';
import { onDesktop } from '../../api/client';
import { useConcordMutation } from '../../api/mutation';
import { FormError } from '../Field';
import './print.css';

interface PrintButtonProps {
  /** The print button's text; "Print" unless the view says better. */
  label?: string;
  /** The file name the desktop's save dialog proposes, e.g. the document's title: made safe for a file system, ".pdf" added. */
  fileName?: string;
}

/**
 * Prints the document on screen (an element with the class `print-doc`) alone. On the desktop it also saves it as
 * a PDF through the shell (A4, the print stylesheet applied); in a browser the print dialog saves PDFs itself.
 * Every print view uses this one control, so paper and PDF take one path.
 */
export function PrintButton({ label = 'Print', fileName = 'Concord document' }: PrintButtonProps) {
  const savePdf = useConcordMutation('print:savePdf', { shownIn: 'form' });
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const save = () => {
    setSavedTo(null);
    void savePdf.run({ suggestedName: toPdfFileName(fileName) }).then((answer) => setSavedTo(answer?.path ?? null));
  };
  return (
    <div className="print-controls no-print">
      <div className="actions">
        {onDesktop && (
          <button type="button" className="primary" disabled={savePdf.pending} onClick={save}>
            Save as PDF
          </button>
        )}
        <button type="button" className={onDesktop ? undefined : 'primary'} onClick={() => window.print()}>
          {label}
        </button>
      </div>
      {savedTo && (
        <p role="status" className="muted">
          Saved to {savedTo}
        </p>
      )}
      <FormError message={savePdf.error} />
    </div>
  );
}

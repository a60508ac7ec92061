import './print.css';

/**
 * Prints the document on screen (an element with the class `print-doc`) alone; the browser's print dialog also saves
 * it as a PDF. Every print view uses this one button, so paper and PDF take one path.
 */
export function PrintButton({ label = 'Print' }: { label?: string }) {
  return (
    <button type="button" className="primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}

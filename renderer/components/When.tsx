import { formatDateTime } from './format';

/** An instant as people read it, kept machine-readable in `dateTime`; a dash when there is none. */
export const When = ({ iso }: { iso: string | null }) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <>—</>);

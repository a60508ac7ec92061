import type { RumourStatus } from '../../../shared/domain/rumour';

export const statusLabels: Record<RumourStatus, string> = {
  unverified: 'Unverified',
  true: 'True',
  false: 'False',
  misleading: 'Misleading',
};

/** Colour for a glance, the word for certainty: the verdict is always written out. */
export function RumourStatusBadge({ status }: { status: RumourStatus }) {
  return (
    <span className={`rumour-status rumour-${status}`} data-testid="rumour-status">
      {statusLabels[status]}
    </span>
  );
}

const reachFormat = new Intl.NumberFormat(undefined);

/** "about 40,000 people": reach is an estimate, and reads as one. */
export const reachLabel = (reach: number) => (reach === 0 ? 'reach not estimated' : `reach ~${reachFormat.format(reach)}`);

import { lazy } from 'react';
import type { RumourPerDay } from '../../../shared/domain/rumour';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChartFigure } from '../../components/ChartFigure';
import { dayLabel } from '../../components/format';

const StackedDaysDrawing = lazy(() => import('../../components/StackedDaysDrawing').then((m) => ({ default: m.StackedDaysDrawing })));
const height = 150;

/** The verdicts stacked worst first, in the colours of risk. */
const rumourStacks = [
  { key: 'false', name: 'False', fill: 'var(--risk-critical)' },
  { key: 'misleading', name: 'Misleading', fill: 'var(--risk-elevated)' },
  { key: 'unverified', name: 'Unverified', fill: 'var(--risk-none)' },
  { key: 'true', name: 'True', fill: 'var(--risk-low)' },
];

/** Rumours by the day they were first seen, coloured by what verification found since. */
export function RumoursPerDayChart() {
  const { data } = useConcordQuery('rumour:perDay', useIncidentInput({ utcOffsetMinutes: -new Date().getTimezoneOffset() }));
  const rows: RumourPerDay = data ?? [];
  const sum = (r: RumourPerDay[number]) => r.unverified + r.true + r.false + r.misleading;
  const total = rows.reduce((s, r) => s + sum(r), 0);
  const falseOnes = rows.reduce((s, r) => s + r.false + r.misleading, 0);
  const summary =
    total === 0
      ? 'No rumour recorded yet.'
      : `${total} rumours first seen over ${rows.length} ${rows.length === 1 ? 'day' : 'days'}; ${falseOnes} false or misleading, ${rows.reduce((s, r) => s + r.unverified, 0)} not verified yet.`;
  return (
    <ChartFigure
      title="Rumours per day"
      summary={summary}
      rows={rows}
      columns={[
        { label: 'Day first seen', value: (r) => dayLabel(r.day) },
        { label: 'False', value: (r) => r.false },
        { label: 'Misleading', value: (r) => r.misleading },
        { label: 'Unverified', value: (r) => r.unverified },
        { label: 'True', value: (r) => r.true },
      ]}
      height={height}
    >
      <StackedDaysDrawing rows={rows.map((r) => ({ ...r, label: dayLabel(r.day) }))} stacks={rumourStacks} height={height} />
    </ChartFigure>
  );
}

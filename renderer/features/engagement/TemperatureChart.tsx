import { lazy } from 'react';
import { temperatures } from '../../../shared/domain/engagement';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChartFigure } from '../../components/ChartFigure';
import { capitalise, formatDateTime } from '../../components/format';

const TemperatureDrawing = lazy(() => import('./TemperatureDrawing').then((m) => ({ default: m.TemperatureDrawing })));
const height = 200;

/** Each community's temperatures over time, calm at the bottom, hostile at the top. */
export function TemperatureChart() {
  const { data } = useConcordQuery('engagement:temperatures', useIncidentInput({}));
  const checked = (data?.communities ?? []).filter((c) => c.series.length > 0);
  const rows = checked.flatMap((c) => c.series.map((p) => ({ community: c.name, ...p })));
  const summary =
    checked.length === 0
      ? 'No engagement recorded yet.'
      : `${checked.map((c) => `${c.name}: ${c.temperature ?? 'not taken'}${c.trend ? `, ${c.trend}` : ''}`).join('; ')}.`;
  return (
    <ChartFigure
      title="Community temperature over time"
      summary={summary}
      rows={rows}
      columns={[
        { label: 'Community', value: (r) => r.community },
        { label: 'Time', value: (r) => formatDateTime(r.at) },
        { label: 'Temperature', value: (r) => capitalise(r.temperature) },
      ]}
      height={height}
    >
      <TemperatureDrawing
        lines={checked.map((c) => ({ name: c.name, points: c.series.map((p) => ({ t: Date.parse(p.at), level: temperatures.indexOf(p.temperature) })) }))}
        height={height}
      />
    </ChartFigure>
  );
}

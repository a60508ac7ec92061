import { lazy } from 'react';
import { taskStatuses } from '../../../shared/domain/task';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChartFigure } from '../../components/ChartFigure';
import { capitalise, formatTime } from '../../components/format';

const TaskHistoryDrawing = lazy(() => import('./TaskHistoryDrawing').then((m) => ({ default: m.TaskHistoryDrawing })));
const height = 160;

export function TaskHistoryChart() {
  const { data } = useConcordQuery('task:history', useIncidentInput({ buckets: 24 }));
  const rows = (data ?? []).map((p) => ({ ...p, label: formatTime(p.at) }));
  const last = rows.at(-1);
  const summary = last ? `Now: ${taskStatuses.map((s) => `${last[s]} ${s}`).join(', ')}.` : 'No task yet.';
  return (
    <ChartFigure
      title="Tasks by status over time"
      summary={summary}
      rows={rows}
      columns={[{ label: 'Time', value: (r) => r.label }, ...taskStatuses.map((s) => ({ label: capitalise(s), value: (r: (typeof rows)[number]) => r[s] }))]}
      height={height}
    >
      <TaskHistoryDrawing rows={rows} height={height} />
    </ChartFigure>
  );
}

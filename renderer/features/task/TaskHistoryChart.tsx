import { lazy } from 'react';
import { taskStatuses } from '../../../shared/domain/task';
import { call } from '../../api/client';
import { ChartFigure } from '../../components/ChartFigure';
import { capitalise, formatTime } from '../../components/format';
import { useLive } from '../../components/use-live';

const TaskHistoryDrawing = lazy(() => import('./TaskHistoryDrawing').then((m) => ({ default: m.TaskHistoryDrawing })));
const height = 160;

export function TaskHistoryChart() {
  const { data } = useLive((incidentId) => call('task:history', { incidentId, buckets: 24 }), ['task']);
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

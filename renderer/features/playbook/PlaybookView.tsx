import { bandOf, timeBands, type PlaybookSummary } from '../../../shared/domain/playbook';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { useMinuteClock } from '../../components/use-now';
import { MayNot, useMay } from '../roster/use-may';
import { AddItemForm } from './AddItemForm';
import { AdoptPlaybook } from './AdoptPlaybook';
import { PlaybookCounts } from './labels';
import { PlaybookItemCard } from './PlaybookItemCard';
import '../../components/lists.css';
import './playbook.css';

/** One playbook's items by time band, in the guide's order within each. */
function PlaybookBands({ playbook }: { playbook: PlaybookSummary }) {
  const { data } = useConcordQuery('playbook:items', { playbookId: playbook.id });
  const now = useMinuteClock();
  const may = useMay('postUpdates');
  const items = data?.items ?? [];
  return (
    <section aria-labelledby={`playbook-${playbook.id}`}>
      <h3 id={`playbook-${playbook.id}`}>{playbook.title}</h3>
      <PlaybookCounts playbook={data?.playbook ?? playbook} />
      <MayNot may={may} id="tick-may-not" />
      {timeBands.map((band) => {
        const inBand = items.filter((i) => bandOf(i.offsetMinutes).id === band.id);
        if (inBand.length === 0) return null;
        return (
          <section key={band.id} className="playbook-band" aria-labelledby={`band-${playbook.id}-${band.id}`}>
            <h4 id={`band-${playbook.id}-${band.id}`} className="band-title">
              {band.label} <span className="muted">({inBand.filter((i) => i.state === 'open').length} open)</span>
            </h4>
            <ol className="playbook-items">
              {inBand.map((item) => (
                <PlaybookItemCard key={item.id} item={item} now={now} may={may} noteId="tick-may-not" />
              ))}
            </ol>
          </section>
        );
      })}
      <AddItemForm playbookId={playbook.id} />
    </section>
  );
}

/** The incident's playbooks, or the button that adopts the guide's. */
export function PlaybookView() {
  const { data } = useConcordQuery('playbook:list', useIncidentInput({}));
  return (
    <>
      <h2 className="view-title">Playbook</h2>
      {!data ? <p className="muted">Loading…</p> : data.playbooks.length === 0 ? <AdoptPlaybook /> : data.playbooks.map((p) => <PlaybookBands key={p.id} playbook={p} />)}
    </>
  );
}

import type { Actor } from '../../../shared/domain/actor';
import { capitalise, formatElapsed } from '../../components/format';
import { useMinuteClock } from '../../components/use-now';

/** One actor in a line: name, status, and how long since we heard from them, with the stale flag in words. */
export function ActorLine({ actor }: { actor: Actor }) {
  const now = useMinuteClock();
  const heard = actor.lastCheckInAt ? `checked in ${formatElapsed(actor.lastCheckInAt, now)} ago` : 'no check-in yet';
  return (
    <span className="actor-line">
      <span className="actor-name">{actor.name}</span>
      <span className={`status-tag status-${actor.status.replace(' ', '-')}`}>{capitalise(actor.status)}</span>
      <span className={actor.stale ? 'stale-flag' : 'muted'}>
        {actor.stale && <span aria-hidden="true">⚠ </span>}
        {actor.stale ? `Stale: ${heard}` : heard}
      </span>
    </span>
  );
}

import { ConcordError } from '../../../../shared/result';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A remote clock further ahead than this is refused and reported as drift. */
export const MAX_DRIFT_MS = 5 * 60 * 1000;

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export interface HlcParts {
  wall: number;
  counter: number;
}

export const encodeHlc = ({ wall, counter }: HlcParts): string =>
  `${String(wall).padStart(WALL_DIGITS, '0')}.${String(counter).padStart(COUNTER_DIGITS, '0')}`;

export const decodeHlc = (hlc: string): HlcParts => {
  const [wall, counter] = hlc.split('.');
  return { wall: Number(wall), counter: Number(counter) };
};

/** Hybrid logical clock (Kulkarni et al.): monotonic, close to wall time, and ordered after every clock it has seen. */
export class HybridClock {
  private last: HlcParts = { wall: 0, counter: 0 };

  constructor(private readonly clock: Clock) {}

  /** The timestamp for a new local event. */
  tick(): string {
    const physical = this.clock.now();
    this.last =
      physical > this.last.wall ? { wall: physical, counter: 0 } : { wall: this.last.wall, counter: this.last.counter + 1 };
    return encodeHlc(this.last);
  }

  /** This console's own clock, in ms: what "too far ahead" is measured against. */
  physical(): number {
    return this.clock.now();
  }

  /** Raises the clock to a timestamp already held (read back at start, or from ops already checked for drift). */
  observe(hlc: string): void {
    const r = decodeHlc(hlc);
    if (r.wall > this.last.wall || (r.wall === this.last.wall && r.counter > this.last.counter)) this.last = r;
  }

  /** Folds in a remote timestamp, refusing one from a clock too far ahead of ours. */
  receive(remote: string): void {
    const r = decodeHlc(remote);
    const physical = this.clock.now();
    if (r.wall - physical > MAX_DRIFT_MS) {
      const minutes = Math.round((r.wall - physical) / 60000);
      throw new ConcordError('clock_drift', `a remote clock is ${minutes} minutes ahead of this console`);
    }
    this.observe(remote);
  }

  /** The wall time an HLC stands for, as an ISO instant. */
  static toIso(hlc: string): string {
    return new Date(decodeHlc(hlc).wall).toISOString();
  }
}

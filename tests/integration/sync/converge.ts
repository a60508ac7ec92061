export interface StateHash {
  hash: string;
  ops: number;
}

/**
 * Resolves when every console answers the same state hash (and `ops` ops, if given). `read` asks them all;
 * `subscribe` calls its argument on anything that may have changed a state and answers how to stop. Checks run
 * one at a time, and a change seen during one runs another after it; rejects after `ms` with the last answers.
 */
export async function converged(
  read: () => Promise<(StateHash | null)[]>,
  subscribe: (recheck: () => void) => () => void,
  ms: number,
  ops?: number,
): Promise<StateHash> {
  let unsubscribe: () => void = () => undefined;
  try {
    return await new Promise<StateHash>((resolve, reject) => {
      let running = false;
      let again = false;
      let last: (StateHash | null)[] = [];
      const timer = setTimeout(() => reject(new Error(`no convergence in ${ms} ms: ${JSON.stringify(last)}`)), ms);
      const check = async () => {
        if (running) return void (again = true);
        running = true;
        do {
          again = false;
          last = await read();
          const first = last[0];
          if (first && last.every((h) => h?.hash === first.hash) && (ops === undefined || first.ops === ops)) {
            clearTimeout(timer);
            resolve(first);
            return;
          }
        } while (again);
        running = false;
      };
      const recheck = () => void check().catch(reject);
      unsubscribe = subscribe(recheck);
      recheck();
    });
  } finally {
    unsubscribe();
  }
}

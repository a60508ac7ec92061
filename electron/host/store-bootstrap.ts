import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { Concord } from '../core/app/concord';

export type BootstrapOutcome = { ok: true; recoveryKey?: string } | { ok: false; message: string };

/** The dispatcher validated the method's output type when it ran the handler; this only restores it for the compiler. */
const callTyped = async <M extends MethodName>(concord: Pick<Concord, 'call'>, method: M, input: MethodInput<M>) =>
  (await concord.call(method, input)) as Result<MethodOutput<M>>;

/**
 * For automation: CONCORD_PASSPHRASE creates the store when there is none, else unlocks it, so no one has to
 * type into the page. When it cannot, answers the one line to show the operator.
 */
export async function bootstrapStore(concord: Pick<Concord, 'call'>, passphrase: string, dataDir: string): Promise<BootstrapOutcome> {
  const status = await callTyped(concord, 'store:status', {});
  if (!status.ok) return { ok: false, message: `cannot read the store in ${dataDir}: ${status.error.message}` };
  if (status.value.state === 'absent') {
    const created = await callTyped(concord, 'store:create', { passphrase });
    if (created.ok) return { ok: true, recoveryKey: created.value.recoveryKey };
    return { ok: false, message: `cannot create the store in ${dataDir} with CONCORD_PASSPHRASE: ${created.error.message}` };
  }
  const unlocked = await callTyped(concord, 'store:unlock', { passphrase });
  if (unlocked.ok) return { ok: true };
  if (unlocked.error.code === 'wrong_key') return { ok: false, message: `CONCORD_PASSPHRASE does not unlock the store in ${dataDir}.` };
  return { ok: false, message: `cannot unlock the store in ${dataDir} with CONCORD_PASSPHRASE: ${unlocked.error.message}` };
}

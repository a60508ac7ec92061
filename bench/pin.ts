import { performance } from 'node:perf_hooks';
import { LONG_PIN_MIN_DIGITS, PIN_MIN_DIGITS } from '../shared/rules/permissions';
import { newPersonKey, openPersonKey } from '../electron/core/domains/roster/person-key';
import type { BenchResult } from './results';

const ROUNDS = 5;
const ATTACKER_CORES = 16;
const DAY_S = 86_400;

/**
 * What a PIN costs to guess offline from what replicates (a person's wrapped key), and what a sign-in costs: one
 * wrong guess is one scrypt and one failed AES-GCM open, the same work the console does to sign someone in. Days for
 * the whole space on 16 cores: 10^digits guesses at the measured time each, one core per guess.
 */
export async function benchPin(): Promise<BenchResult> {
  const personId = '00000000-0000-4000-8000-000000000001';
  const { wrapped } = await newPersonKey(personId, '24681357');
  const guesses: number[] = [];
  const signIns: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let start = performance.now();
    if ((await openPersonKey(personId, wrapped, String(10_000_000 + i))) !== null) throw new Error('a wrong PIN opened the key');
    guesses.push(performance.now() - start);
    start = performance.now();
    if ((await openPersonKey(personId, wrapped, '24681357')) === null) throw new Error('the right PIN did not open the key');
    signIns.push(performance.now() - start);
  }
  const guessS = Math.min(...guesses) / 1000;
  const days = (digits: number) => (10 ** digits * guessS) / ATTACKER_CORES / DAY_S;
  return {
    file: 'pin.json',
    metrics: {
      guess_ms: Math.round(guessS * 1000),
      sign_in_ms: Math.round(Math.min(...signIns)),
      [`days_${LONG_PIN_MIN_DIGITS}_digits_16_cores`]: Math.round(days(LONG_PIN_MIN_DIGITS)),
      [`days_${PIN_MIN_DIGITS}_digits_16_cores`]: Number(days(PIN_MIN_DIGITS).toFixed(4)),
    },
    details: { kdf: wrapped.keyWrap.split('$').slice(0, 4).join('$'), rounds: ROUNDS, note: 'best of the rounds: the fastest guess is what an attacker gets' },
  };
}

import type { Op } from '../../../../shared/domain/op';

/**
 * An op's place in the one total order every console judges in: HLC, then device id, then seq. The HLC and the
 * device id have fixed widths and the seq is padded, so comparing two positions is comparing two strings.
 */
export type Position = string;

const SEQ_DIGITS = 12;

export const positionOf = (op: Pick<Op, 'hlc' | 'deviceId' | 'seq'>): Position => `${op.hlc}|${op.deviceId}|${String(op.seq).padStart(SEQ_DIGITS, '0')}`;

/** Before every op: the judge's frontier in an incident that holds none yet. */
export const ORIGIN: Position = '';

export const byPosition = <T extends Pick<Op, 'hlc' | 'deviceId' | 'seq'>>(a: T, b: T): number => {
  const pa = positionOf(a);
  const pb = positionOf(b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
};

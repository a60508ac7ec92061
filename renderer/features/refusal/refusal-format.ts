import type { Peer } from '../../../shared/domain/sync';
import { capitalise } from '../../components/format';
import { peerLabel, shortDevice } from '../sync/peer-format';

/** The core's reasons and errors are clauses ("its console was revoked …"); the screen shows them as sentences. */
export const asSentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? capitalise(trimmed) : `${capitalise(trimmed)}.`;
};

/** The console an edit came from, by the name `sync:peers` gives it when this console knows it, else by its short id. */
export function consoleName(deviceId: string, peers: readonly Peer[]): string {
  const peer = peers.find((p) => p.deviceId === deviceId);
  if (!peer) return `console ${shortDevice(deviceId)}`;
  return peer.self ? `this console (${shortDevice(deviceId)})` : peerLabel(peer);
}

export const editKey = (edit: { deviceId: string; seq: number }): string => `${edit.deviceId}:${edit.seq}`;

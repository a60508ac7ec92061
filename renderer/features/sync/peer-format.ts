/** Durations as an operator reads them across the room: "under 1 s", "12 s", "3 min 04 s", "1 h 05 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  if (seconds < 1) return 'under 1 s';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The peer's clock against ours; within a second the clocks count as in step (the offset is measured, not exact). */
export function formatOffset(ms: number | null): string {
  if (ms === null) return 'Not measured';
  if (Math.abs(ms) < 1000) return 'In step';
  return `${formatDuration(ms)} ${ms > 0 ? 'ahead' : 'behind'}`;
}

export function formatLastSeen(iso: string | null, now: number): string {
  if (!iso) return 'Never';
  return `${formatDuration(now - Date.parse(iso))} ago`;
}

/** Matches the core's rule (shared/domain/sync.ts addPeerInput) and adds the port range, so the form says why first. */
export function addressError(text: string): string | null {
  const value = text.trim();
  if (!value) return 'Enter the other console’s address as host:port, for example 192.168.1.20:47200.';
  const match = /^([^\s:]+):(\d{1,5})$/.exec(value);
  if (!match) return 'Write it as host:port: a host name or IPv4 address, a colon, then the port number.';
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return 'The port must be a number from 1 to 65535.';
  return null;
}

export const shortDevice = (deviceId: string) => deviceId.slice(0, 8);

/** The name, with the short device id when the name does not already carry it: two consoles may share an operator. */
export const peerLabel = (peer: { name: string; deviceId: string }) =>
  peer.name.includes(shortDevice(peer.deviceId)) ? peer.name : `${peer.name} (${shortDevice(peer.deviceId)})`;

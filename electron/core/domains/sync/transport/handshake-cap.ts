/**
 * Accepted sockets still in their handshake. Each holds a socket, a buffer and a timer for up to the handshake
 * timeout before anyone is authenticated, so how many may wait at once is bounded.
 */
export class HandshakeCap {
  static readonly MAX = 16;
  private pending = 0;
  /** Set at the first refusal over the cap and cleared once no handshake is pending: a flood logs one line. */
  private refusing = false;

  constructor(private readonly log?: (message: string) => void) {}

  /** Whether a handshake from `from` may start now; each one started is ended with `leave`. */
  enter(from: string): boolean {
    if (this.pending < HandshakeCap.MAX) {
      this.pending += 1;
      return true;
    }
    if (!this.refusing) {
      this.refusing = true;
      this.log?.(`sync: ${HandshakeCap.MAX} handshakes in progress; refusing connections (the first from ${from}) until they end`);
    }
    return false;
  }

  leave(): void {
    this.pending -= 1;
    if (this.pending === 0) this.refusing = false;
  }
}

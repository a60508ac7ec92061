/** Frames on the TCP stream: a 4-byte big-endian length, then that many bytes. */
export const LENGTH_BYTES = 4;

/**
 * The longest message a sync channel carries, and the most a batch of ops may inflate to: one bound on what a
 * single message from a peer can make this console hold. A deflated batch is shorter than what it inflates to,
 * so every batch the codec accepts also fits in a message.
 */
export const MESSAGE_MAX = 64 * 1024 * 1024;

export const frame = (body: Buffer): Buffer => {
  const head = Buffer.alloc(LENGTH_BYTES);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
};

/**
 * Cuts a byte stream into frames. A frame longer than `maxBytes` is refused before it is buffered, so a peer
 * cannot make this console hold an arbitrary amount of memory (before the handshake the limit is small).
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(public maxBytes: number) {}

  /**
   * Answers the complete frames the new bytes finish; throws on a frame over the limit. The bytes held are
   * joined only once a whole frame is in, so a frame sent a byte at a time costs no more than one sent at once.
   */
  push(data: Buffer): Buffer[] {
    this.chunks.push(data);
    this.buffered += data.length;
    const frames: Buffer[] = [];
    while (this.buffered >= LENGTH_BYTES) {
      if ((this.chunks[0]?.length ?? 0) < LENGTH_BYTES) this.chunks = [Buffer.concat(this.chunks)];
      const length = (this.chunks[0] as Buffer).readUInt32BE(0);
      if (length > this.maxBytes) throw new Error(`frame of ${length} bytes is over the limit of ${this.maxBytes}`);
      if (this.buffered < LENGTH_BYTES + length) break;
      const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
      frames.push(all.subarray(LENGTH_BYTES, LENGTH_BYTES + length));
      const rest = all.subarray(LENGTH_BYTES + length);
      this.chunks = rest.length ? [rest] : [];
      this.buffered = rest.length;
    }
    return frames;
  }
}

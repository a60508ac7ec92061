/** The part of holepunch's noise-handshake (plain CommonJS, no types of its own) that the sync session uses. */
declare module 'noise-handshake' {
  interface KeyPair {
    publicKey: Buffer;
    secretKey: Buffer;
  }
  class NoiseState {
    constructor(pattern: 'XXpsk0' | 'XX' | 'NNpsk0' | 'NN' | 'IK', initiator: boolean, staticKeypair?: KeyPair | null, opts?: { psk?: Buffer });
    readonly s: KeyPair;
    /** The remote static key, once the handshake message carrying it has been read. */
    rs: Buffer | null;
    complete: boolean;
    /** Transport keys after the last handshake message: tx to send, rx to receive. */
    tx: Buffer | null;
    rx: Buffer | null;
    /** The handshake hash, once complete: the same on both sides. */
    hash: Buffer | null;
    initialise(prologue: Buffer, remoteStatic?: Buffer): void;
    send(payload?: Buffer): Buffer;
    recv(message: Buffer): Buffer;
  }
  export = NoiseState;
}

declare module 'noise-handshake/cipher' {
  /** ChaCha20-Poly1305 with a counter nonce: a frame replayed, dropped or reordered fails to decrypt. */
  class CipherState {
    constructor(key: Buffer);
    encrypt(plaintext: Buffer, ad?: Buffer): Buffer;
    decrypt(ciphertext: Buffer, ad?: Buffer): Buffer;
  }
  export = CipherState;
}

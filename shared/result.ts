/** The closed set of error codes any method may answer. Clients switch on these, never on messages. */
export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'not_initialized',
  'already_exists',
  'locked',
  'wrong_key',
  'clock_drift',
  'payload_too_large',
  'disk_full',
  'read_only',
  'data_dir_in_use',
  'unsupported',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown inside the core to answer a typed error; the dispatcher turns it into a failed envelope. */
export class ConcordError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ConcordError';
  }
}

/** HTTP status for each code, so the web host never answers a typed error with a 500. */
export const httpStatusFor: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_method: 404,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  not_initialized: 409,
  already_exists: 409,
  locked: 423,
  wrong_key: 403,
  clock_drift: 409,
  payload_too_large: 413,
  // 507 Insufficient Storage: the request was fine and may be sent again once space is freed.
  disk_full: 507,
  // 503: the console is up but cannot store anything until the folder is writable again.
  read_only: 503,
  data_dir_in_use: 409,
  // 501 Not Implemented: this console cannot do it at all (a desktop-only method asked of the web host).
  unsupported: 501,
  internal: 500,
};

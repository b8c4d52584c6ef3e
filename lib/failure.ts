export const FAILURE_KINDS = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'too-large',
  'unprocessable',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'unreadable',
  'not-allowed',
  'no-access',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Something went wrong, said once for the user with what to do next. */
export interface Failure {
  kind: FailureKind;
  message: string;
  nextStep: string;
  status?: number;
  /** Ada's own message, when it sent one. */
  detail?: string;
}

export type Result<T> =
  { ok: true; value: T } | { ok: false; failure: Failure };

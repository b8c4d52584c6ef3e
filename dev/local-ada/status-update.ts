import type { ValidationDetail } from './errors';

const STATUSES = ['complete', 'incomplete'] as const;
type Status = (typeof STATUSES)[number];

export type StatusUpdate =
  { ok: true; status?: Status } | { ok: false; details: ValidationDetail[] };

/**
 * Reads a PATCH body. The published schema makes `status` optional, so an
 * empty body or `{}` is a valid update that changes nothing.
 */
export function parseStatusUpdate(raw: unknown): StatusUpdate {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { ok: true };

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid('body', 'Request body must be valid JSON.');
  }

  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid('body', 'Request body must be a JSON object.');
  }

  if (!('status' in body)) return { ok: true };

  const { status } = body;
  if (!isStatus(status)) {
    return invalid('status', `Must be one of: ${STATUSES.join(', ')}.`);
  }

  return { ok: true, status };
}

function isStatus(value: unknown): value is Status {
  return STATUSES.some((status) => status === value);
}

function invalid(parameter: string, message: string): StatusUpdate {
  return { ok: false, details: [{ parameter, location: 'body', message }] };
}

/** Ada's date-time style: seconds precision, `+00:00` rather than `Z`. */
export function adaTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

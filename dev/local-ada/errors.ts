import type { FastifyReply } from 'fastify';

// Ada wraps every error in an array, even a single one; `details` is a string,
// null, or a list of these for validation errors.
export interface ValidationDetail {
  parameter: string;
  location: string;
  message: string;
}

export interface AdaErrorBody {
  errors: Array<{
    type: string;
    message: string;
    details: string | null | ValidationDetail[];
  }>;
}

const TYPES: Record<number, string> = {
  400: 'validation_error',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
};

const DEFAULT_MESSAGES: Record<number, string> = {
  401: 'Authentication credentials were not provided or are invalid.',
  403: 'You do not have permission to perform this action.',
  404: 'Not found.',
  413: 'Request body exceeds the 10 MB limit.',
  429: 'Too many requests. Retry with exponential backoff.',
  500: 'An unexpected error occurred.',
};

export function adaErrorBody(
  status: number,
  message?: string,
  details: AdaErrorBody['errors'][number]['details'] = null,
): AdaErrorBody {
  const type = TYPES[status] ?? (status >= 500 ? 'server_error' : 'error');
  const text = message ?? DEFAULT_MESSAGES[status] ?? `HTTP ${status}`;

  return { errors: [{ type, message: text, details }] };
}

export function sendAdaError(
  reply: FastifyReply,
  status: number,
  message?: string,
  details?: AdaErrorBody['errors'][number]['details'],
): FastifyReply {
  return reply.code(status).send(adaErrorBody(status, message, details));
}

/** What a proxy in front of Ada answers when the app behind it is down. */
export function proxyErrorHtml(status: number): string {
  return (
    `<html><head><title>${status}</title></head><body>` +
    `<center><h1>${status}</h1></center><hr><center>nginx</center>` +
    `</body></html>\n`
  );
}

import type { Failure, FailureKind } from './failure';

type Sentences = { message: string; nextStep: string };

/**
 * One sentence and a next step for each way a call to Ada can fail.
 * `host` is the instance's host, so the partner sees which customer it is.
 */
export function describeFailure(
  kind: FailureKind,
  host: string,
  status?: number,
): Sentences {
  switch (kind) {
    case 'bad-request':
      return {
        message: `${host} rejected the request as invalid.`,
        nextStep:
          'Reload the dashboard page and try again; if it persists, report it with the details below.',
      };
    case 'unauthorized':
      return {
        message: `${host} did not accept the token: it has expired or is wrong.`,
        nextStep:
          'Installation tokens last one hour. Paste a fresh token for this installation.',
      };
    case 'forbidden':
      return {
        message: 'This token does not have access to this installation.',
        nextStep: `Use the token issued for this installation on ${host}.`,
      };
    case 'not-found':
      return {
        message: `${host} has no such integration or installation.`,
        nextStep:
          'Check that this is the integration you installed and that the token belongs to it.',
      };
    case 'conflict':
      return {
        message: `${host} reported a conflicting change to this installation.`,
        nextStep: 'Reload the record, then try again.',
      };
    case 'too-large':
      return {
        message: `${host} refused the request as too large.`,
        nextStep: 'Report this: a status change should be tiny.',
      };
    case 'unprocessable':
      return {
        message: `${host} could not apply this change.`,
        nextStep: 'Read Ada’s message below, fix the installation, and retry.',
      };
    case 'rate-limited':
      return {
        message: `Ada’s rate limit for ${host} was reached.`,
        nextStep: 'Wait a minute, then try again.',
      };
    case 'server':
      return {
        message: `${host} is having trouble right now (HTTP ${status ?? 500}).`,
        nextStep: 'Try again in a few minutes.',
      };
    case 'network':
      return {
        message: `Could not reach ${host}.`,
        nextStep: 'Check your connection or VPN, then try again.',
      };
    case 'timeout':
      return {
        message: `${host} did not answer in time.`,
        nextStep: 'Try again; Ada may be slow right now.',
      };
    case 'unreadable':
      return {
        message: `${host} sent an answer that could not be read.`,
        nextStep:
          'Try again; if it persists, report it with the details below.',
      };
    case 'no-access':
      return {
        message: `The extension is not allowed to reach ${host}.`,
        nextStep:
          'Open the extension’s popup and choose “Allow access to Ada dashboards”.',
      };
    case 'not-allowed':
      return {
        message: 'This request was refused by the extension.',
        nextStep: 'Open the Ada dashboard page of the integration and retry.',
      };
  }
}

const KIND_BY_STATUS: Record<number, FailureKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  409: 'conflict',
  413: 'too-large',
  422: 'unprocessable',
  429: 'rate-limited',
};

export function kindForStatus(status: number): FailureKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'bad-request');
}

export function failure(
  kind: FailureKind,
  host: string,
  extra: { status?: number; detail?: string } = {},
): Failure {
  return { kind, ...describeFailure(kind, host, extra.status), ...extra };
}

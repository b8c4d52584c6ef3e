import type { Failure, FailureKind } from './failure';
import { t } from './i18n';

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
        message: t('failureBadRequestMessage', host),
        nextStep: t('failureBadRequestNextStep'),
      };
    case 'unauthorized':
      return {
        message: t('failureUnauthorizedMessage', host),
        nextStep: t('failureUnauthorizedNextStep'),
      };
    case 'forbidden':
      return {
        message: t('failureForbiddenMessage'),
        nextStep: t('failureForbiddenNextStep', host),
      };
    case 'not-found':
      return {
        message: t('failureNotFoundMessage', host),
        nextStep: t('failureNotFoundNextStep'),
      };
    case 'conflict':
      return {
        message: t('failureConflictMessage', host),
        nextStep: t('failureConflictNextStep'),
      };
    case 'too-large':
      return {
        message: t('failureTooLargeMessage', host),
        nextStep: t('failureTooLargeNextStep'),
      };
    case 'unprocessable':
      return {
        message: t('failureUnprocessableMessage', host),
        nextStep: t('failureUnprocessableNextStep'),
      };
    case 'rate-limited':
      return {
        message: t('failureRateLimitedMessage', host),
        nextStep: t('failureRateLimitedNextStep'),
      };
    case 'server':
      return {
        message: t('failureServerMessage', [host, status ?? 500]),
        nextStep: t('failureServerNextStep'),
      };
    case 'network':
      return {
        message: t('failureNetworkMessage', host),
        nextStep: t('failureNetworkNextStep'),
      };
    case 'timeout':
      return {
        message: t('failureTimeoutMessage', host),
        nextStep: t('failureTimeoutNextStep'),
      };
    case 'unreadable':
      return {
        message: t('failureUnreadableMessage', host),
        nextStep: t('failureUnreadableNextStep'),
      };
    case 'no-access':
      return {
        message: t('failureNoAccessMessage', host),
        nextStep: t('failureNoAccessNextStep', t('grantAccess')),
      };
    case 'not-allowed':
      return {
        message: t('failureNotAllowedMessage'),
        nextStep: t('failureNotAllowedNextStep'),
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

import { t } from './i18n';
import type { InstallationView } from './installation-view';

/** What the overview knows of one row's installation. */
export type RowLoad =
  | { state: 'loading' }
  | {
      state: 'ready';
      installationId?: string;
      status?: string;
    }
  | { state: 'failed'; message: string; nextStep?: string };

export const LOADING: RowLoad = { state: 'loading' };

// Sentences for the answers that carry no failure from Ada.
function noToken(): RowLoad {
  return {
    state: 'failed',
    message: t('rowNoTokenMessage'),
    nextStep: t('rowNoTokenNextStep', t('tabTokens')),
  };
}

/** A row whose read or change got no answer from the background. */
export function noAnswer(): RowLoad {
  return {
    state: 'failed',
    message: t('rowNoAnswerMessage'),
    nextStep: t('rowNoAnswerNextStep'),
  };
}

/** A row whose token was saved for a host that is not an Ada instance. */
export function notAda(): RowLoad {
  return {
    state: 'failed',
    message: t('rowNotAdaMessage'),
    nextStep: t('rowNotAdaNextStep', t('tabTokens')),
  };
}

/** A row's state from the background's answer about its page. */
export function rowLoadOf(view: InstallationView): RowLoad {
  if (view.state === 'no-token') return noToken();

  if (view.state === 'failed') {
    const { message, nextStep } = view.failure;

    return { state: 'failed', message, nextStep };
  }

  const { id, status } = view.record;

  return {
    state: 'ready',
    ...(id ? { installationId: id } : {}),
    ...(status ? { status } : {}),
  };
}

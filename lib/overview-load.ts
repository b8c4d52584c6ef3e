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

// Sentences for the two answers that carry no failure from Ada.
export const NO_TOKEN: RowLoad = {
  state: 'failed',
  message: 'No token is stored for this installation any more.',
  nextStep: 'Add its token again under Tokens & history.',
};
export const NO_ANSWER: RowLoad = {
  state: 'failed',
  message: 'The extension did not answer.',
  nextStep: 'Reload this page and try again.',
};
export const NOT_ADA: RowLoad = {
  state: 'failed',
  message: 'This token was saved for a host that is not an Ada instance.',
  nextStep: 'Remove it under Tokens & history.',
};

/** A row's state from the background's answer about its page. */
export function rowLoadOf(view: InstallationView): RowLoad {
  if (view.state === 'no-token') return NO_TOKEN;

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

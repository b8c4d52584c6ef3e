// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readDashboardPage } from '@/lib/dashboard-page';
import type { Installation } from '@/lib/installation';
import type { InstallationView } from '@/lib/installation-view';
import { sendMessage } from '@/lib/messages';
import { PopupApp } from './PopupApp';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const ADA_URL =
  'https://acme.ada.support/platform/integrations/5df263b7db5a7e6ea03fae9b';
const PAGE = readDashboardPage(ADA_URL);
if (!PAGE) throw new Error('fixture URL must be an Ada dashboard page');

const RECORD: Installation = {
  id: '64a1f0c2e4b0a1b2c3d4e5f6',
  created: '2024-03-01T10:00:00Z',
  updated: '2024-03-02T11:30:00Z',
  configuration: { region: 'eu' },
  status: 'complete',
};

const READY: InstallationView = {
  state: 'ready',
  page: PAGE,
  record: RECORD,
  tokenAddedAt: 1_700_000_000_000,
};

const UNAUTHORIZED: InstallationView = {
  state: 'failed',
  page: PAGE,
  failure: {
    kind: 'unauthorized',
    message: 'acme.ada.support did not accept the token.',
    nextStep: 'Paste a fresh token for this installation.',
    status: 401,
  },
};

const send = vi.mocked(sendMessage);

function answer(...views: InstallationView[]) {
  for (const view of views) send.mockResolvedValueOnce(view);
}

// What the browser answers for a tab whose URL the extension may not read.
const unreadableTab = () => Promise.resolve(undefined);

function renderPopup(url: string | undefined = ADA_URL) {
  const targetUrl = () => Promise.resolve(url);

  return render(<PopupApp targetUrl={targetUrl} />);
}

function actionButton(action: string): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>(
    `button[data-action=${action}]`,
  );
  if (!button) throw new Error(`no ${action} button`);

  return button;
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });

  return { promise, resolve };
}

beforeEach(() => {
  send.mockReset();
});

afterEach(cleanup);

describe('PopupApp', () => {
  it('offers to open an Ada page when the tab is not one', async () => {
    renderPopup('https://example.com/');

    expect(await screen.findByTestId('not-ada-page')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('says a tab it cannot read is not an Ada page when access is granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    render(<PopupApp targetUrl={unreadableTab} />);

    expect(await screen.findByTestId('not-ada-page')).toBeTruthy();
  });

  it('asks for the Ada host permission when the tab cannot be read without it', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockResolvedValue(true);
    render(<PopupApp targetUrl={unreadableTab} />);

    expect((await screen.findByTestId('access-needed')).textContent).toBe(
      'This extension is not allowed to read Ada dashboard pages.',
    );
    fireEvent.click(actionButton('grant-access'));

    await waitFor(() => expect(request).toHaveBeenCalledOnce());
    expect(screen.queryByTestId('not-ada-page')).toBeNull();
  });

  it('asks for a token when the installation has none, then shows the record', async () => {
    answer({ state: 'no-token', page: PAGE }, READY);
    renderPopup();
    const input = await screen.findByLabelText(/Access token/);

    fireEvent.input(input, { target: { value: 'tok-abc' } });
    fireEvent.submit(screen.getByTestId('token-form'));

    await screen.findByTestId('installation-id');
    expect(send).toHaveBeenNthCalledWith(1, 'getInstallation', {
      pageUrl: ADA_URL,
    });
    expect(send).toHaveBeenNthCalledWith(2, 'saveToken', {
      pageUrl: ADA_URL,
      token: 'tok-abc',
    });
    expect(screen.queryByTestId('token-form')).toBeNull();
    expect(screen.getByTestId('installation-id').textContent).toBe(RECORD.id);
  });

  it('shows the record and the instance it belongs to when ready', async () => {
    answer(READY);
    renderPopup();

    await screen.findByTestId('installation-id');

    expect(screen.getByTestId('instance').textContent).toBe('acme');
    expect(screen.getByTestId('status-badge').textContent).toBe('Complete');
    expect(screen.queryByTestId('loading')).toBeNull();
  });

  it('sends the status change, shows it pending, then shows the new record', async () => {
    const change = deferred<InstallationView>();
    answer(READY);
    send.mockReturnValueOnce(change.promise);
    renderPopup();
    await screen.findByTestId('installation-id');

    fireEvent.click(actionButton('mark-incomplete'));
    fireEvent.click(actionButton('confirm-revert'));

    expect(send).toHaveBeenLastCalledWith('setStatus', {
      pageUrl: ADA_URL,
      installationId: RECORD.id,
      status: 'incomplete',
      from: 'complete',
    });
    expect((await screen.findByTestId('busy')).textContent).toBe(
      'Marking incomplete…',
    );
    expect(actionButton('mark-complete').disabled).toBe(true);

    change.resolve({ ...READY, record: { ...RECORD, status: 'incomplete' } });

    await waitFor(() => expect(screen.queryByTestId('busy')).toBeNull());
    expect(screen.getByTestId('status-badge').textContent).toBe('Incomplete');
    expect(actionButton('mark-complete').disabled).toBe(false);
    expect(actionButton('mark-incomplete').disabled).toBe(true);
  });

  it('explains a rejected token and offers to replace it', async () => {
    answer(UNAUTHORIZED);
    renderPopup();

    const message = await screen.findByTestId('failure-message');

    expect(message.textContent).toBe(
      'acme.ada.support did not accept the token.',
    );
    expect(screen.getByRole('button', { name: 'Replace token' })).toBeTruthy();
    expect(screen.queryByTestId('installation-id')).toBeNull();
  });

  it('keeps showing the last record next to a failed status change', async () => {
    answer(READY, UNAUTHORIZED);
    renderPopup();
    await screen.findByTestId('installation-id');

    fireEvent.click(actionButton('mark-incomplete'));
    fireEvent.click(actionButton('confirm-revert'));
    await screen.findByTestId('failure');

    expect(screen.getByTestId('installation-id').textContent).toBe(RECORD.id);
    expect(screen.getByTestId('status-badge').textContent).toBe('Complete');
    expect(screen.getByTestId('failure-message').textContent).toBe(
      'acme.ada.support did not accept the token.',
    );
  });

  it('says the request could not complete when messaging throws', async () => {
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    renderPopup();

    const message = await screen.findByTestId('failure-message');

    expect(message.textContent).toBe(
      'The extension could not complete this request.',
    );
  });
});

// @vitest-environment happy-dom
import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEntry } from '@/lib/change-history';
import { readDashboardPage } from '@/lib/dashboard-page';
import type { InstallationView } from '@/lib/installation-view';
import { sendMessage } from '@/lib/messages';
import type { TokenSummary } from '@/lib/token-vault';
import { Overview } from './Overview';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const send = vi.mocked(sendMessage);
const NOW = Date.now();

const TOKENS: TokenSummary[] = [
  token('acme.ada.support', 'int-a1'),
  token('acme.ada.support', 'int-a2'),
  token('beta.eu.ada.support', 'int-b1'),
  token('gamma.ada.support', 'int-g1'),
];

function token(host: string, integrationId: string): TokenSummary {
  return { host, integrationId, preview: '••••abcd', addedAt: NOW - 7_200_000 };
}

function pageUrl(host: string, integrationId: string): string {
  return `https://${host}/platform/integrations/${integrationId}`;
}

function ready(
  url: string,
  id: string,
  status: string | null,
): InstallationView {
  const page = readDashboardPage(url);
  if (!page) throw new Error(`not a dashboard URL: ${url}`);

  return { state: 'ready', page, record: { id, status }, tokenAddedAt: 1 };
}

function failed(url: string, message: string): InstallationView {
  const page = readDashboardPage(url);
  if (!page) throw new Error(`not a dashboard URL: ${url}`);
  const failure = { kind: 'unauthorized' as const, message, nextStep: 'x' };

  return { state: 'failed', page, failure };
}

/**
 * A background whose every answer waits until the test gives it, so that
 * the test sees which requests are in flight at each moment.
 */
function scriptedBackground() {
  const calls: string[] = [];
  const pending = new Map<string, (view: InstallationView) => void>();

  const fake = (name: string, data: { pageUrl: string; status?: string }) => {
    const call = `${name} ${data.pageUrl}${data.status ? ` ${data.status}` : ''}`;
    calls.push(call);

    return new Promise<InstallationView>((resolve) => {
      pending.set(`${name} ${data.pageUrl}`, resolve);
    });
  };
  // The real signature is generic per message; this fake answers two.
  send.mockImplementation(fake as unknown as typeof sendMessage);

  const answer = async (name: string, url: string, view: InstallationView) => {
    await waitFor(() => expect(pending.has(`${name} ${url}`)).toBe(true));
    const resolve = pending.get(`${name} ${url}`);
    pending.delete(`${name} ${url}`);
    resolve?.(view);
  };

  return { calls, answer };
}

const A1 = pageUrl('acme.ada.support', 'int-a1');
const A2 = pageUrl('acme.ada.support', 'int-a2');
const B1 = pageUrl('beta.eu.ada.support', 'int-b1');
const G1 = pageUrl('gamma.ada.support', 'int-g1');

async function loadAll(background: ReturnType<typeof scriptedBackground>) {
  await background.answer(
    'getInstallation',
    A1,
    ready(A1, 'inst-a1', 'complete'),
  );
  await background.answer(
    'getInstallation',
    A2,
    ready(A2, 'inst-a2', 'incomplete'),
  );
  await background.answer(
    'getInstallation',
    B1,
    ready(B1, 'inst-b1', 'incomplete'),
  );
  await background.answer('getInstallation', G1, ready(G1, 'inst-g1', null));
  await waitFor(() => expect(statusOf('int-g1')).toBe('No status'));
}

function rowOf(integrationId: string): HTMLTableRowElement {
  const row = document.querySelector<HTMLTableRowElement>(
    `tr[data-testid=overview-row][data-integration-id=${integrationId}]`,
  );
  if (!row) throw new Error(`no row for ${integrationId}`);

  return row;
}

function cellOf(integrationId: string, testId: string): string {
  const cell = rowOf(integrationId).querySelector(`[data-testid=${testId}]`);

  return cell?.textContent?.trim() ?? '';
}

const statusOf = (id: string) => cellOf(id, 'overview-status');
const resultOf = (id: string) => cellOf(id, 'overview-result');

function shownRows(): (string | undefined)[] {
  return [
    ...document.querySelectorAll<HTMLElement>('tr[data-testid=overview-row]'),
  ].map((row) => row.dataset.integrationId);
}

function select(integrationId: string): void {
  const box = rowOf(integrationId).querySelector<HTMLInputElement>(
    'input[type=checkbox][name=select-row]',
  );
  if (!box) throw new Error(`no checkbox for ${integrationId}`);
  fireEvent.click(box);
}

function bulkButton(action: string): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>(
    `button[data-action=${action}]`,
  );
  if (!button) throw new Error(`no ${action} button`);

  return button;
}

function field<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);

  return found;
}

const HISTORY: ChangeEntry[] = [
  {
    id: 'h2',
    host: 'acme.ada.support',
    integrationId: 'int-a1',
    installationId: 'inst-a1',
    from: 'incomplete',
    to: 'complete',
    startedAt: NOW - 180_000,
    outcome: 'failed',
    error: 'acme.ada.support did not answer in time.',
  },
  {
    id: 'h1',
    host: 'acme.ada.support',
    integrationId: 'int-a1',
    installationId: 'inst-a1',
    from: null,
    to: 'incomplete',
    startedAt: NOW - 86_400_000,
    outcome: 'done',
  },
];

function renderOverview(tokens = TOKENS, history: ChangeEntry[] = []) {
  return render(
    <Overview tokens={tokens} history={history} onAddToken={vi.fn()} />,
  );
}

beforeEach(() => {
  send.mockReset();
});

afterEach(cleanup);

describe('Overview', () => {
  it('shows every row loading, then each row its own status or failure', async () => {
    const background = scriptedBackground();
    renderOverview();

    expect(TOKENS.map((t) => statusOf(t.integrationId))).toEqual([
      'Loading…',
      'Loading…',
      'Loading…',
      'Loading…',
    ]);

    await background.answer(
      'getInstallation',
      B1,
      failed(B1, 'beta.eu.ada.support did not accept the token.'),
    );
    await waitFor(() =>
      expect(statusOf('int-b1')).toBe(
        'beta.eu.ada.support did not accept the token.',
      ),
    );
    expect(statusOf('int-a1')).toBe('Loading…');

    await background.answer(
      'getInstallation',
      A1,
      ready(A1, 'inst-a1', 'complete'),
    );
    await background.answer(
      'getInstallation',
      A2,
      ready(A2, 'inst-a2', 'incomplete'),
    );
    await background.answer('getInstallation', G1, ready(G1, 'inst-g1', null));

    await waitFor(() => expect(statusOf('int-g1')).toBe('No status'));
    expect(statusOf('int-a1')).toBe('Complete');
    expect(statusOf('int-a2')).toBe('Incomplete');
    expect(statusOf('int-b1')).toBe(
      'beta.eu.ada.support did not accept the token.',
    );
  });

  it('reads instances in parallel and one installation at a time within one', async () => {
    const background = scriptedBackground();
    renderOverview();

    await waitFor(() => expect(background.calls).toHaveLength(3));

    expect(background.calls).toEqual([
      `getInstallation ${A1}`,
      `getInstallation ${B1}`,
      `getInstallation ${G1}`,
    ]);

    await background.answer(
      'getInstallation',
      A1,
      ready(A1, 'inst-a1', 'complete'),
    );

    await waitFor(() =>
      expect(background.calls).toContain(`getInstallation ${A2}`),
    );
  });

  it('shows the instance, ids, latest change, token age and dashboard link', async () => {
    const background = scriptedBackground();
    renderOverview(TOKENS, HISTORY);
    await loadAll(background);

    const beta = rowOf('int-b1');
    expect(beta.dataset.host).toBe('beta.eu.ada.support');
    expect(beta.querySelector('.overview-handle')?.textContent).toBe('beta');
    expect(beta.querySelector('.region')?.textContent).toBe('eu');
    expect(beta.textContent).toContain('inst-b1');
    expect(beta.textContent).toContain('2 hours ago');

    const link = beta.querySelector('a');
    expect(link?.getAttribute('href')).toBe(B1);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener');

    const acme = rowOf('int-a1').textContent;
    expect(acme).toContain('incomplete → complete');
    expect(acme).toContain('Failed');
    expect(acme).toContain('3 minutes ago');
    expect(acme).toContain('acme.ada.support did not answer in time.');
  });

  it('filters by text across handle, host and ids, and by status', async () => {
    const background = scriptedBackground();
    renderOverview();
    await loadAll(background);
    const text = field<HTMLInputElement>('input[name=overview-filter]');
    const status = field<HTMLSelectElement>('select[name=overview-status]');

    fireEvent.input(text, { target: { value: 'ACME' } });
    expect(shownRows()).toEqual(['int-a1', 'int-a2']);

    fireEvent.input(text, { target: { value: 'eu.ada' } });
    expect(shownRows()).toEqual(['int-b1']);

    fireEvent.input(text, { target: { value: 'inst-g1' } });
    expect(shownRows()).toEqual(['int-g1']);

    fireEvent.input(text, { target: { value: '' } });
    fireEvent.change(status, { target: { value: 'incomplete' } });
    expect(shownRows()).toEqual(['int-a2', 'int-b1']);

    fireEvent.change(status, { target: { value: 'unknown' } });
    expect(shownRows()).toEqual(['int-g1']);

    fireEvent.input(text, { target: { value: 'acme' } });
    expect(shownRows()).toEqual([]);
    expect(
      screen.getByText('No installation matches the filter.'),
    ).toBeTruthy();
  });

  it('filters the rows that could not be read under "error"', async () => {
    const background = scriptedBackground();
    renderOverview();
    await background.answer('getInstallation', B1, failed(B1, 'Nope.'));
    await background.answer(
      'getInstallation',
      A1,
      ready(A1, 'inst-a1', 'complete'),
    );

    fireEvent.change(field('select[name=overview-status]'), {
      target: { value: 'error' },
    });

    await waitFor(() => expect(shownRows()).toEqual(['int-b1']));
  });

  it('selects all shown rows that can be changed', async () => {
    const background = scriptedBackground();
    renderOverview();
    await background.answer(
      'getInstallation',
      A1,
      ready(A1, 'inst-a1', 'complete'),
    );
    await background.answer('getInstallation', B1, failed(B1, 'Nope.'));
    await background.answer(
      'getInstallation',
      A2,
      ready(A2, 'inst-a2', 'incomplete'),
    );
    await background.answer('getInstallation', G1, ready(G1, 'inst-g1', null));
    await waitFor(() => expect(statusOf('int-g1')).toBe('No status'));
    fireEvent.input(field('input[name=overview-filter]'), {
      target: { value: 'a' },
    });

    fireEvent.click(field('input[name=select-all]'));

    const checked = [
      ...document.querySelectorAll<HTMLInputElement>('input[name=select-row]'),
    ].map((box) => box.checked);
    expect(shownRows()).toEqual(['int-a1', 'int-a2', 'int-b1', 'int-g1']);
    expect(checked).toEqual([true, true, false, true]);
    expect(screen.getByText('3 selected')).toBeTruthy();
  });

  it('changes the selected rows one per instance at a time, with a result each', async () => {
    const background = scriptedBackground();
    renderOverview();
    await loadAll(background);
    for (const id of ['int-a1', 'int-a2', 'int-b1']) select(id);

    fireEvent.click(bulkButton('bulk-incomplete'));
    expect(send).not.toHaveBeenCalledWith('setStatus', expect.anything());
    fireEvent.click(bulkButton('confirm-bulk-incomplete'));

    await waitFor(() => expect(resultOf('int-a1')).toBe('Saving…'));
    expect(resultOf('int-a2')).toBe('Waiting…');
    expect(resultOf('int-b1')).toBe('Saving…');
    expect(resultOf('int-g1')).toBe('');
    expect(bulkButton('bulk-complete').disabled).toBe(true);
    expect(field('[data-testid=bulk-progress]').textContent).toBe(
      '0 of 3 done',
    );

    await background.answer(
      'setStatus',
      A1,
      failed(A1, 'acme.ada.support did not accept the token.'),
    );
    await waitFor(() => expect(resultOf('int-a2')).toBe('Saving…'));
    expect(resultOf('int-a1')).toBe(
      'acme.ada.support did not accept the token.',
    );

    await background.answer(
      'setStatus',
      B1,
      ready(B1, 'inst-b1', 'incomplete'),
    );
    await background.answer(
      'setStatus',
      A2,
      ready(A2, 'inst-a2', 'incomplete'),
    );

    await waitFor(() =>
      expect(field('[data-testid=bulk-progress]').textContent).toBe(
        '3 of 3 done 1 failed',
      ),
    );
    expect(resultOf('int-a2')).toBe('Done');
    expect(resultOf('int-b1')).toBe('Done');
    expect(statusOf('int-a1')).toBe('Complete');
    expect(statusOf('int-b1')).toBe('Incomplete');
    expect(bulkButton('bulk-complete').disabled).toBe(false);
    expect(send).toHaveBeenCalledWith('setStatus', {
      pageUrl: A1,
      installationId: 'inst-a1',
      status: 'incomplete',
      from: 'complete',
    });
    expect(
      background.calls.filter((call) => call.startsWith('setStatus')),
    ).toEqual([
      `setStatus ${A1} incomplete`,
      `setStatus ${B1} incomplete`,
      `setStatus ${A2} incomplete`,
    ]);
  });

  it('changes only the selected rows the filter shows', async () => {
    const background = scriptedBackground();
    renderOverview();
    await loadAll(background);
    select('int-a1');
    select('int-b1');

    fireEvent.input(field('input[name=overview-filter]'), {
      target: { value: 'beta' },
    });
    fireEvent.click(bulkButton('bulk-complete'));
    await background.answer('setStatus', B1, ready(B1, 'inst-b1', 'complete'));

    await waitFor(() => expect(resultOf('int-b1')).toBe('Done'));
    expect(
      background.calls.filter((call) => call.startsWith('setStatus')),
    ).toEqual([`setStatus ${B1} complete`]);
  });

  it('explains where a token comes from when there is none', () => {
    renderOverview([]);

    const empty = screen.getByTestId('overview-empty');
    expect(empty.textContent).toContain('OAuth token exchange');
    expect(empty.textContent).toContain('one hour');
    const links = [...empty.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://docs.ada.cx/',
    ]);
    expect(send).not.toHaveBeenCalled();
  });
});

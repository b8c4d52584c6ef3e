// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MASK } from '@/lib/secret-keys';
import { ConfigTree } from './ConfigTree';

afterEach(cleanup);

function treeText(): string {
  return screen.getByTestId('config-tree').textContent ?? '';
}

function first<T>(items: T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected at least one item');

  return item;
}

function secretTexts(): string[] {
  return screen
    .getAllByTestId('secret-value')
    .map((el) => el.textContent ?? '');
}

describe('ConfigTree', () => {
  it('shows keys and non-secret values as they are', () => {
    render(
      <ConfigTree
        configuration={{
          help_center_url: 'https://help.acme.test',
          retries: 3,
          enabled: false,
          fallback: null,
        }}
      />,
    );

    const rows = screen
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows).toEqual([
      ['help_center_url', 'https://help.acme.test'],
      ['retries', '3'],
      ['enabled', 'false'],
      ['fallback', '—'],
    ]);
    expect(screen.queryByTestId('secret-value')).toBeNull();
  });

  it('masks every secret-looking key and keeps the values out of the DOM', () => {
    const { container } = render(
      <ConfigTree
        configuration={{
          api_key: 'ak-live-111',
          client_secret: 'cs-222',
          password: 'hunter2',
          consumer_key: 'ck-333',
          region: 'eu',
        }}
      />,
    );

    expect(secretTexts()).toEqual([MASK, MASK, MASK, MASK]);
    for (const secret of ['ak-live-111', 'cs-222', 'hunter2', 'ck-333']) {
      expect(container.innerHTML).not.toContain(secret);
    }
    expect(treeText()).toContain('eu');
  });

  it('masks values nested under a secret key and secret keys nested deeper', () => {
    const { container } = render(
      <ConfigTree
        configuration={{
          credentials: { user: 'svc-acme', region: 'eu' },
          webhook: { url: 'https://hooks.acme.test', signing_secret: 'wh-444' },
          api_keys: ['key-one', 'key-two'],
        }}
      />,
    );

    expect(secretTexts()).toEqual([MASK, MASK, MASK, MASK, MASK]);
    for (const secret of ['svc-acme', 'wh-444', 'key-one', 'key-two']) {
      expect(container.innerHTML).not.toContain(secret);
    }
    expect(treeText()).toContain('https://hooks.acme.test');
  });

  it('reveals one secret on Reveal and masks it again on Hide', () => {
    render(
      <ConfigTree
        configuration={{ api_key: 'ak-live-111', password: 'hunter2' }}
      />,
    );
    const revealKey = first(screen.getAllByRole('button', { name: 'Reveal' }));

    fireEvent.click(revealKey);

    expect(secretTexts()).toEqual(['ak-live-111', MASK]);
    expect(revealKey.textContent).toBe('Hide');
    expect(revealKey.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(revealKey);

    expect(secretTexts()).toEqual([MASK, MASK]);
    expect(revealKey.textContent).toBe('Reveal');
    expect(treeText()).not.toContain('ak-live-111');
  });

  it('renders nested objects and arrays as nested lists', () => {
    render(
      <ConfigTree
        configuration={{
          languages: ['en', 'fr'],
          routing: { queue: { name: 'tier-1' } },
        }}
      />,
    );

    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['en', 'fr']);
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toEqual(['languages', 'routing', 'queue', 'name']);
    expect(treeText()).toContain('tier-1');
  });

  it('says so for an empty list and an empty object', () => {
    render(<ConfigTree configuration={{ tags: [], extra: {} }} />);

    expect(treeText()).toBe('tagsempty listextraempty');
  });

  it.each([null, undefined])(
    'says there is no configuration when it is %s',
    (configuration) => {
      render(<ConfigTree configuration={configuration} />);

      expect(treeText()).toBe('No configuration');
    },
  );

  it('says an empty configuration object is empty', () => {
    render(<ConfigTree configuration={{}} />);

    expect(treeText()).toBe('empty');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotAdaPage } from './NotAdaPage';

afterEach(cleanup);

const ADA_URL =
  'https://acme.ada.support/platform/integrations/5df263b7db5a7e6ea03fae9b';

function submitUrl(value: string) {
  const input = screen.getByRole('textbox');
  fireEvent.input(input, { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Open' }));

  return input;
}

describe('NotAdaPage', () => {
  it('rejects a URL that is not an Ada integration page with an inline error', () => {
    const onPick = vi.fn();
    render(<NotAdaPage onPick={onPick} />);

    const input = submitUrl('https://example.com/platform/integrations/5df2');

    expect(screen.getByRole('alert').textContent).toBe(
      'That is not an Ada integration page URL.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('accepts an Ada integration page URL and hands it on', () => {
    const onPick = vi.fn();
    render(<NotAdaPage onPick={onPick} />);

    submitUrl(`  ${ADA_URL}  `);

    expect(onPick).toHaveBeenCalledExactlyOnceWith(ADA_URL);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('clears the error once a valid URL is submitted', () => {
    render(<NotAdaPage onPick={vi.fn()} />);
    submitUrl('not a url');

    const input = submitUrl(ADA_URL);

    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });
});

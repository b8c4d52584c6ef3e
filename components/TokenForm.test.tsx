// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenForm } from './TokenForm';

afterEach(cleanup);

function tokenInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[name=token]');
  if (!input) throw new Error('no token input');

  return input;
}

function submitButton(): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>(
    'button[type=submit]',
  );
  if (!button) throw new Error('no submit button');

  return button;
}

describe('TokenForm', () => {
  it('hides what is typed and names the host the token is for', () => {
    render(<TokenForm host="acme.ada.support" busy={false} onSave={vi.fn()} />);

    expect(tokenInput().type).toBe('password');
    expect(screen.getByTestId('token-form').textContent).toContain(
      'Access token for this installation on acme.ada.support',
    );
  });

  it('keeps the save button disabled while the field is empty or blank', () => {
    render(<TokenForm host="acme.ada.support" busy={false} onSave={vi.fn()} />);
    expect(submitButton().disabled).toBe(true);

    fireEvent.input(tokenInput(), { target: { value: '   ' } });

    expect(submitButton().disabled).toBe(true);
  });

  it('calls onSave with the typed token on submit', () => {
    const onSave = vi.fn();
    render(<TokenForm host="acme.ada.support" busy={false} onSave={onSave} />);

    fireEvent.input(tokenInput(), { target: { value: 'tok-abc' } });
    expect(submitButton().disabled).toBe(false);
    fireEvent.submit(screen.getByTestId('token-form'));

    expect(onSave).toHaveBeenCalledExactlyOnceWith('tok-abc');
  });

  it('disables the button and says it is saving while busy', () => {
    render(<TokenForm host="acme.ada.support" busy onSave={vi.fn()} />);

    fireEvent.input(tokenInput(), { target: { value: 'tok-abc' } });

    expect(submitButton().disabled).toBe(true);
    expect(submitButton().textContent).toBe('Saving…');
  });

  it('uses the given label on the button', () => {
    render(
      <TokenForm
        host="acme.ada.support"
        busy={false}
        onSave={vi.fn()}
        label="Replace token"
      />,
    );

    expect(submitButton().textContent).toBe('Replace token');
  });
});

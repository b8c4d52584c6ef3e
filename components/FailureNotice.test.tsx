// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Failure } from '@/lib/failure';
import { FailureNotice } from './FailureNotice';

afterEach(cleanup);

const UNPROCESSABLE: Failure = {
  kind: 'unprocessable',
  message: 'acme.ada.support could not apply this change.',
  nextStep: 'Read Ada’s message below, fix the installation, and retry.',
  status: 422,
  detail: 'configuration.api_key is required',
};

describe('FailureNotice', () => {
  it('says what happened and what to do next as an alert', () => {
    render(<FailureNotice failure={UNPROCESSABLE} />);

    expect(screen.getByRole('alert')).toBe(screen.getByTestId('failure'));
    expect(screen.getByTestId('failure-message').textContent).toBe(
      UNPROCESSABLE.message,
    );
    expect(screen.getByTestId('next-step').textContent).toBe(
      UNPROCESSABLE.nextStep,
    );
  });

  it('puts the HTTP status and Ada’s detail inside the details disclosure', () => {
    const { container } = render(<FailureNotice failure={UNPROCESSABLE} />);

    const details = container.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Details');
    expect(details?.querySelector('p')?.textContent).toBe(
      'HTTP 422. configuration.api_key is required',
    );
  });

  it('shows the HTTP status alone when Ada sent no detail', () => {
    const { container } = render(
      <FailureNotice failure={{ ...UNPROCESSABLE, detail: undefined }} />,
    );

    expect(container.querySelector('details p')?.textContent).toBe(
      'HTTP 422. ',
    );
  });

  it('leaves out the details when there is neither status nor detail', () => {
    const { container } = render(
      <FailureNotice
        failure={{
          kind: 'network',
          message: 'Could not reach acme.ada.support.',
          nextStep: 'Check your connection and try again.',
        }}
      />,
    );

    expect(container.querySelector('details')).toBeNull();
    expect(screen.getByTestId('failure-message').textContent).toBe(
      'Could not reach acme.ada.support.',
    );
  });
});

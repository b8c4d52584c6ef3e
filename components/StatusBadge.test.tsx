// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusBadge } from './StatusBadge';

afterEach(cleanup);

describe('StatusBadge', () => {
  it('names a known status in words with its own tone', () => {
    render(<StatusBadge status="complete" />);

    const badge = screen.getByTestId('status-badge');
    expect(badge.textContent).toBe('Complete');
    expect(badge.className).toBe('badge badge-complete');
  });

  it('shows an unknown status as Ada sent it, in the neutral tone', () => {
    render(<StatusBadge status="paused" />);

    const badge = screen.getByTestId('status-badge');
    expect(badge.textContent).toBe('paused');
    expect(badge.className).toBe('badge badge-unknown');
  });

  it('does not mistake an inherited property name for a known status', () => {
    render(<StatusBadge status="toString" />);

    const badge = screen.getByTestId('status-badge');
    expect(badge.textContent).toBe('toString');
    expect(badge.className).toBe('badge badge-unknown');
  });

  it('says there is no status when Ada sent none', () => {
    render(<StatusBadge status={null} />);

    expect(screen.getByTestId('status-badge').textContent).toBe('No status');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Installation } from '@/lib/installation';
import { InstallationCard } from './InstallationCard';

afterEach(cleanup);

const RECORD: Installation = {
  id: '64a1f0c2e4b0a1b2c3d4e5f6',
  platform_integration_id: '5df263b7db5a7e6ea03fae9b',
  created: '2024-03-01T10:00:00Z',
  updated: '2024-03-02T11:30:00Z',
  configuration: { region: 'eu' },
  status: 'incomplete',
};

function button(action: 'mark-complete' | 'mark-incomplete') {
  const found = document.querySelector<HTMLButtonElement>(
    `button[data-action=${action}]`,
  );
  if (!found) throw new Error(`no ${action} button`);

  return found;
}

describe('InstallationCard', () => {
  it('shows the status, the installation id, the dates and the configuration', () => {
    render(<InstallationCard record={RECORD} onSetStatus={vi.fn()} />);

    expect(screen.getByTestId('status-badge').textContent).toBe('Incomplete');
    expect(screen.getByTestId('installation-id').textContent).toBe(RECORD.id);
    expect(screen.getByTestId('created').textContent).toContain('2024');
    expect(screen.getByTestId('updated').textContent).toContain('2024');
    expect(screen.getByTestId('config-tree').textContent).toContain('eu');
  });

  it('shows dashes for a record without an id or dates', () => {
    render(
      <InstallationCard
        record={{ id: null, status: 'complete' }}
        onSetStatus={vi.fn()}
      />,
    );

    expect(screen.getByTestId('installation-id').textContent).toBe('—');
    expect(screen.getByTestId('created').textContent).toBe('—');
    expect(screen.getByTestId('updated').textContent).toBe('—');
  });

  it.each([
    ['incomplete', 'mark-incomplete', 'mark-complete'],
    ['complete', 'mark-complete', 'mark-incomplete'],
  ] as const)(
    'disables only the button for the current status %s',
    (status, current, other) => {
      render(
        <InstallationCard
          record={{ ...RECORD, status }}
          onSetStatus={vi.fn()}
        />,
      );

      expect(button(current).disabled).toBe(true);
      expect(button(other).disabled).toBe(false);
    },
  );

  it('calls onSetStatus with the status of the clicked button', () => {
    const onSetStatus = vi.fn();
    render(<InstallationCard record={RECORD} onSetStatus={onSetStatus} />);

    fireEvent.click(button('mark-complete'));

    expect(onSetStatus).toHaveBeenCalledExactlyOnceWith('complete');
  });

  it('disables both buttons and says what it is doing while a change is pending', () => {
    const onSetStatus = vi.fn();
    render(
      <InstallationCard
        record={RECORD}
        pending="complete"
        onSetStatus={onSetStatus}
      />,
    );

    fireEvent.click(button('mark-complete'));

    expect(button('mark-complete').disabled).toBe(true);
    expect(button('mark-incomplete').disabled).toBe(true);
    expect(screen.getByTestId('busy').textContent).toBe('Marking complete…');
    expect(onSetStatus).not.toHaveBeenCalled();
  });

  it('shows no busy text when nothing is pending', () => {
    render(<InstallationCard record={RECORD} onSetStatus={vi.fn()} />);

    expect(screen.queryByTestId('busy')).toBeNull();
  });

  it.each([null, undefined, '', '../evil'])(
    'disables both buttons when the id is %j',
    (id) => {
      render(
        <InstallationCard record={{ ...RECORD, id }} onSetStatus={vi.fn()} />,
      );

      expect(button('mark-complete').disabled).toBe(true);
      expect(button('mark-incomplete').disabled).toBe(true);
    },
  );

  it('shows an unknown status as-is and allows either change', () => {
    render(
      <InstallationCard
        record={{ ...RECORD, status: 'paused' }}
        onSetStatus={vi.fn()}
      />,
    );

    expect(screen.getByTestId('status-badge').textContent).toBe('paused');
    expect(button('mark-complete').disabled).toBe(false);
    expect(button('mark-incomplete').disabled).toBe(false);
  });

  it('asks before reverting a complete installation', () => {
    const onSetStatus = vi.fn();
    render(
      <InstallationCard
        record={{ ...RECORD, status: 'complete' }}
        onSetStatus={onSetStatus}
      />,
    );

    fireEvent.click(button('mark-incomplete'));

    expect(onSetStatus).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Yes, mark incomplete'));
    expect(onSetStatus).toHaveBeenCalledWith('incomplete');
  });

  it('drops the question on cancel', () => {
    const onSetStatus = vi.fn();
    render(
      <InstallationCard
        record={{ ...RECORD, status: 'complete' }}
        onSetStatus={onSetStatus}
      />,
    );

    fireEvent.click(button('mark-incomplete'));
    fireEvent.click(screen.getByText('Cancel'));

    expect(screen.queryByText('Yes, mark incomplete')).toBeNull();
    expect(onSetStatus).not.toHaveBeenCalled();
  });

  it('marks complete at once, without asking', () => {
    const onSetStatus = vi.fn();
    render(
      <InstallationCard
        record={{ ...RECORD, status: 'incomplete' }}
        onSetStatus={onSetStatus}
      />,
    );

    fireEvent.click(button('mark-complete'));

    expect(onSetStatus).toHaveBeenCalledWith('complete');
  });
});

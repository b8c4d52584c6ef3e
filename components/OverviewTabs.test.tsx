// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendMessage } from '@/lib/messages';
import { OptionsApp } from './OptionsApp';

vi.mock('@/lib/messages', () => ({ sendMessage: vi.fn() }));

const send = vi.mocked(sendMessage);

function tab(name: string): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(`[data-tab=${name}]`);
  if (!found) throw new Error(`no ${name} tab`);

  return found;
}

function panel(name: string): HTMLElement {
  const id = tab(name).getAttribute('aria-controls') ?? '';
  const found = document.getElementById(id);
  if (!found) throw new Error(`no panel for ${name}`);

  return found;
}

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  send.mockResolvedValue([]);
});

afterEach(cleanup);

describe('options page tabs', () => {
  it('opens on the tokens tab and shows only its panel', () => {
    render(<OptionsApp />);

    expect(tab('tokens').getAttribute('aria-selected')).toBe('true');
    expect(tab('overview').getAttribute('aria-selected')).toBe('false');
    expect(panel('tokens').hidden).toBe(false);
    expect(panel('overview').hidden).toBe(true);
    expect(tab('tokens').tabIndex).toBe(0);
    expect(tab('overview').tabIndex).toBe(-1);
  });

  it('moves between tabs with the arrow, Home and End keys', () => {
    const onTabChange = vi.fn();
    render(<OptionsApp onTabChange={onTabChange} />);
    tab('tokens').focus();

    fireEvent.keyDown(tab('tokens'), { key: 'ArrowLeft' });

    expect(tab('overview').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('overview'));
    expect(panel('overview').hidden).toBe(false);
    expect(onTabChange).toHaveBeenLastCalledWith('overview');

    fireEvent.keyDown(tab('overview'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('tokens'));

    fireEvent.keyDown(tab('tokens'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('overview'));

    fireEvent.keyDown(tab('overview'), { key: 'End' });
    expect(tab('tokens').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('tokens'));

    fireEvent.keyDown(tab('tokens'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('overview'));
  });

  it('shows the overview when its tab is clicked, explaining tokens when there are none', async () => {
    render(<OptionsApp />);

    fireEvent.click(tab('overview'));

    expect(await screen.findByTestId('overview-empty')).toBeTruthy();
    expect(panel('overview').hidden).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Add a token' }));

    expect(panel('tokens').hidden).toBe(false);
  });

  it('opens on the overview when asked to', async () => {
    render(<OptionsApp initialTab="overview" />);

    expect(await screen.findByTestId('overview-empty')).toBeTruthy();
    expect(panel('tokens').hidden).toBe(true);
  });
});

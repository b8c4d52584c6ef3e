// @vitest-environment happy-dom
import {
  afterEach,
  beforeEach,
  describe,
  expect,
  it,
  type Mock,
  vi,
} from 'vitest';
import { type DashboardPage, readDashboardPage } from './dashboard-page';
import { type InPageControl, mountInPageControl } from './in-page-control';
import type { SettableStatus } from './installation';
import type { InstallationView } from './installation-view';

function dashboardPage(url: string): DashboardPage {
  const page = readDashboardPage(url);
  if (!page) throw new Error(`fixture ${url} must be an Ada dashboard page`);

  return page;
}

const INTEGRATION_ID = '5df263b7db5a7e6ea03fae9b';
const PAGE = dashboardPage(
  `https://acme.ada.support/platform/integrations/${INTEGRATION_ID}`,
);

const INSTALLATION_ID = '64a1f0c2e4b0a1b2c3d4e5f6';

function ready(status: string): InstallationView {
  return {
    state: 'ready',
    page: PAGE,
    record: { id: INSTALLATION_ID, status },
    tokenAddedAt: 1_700_000_000_000,
  };
}

const FAILED: InstallationView = {
  state: 'failed',
  page: PAGE,
  failure: {
    kind: 'rate-limited',
    message: 'Ada’s rate limit for acme.ada.support was reached.',
    nextStep: 'Wait a minute, then try again.',
    status: 429,
  },
};

let control: InPageControl | undefined;
let onToggle: Mock<(installationId: string, status: SettableStatus) => void>;

// The root is closed, so `host.shadowRoot` is null; capture it as it is made.
function mount() {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  onToggle = vi.fn();
  control = mountInPageControl(INTEGRATION_ID, onToggle);
  const root = attach.mock.results[0]?.value as ShadowRoot | undefined;
  if (!root) throw new Error('the control attached no shadow root');

  const find = <T extends Element>(selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} in the control`);

    return found;
  };

  return {
    root,
    status: find<HTMLElement>('[data-testid=inpage-status]'),
    message: find<HTMLElement>('[data-testid=inpage-message]'),
    button: find<HTMLButtonElement>('button[data-action=toggle-status]'),
  };
}

beforeEach(() => {
  control = undefined;
});

afterEach(() => {
  control?.remove();
});

describe('mountInPageControl', () => {
  it('adds one host element for the integration with a closed root', () => {
    mount();

    const hosts = document.querySelectorAll('ada-installation-status');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.getAttribute('data-integration-id')).toBe(INTEGRATION_ID);
    expect(hosts[0]?.shadowRoot).toBeNull();
  });

  it('shows a disabled button while loading', () => {
    const { status, button } = mount();

    control?.show({ phase: 'loading' });

    expect(status.textContent).toBe('loading…');
    expect(button.disabled).toBe(true);
    expect(button.hidden).toBe(false);
  });

  it('offers the opposite of a complete status', () => {
    const { status, button } = mount();

    control?.show({ phase: 'view', view: ready('complete') });

    expect(status.textContent).toBe('Complete');
    expect(button.textContent).toBe('Mark incomplete');
    expect(button.disabled).toBe(false);
  });

  it('offers Mark complete for an incomplete or unknown status', () => {
    const { status, button } = mount();

    control?.show({ phase: 'view', view: ready('paused') });

    expect(status.textContent).toBe('paused');
    expect(button.textContent).toBe('Mark complete');
  });

  it('ignores a click dispatched by script', () => {
    const { button } = mount();
    control?.show({ phase: 'view', view: ready('complete') });
    const seen: Event[] = [];
    button.addEventListener('click', (event) => seen.push(event));

    button.click();

    expect(seen).toHaveLength(1);
    expect(seen[0]?.isTrusted).not.toBe(true);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('disables the button and says so while a change is under way', () => {
    const { button } = mount();
    control?.show({ phase: 'view', view: ready('complete') });

    control?.show({ phase: 'busy', status: 'incomplete' });

    expect(button.textContent).toBe('Marking incomplete…');
    expect(button.disabled).toBe(true);
  });

  it('hides the button and points to the extension when there is no token', () => {
    const { status, message, button } = mount();

    control?.show({ phase: 'view', view: { state: 'no-token', page: PAGE } });

    expect(button.hidden).toBe(true);
    expect(status.textContent).toBe('no token');
    expect(message.textContent).toBe(
      'Open the Ada Installation Status extension to add a token.',
    );
  });

  it('shows the failure and its next step', () => {
    const { message } = mount();

    control?.show({ phase: 'view', view: FAILED });

    expect(message.textContent).toBe(
      'Ada’s rate limit for acme.ada.support was reached. ' +
        'Wait a minute, then try again.',
    );
  });

  it('restores the action label after a change fails', () => {
    const { button } = mount();
    control?.show({ phase: 'view', view: ready('complete') });
    control?.show({ phase: 'busy', status: 'incomplete' });

    control?.show({ phase: 'view', view: FAILED });

    expect(button.textContent).toBe('Mark incomplete');
    expect(button.disabled).toBe(false);
  });

  it('says unavailable, with no action, when the first answer fails', () => {
    const { status, button } = mount();

    control?.show({ phase: 'view', view: FAILED });

    expect(status.textContent).toBe('unavailable');
    expect(button.disabled).toBe(true);
  });

  it('forgets the record when its token is gone', () => {
    const { button } = mount();
    control?.show({ phase: 'view', view: ready('complete') });
    control?.show({ phase: 'view', view: { state: 'no-token', page: PAGE } });

    control?.show({ phase: 'view', view: FAILED });

    expect(button.disabled).toBe(true);
  });

  it('shows an inherited property name as a plain status', () => {
    const { status } = mount();

    control?.show({ phase: 'view', view: ready('constructor') });

    expect(status.textContent).toBe('constructor');
  });

  it('clears the failure once a record arrives', () => {
    const { message } = mount();
    control?.show({ phase: 'view', view: FAILED });

    control?.show({ phase: 'view', view: ready('incomplete') });

    expect(message.textContent).toBe('');
  });

  it('takes the host element out of the page on remove', () => {
    mount();

    control?.remove();

    expect(document.querySelector('ada-installation-status')).toBeNull();
  });
});

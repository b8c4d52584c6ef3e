import { t } from './i18n';
import type { SettableStatus } from './installation';
import type { InstallationView } from './installation-view';
import { statusLabel } from './status-words';

export type ControlState =
  | { phase: 'loading' }
  | { phase: 'view'; view: InstallationView }
  | { phase: 'busy'; status: SettableStatus };

export interface InPageControl {
  show(state: ControlState): void;
  remove(): void;
}

const STYLE = `
/* Important rules of a shadow tree beat the page's important rules, so a
   page cannot simply restyle the host. It can still hide the control in
   other ways (see the clickjacking case in e2e/hostile-pages.e2e.ts). */
:host { all: initial !important; display: block !important;
  position: fixed !important; right: 16px !important; bottom: 16px !important;
  z-index: 2147483647 !important; opacity: 1 !important;
  visibility: visible !important;
  font: 13px/1.4 system-ui, sans-serif !important; }
.box { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center;
  max-width: 340px; padding: 8px 12px; border-radius: 8px;
  background: #1b1f24; color: #f3f4f6; box-shadow: 0 4px 16px #0005; }
.status { font-weight: 600; }
button { font: inherit; padding: 3px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #9d9dff; background: #3b3bd8; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
.message { flex-basis: 100%; margin: 0; color: #ffd2d2; }
.message:empty { display: none; }
`;

function otherStatus(status: string | null | undefined): SettableStatus {
  return status === 'complete' ? 'incomplete' : 'complete';
}

function labelFor(target: { status: SettableStatus } | undefined): string {
  return target?.status === 'incomplete'
    ? t('markIncomplete')
    : t('markComplete');
}

/**
 * The dashboard control in a closed shadow root, so the page can neither
 * read nor restyle it. Only trusted (user) clicks reach `onToggle`.
 */
export function mountInPageControl(
  integrationId: string,
  onToggle: (
    installationId: string,
    status: SettableStatus,
    from: string | null,
  ) => void,
): InPageControl {
  const host = document.createElement('ada-installation-status');
  host.dataset.integrationId = integrationId;
  const root = host.attachShadow({ mode: 'closed' });

  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', t('inPageRegionLabel'));
  const label = document.createElement('span');
  label.textContent = t('inPageLabel');
  const status = document.createElement('span');
  status.className = 'status';
  status.dataset.testid = 'inpage-status';
  // Announced when it changes, e.g. after the partner's own click.
  status.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = 'toggle-status';
  const message = document.createElement('p');
  message.className = 'message';
  message.dataset.testid = 'inpage-message';
  message.setAttribute('role', 'status');
  box.append(label, status, button, message);
  root.append(style, box);

  let target:
    { id: string; status: SettableStatus; from: string | null } | undefined;
  let confirming = false;
  button.addEventListener('click', (event) => {
    // A page script can dispatch clicks; only the partner's own count.
    if (!event.isTrusted || !target) return;

    // Reverting a finished setup takes a second click.
    if (target.status === 'incomplete' && !confirming) {
      confirming = true;
      button.textContent = t('inPageConfirmIncomplete');
      return;
    }

    confirming = false;
    onToggle(target.id, target.status, target.from);
  });

  const show = (state: ControlState) => {
    confirming = false;
    button.hidden = false;
    button.disabled = true;
    message.textContent = '';

    if (state.phase === 'loading') {
      status.textContent = t('inPageLoading');
      button.textContent = t('markComplete');
      return;
    }

    if (state.phase === 'busy') {
      button.textContent =
        state.status === 'complete'
          ? t('markingComplete')
          : t('markingIncomplete');
      return;
    }

    const { view } = state;
    if (view.state === 'no-token') {
      target = undefined;
      status.textContent = t('inPageNoToken');
      button.hidden = true;
      message.textContent = t('inPageAddToken', t('extName'));
      return;
    }

    if (view.state === 'failed') {
      message.textContent = `${view.failure.message} ${view.failure.nextStep}`;
      if (!target) status.textContent = t('inPageUnavailable');
      button.textContent = labelFor(target);
      button.disabled = target === undefined;
      return;
    }

    const { record } = view;
    status.textContent = record.status
      ? statusLabel(record.status)
      : t('statusWordUnknown');
    target = record.id
      ? {
          id: record.id,
          status: otherStatus(record.status),
          from: record.status ?? null,
        }
      : undefined;
    button.textContent = labelFor(target);
    button.disabled = target === undefined;
  };

  document.documentElement.append(host);

  return { show, remove: () => host.remove() };
}

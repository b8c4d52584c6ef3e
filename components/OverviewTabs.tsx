import type { TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';

export const OPTIONS_TABS = ['overview', 'tokens'] as const;
export type OptionsTab = (typeof OPTIONS_TABS)[number];

const LABELS: Record<OptionsTab, MessageKey> = {
  overview: 'tabInstallations',
  tokens: 'tabTokens',
};

export const tabId = (tab: OptionsTab) => `tab-${tab}`;
export const panelId = (tab: OptionsTab) => `panel-${tab}`;

// Arrow keys wrap around; Home and End jump to the ends (WAI-ARIA tabs).
function tabAfterKey(active: OptionsTab, key: string): OptionsTab | undefined {
  const index = OPTIONS_TABS.indexOf(active);
  const last = OPTIONS_TABS.length - 1;
  const moves: Record<string, number> = {
    ArrowRight: index === last ? 0 : index + 1,
    ArrowLeft: index === 0 ? last : index - 1,
    Home: 0,
    End: last,
  };
  const next = moves[key];

  return next === undefined ? undefined : OPTIONS_TABS[next];
}

interface Props {
  active: OptionsTab;
  onSelect: (tab: OptionsTab) => void;
}

/** The options page's sections; only the active tab is in the tab order. */
export function OverviewTabs({ active, onSelect }: Props) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(active, event.key);
    if (!next) return;

    event.preventDefault();
    onSelect(next);
    list.current?.querySelector<HTMLElement>(`[data-tab=${next}]`)?.focus();
  };

  return (
    <div
      ref={list}
      role="tablist"
      aria-label={t('tabsLabel')}
      class="tabs"
      onKeyDown={onKeyDown}
    >
      {OPTIONS_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          data-tab={tab}
          aria-selected={tab === active}
          aria-controls={panelId(tab)}
          tabIndex={tab === active ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t(LABELS[tab])}
        </button>
      ))}
    </div>
  );
}

import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import type { OptionsTab } from '@/components/OverviewTabs';
import { localizePage } from '@/lib/i18n';
import '@/components/ui.css';

localizePage('optionsTitle');

// The tab lives in the URL so that a reload, or a link, opens the same one.
const initialTab: OptionsTab =
  location.hash === '#overview' ? 'overview' : 'tokens';

render(
  <OptionsApp
    initialTab={initialTab}
    onTabChange={(tab) => history.replaceState(null, '', `#${tab}`)}
  />,
  document.body,
);

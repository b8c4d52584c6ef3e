import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { localizePage } from '@/lib/i18n';
import { popupTargetUrl } from '@/lib/popup-target';
import '@/components/ui.css';

localizePage('extName');

const targetUrl = () => popupTargetUrl(location.search);

render(<PopupApp targetUrl={targetUrl} />, document.body);

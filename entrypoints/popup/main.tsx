import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { popupTargetUrl } from '@/lib/popup-target';
import '@/components/ui.css';

const targetUrl = () => popupTargetUrl(location.search);

render(<PopupApp targetUrl={targetUrl} />, document.body);

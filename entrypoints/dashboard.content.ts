import { defineContentScript } from 'wxt/utils/define-content-script';
import { runInPageSession } from '@/lib/in-page-session';

export default defineContentScript({
  matches: ['https://*.ada.support/*'],
  runAt: 'document_idle',
  main(ctx) {
    runInPageSession(ctx);
  },
});

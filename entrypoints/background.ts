import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/lib/background-router';
import { startBackground } from '@/lib/background-start';
import { watchTabs } from '@/lib/toolbar-badge';

export default defineBackground(() => {
  registerMessageHandlers();
  watchTabs();
  void startBackground();
});

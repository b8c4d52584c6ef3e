import { registerMessageHandlers } from '@/lib/background-router';
import { startBackground } from '@/lib/background-start';

export default defineBackground(() => {
  registerMessageHandlers();
  void startBackground();
});

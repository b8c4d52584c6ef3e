import { registerMessageHandlers } from '@/lib/background-router';

export default defineBackground(() => {
  registerMessageHandlers();
});

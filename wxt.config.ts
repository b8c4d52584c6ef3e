import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Ada Installation Status',
    description:
      'Mark an Ada platform-integration installation complete or incomplete from the Ada dashboard.',
    permissions: ['storage'],
    host_permissions: ['https://*.ada.support/*'],
  },
});

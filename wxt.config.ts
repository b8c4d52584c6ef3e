import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: auto-imports guess from identifiers and once
  // pulled an options-page component (and Preact) into the background.
  imports: false,
  // MV3 in Firefox too: one manifest model and the same `action` popup in
  // both browsers (the README explains the choice).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // Text from public/_locales/<language>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['https://*.ada.support/*'],
    commands: {
      // Rebindable at chrome://extensions/shortcuts or Firefox's add-ons
      // page; opens the popup like a click on the toolbar icon.
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ada-installation-status@example.com',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // AMO reviewers rebuild the Firefox zip from the sources zip, so it holds
  // only what `npm ci && npx wxt build -b firefox` reads (plus the README
  // that says so): an allowlist, so new tooling folders stay out by default.
  // e2e/packages.e2e.ts rebuilds from it and compares the bytes.
  zip: {
    excludeSources: ['**'],
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      '!**/*.test.*',
    ],
  },
});

import { launchChromium } from './chromium';
import type {
  BrowserName,
  ExtensionBrowser,
  LaunchOptions,
} from './extension-browser';
import { launchFirefox } from './firefox';

export { browserNameOf } from './browser-names';
export type { BrowserName, ExtensionBrowser, LaunchOptions };

// Debian's /usr/bin/chromium is a shell wrapper that prints a warning on every
// start; the binary behind it does not.
export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: '/usr/lib/chromium/chromium',
  firefox: '/usr/bin/firefox-esr',
};

/** Every browser by default; E2E_BROWSERS=chromium narrows a local run. */
export const BROWSERS: BrowserName[] = parseBrowserList(
  process.env.E2E_BROWSERS,
);

export function launchWithExtension(
  name: BrowserName,
  options: LaunchOptions,
): Promise<ExtensionBrowser> {
  return name === 'chromium'
    ? launchChromium(EXECUTABLES.chromium, options)
    : launchFirefox(EXECUTABLES.firefox, options);
}

function parseBrowserList(value: string | undefined): BrowserName[] {
  if (!value) return ['chromium', 'firefox'];

  return value.split(',').map((item) => {
    const name = item.trim();
    if (name === 'chromium' || name === 'firefox') return name;
    throw new Error(
      `E2E_BROWSERS: unknown browser "${name}"; use chromium, firefox or both separated by a comma.`,
    );
  });
}

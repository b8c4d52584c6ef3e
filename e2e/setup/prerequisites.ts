import { existsSync } from 'node:fs';
import { EXECUTABLES, type BrowserName } from '../harness/browsers';
import {
  CHROME_BUILD,
  firefoxBuild,
  hasManifest,
} from '../harness/build-output';

/** The first thing missing for an e2e run, as one line saying what to do. */
export function missingPrerequisite(
  browsers: BrowserName[],
): string | undefined {
  for (const name of browsers) {
    if (!existsSync(EXECUTABLES[name])) {
      return `Missing ${EXECUTABLES[name]}: install the system browsers with "apt-get install -y chromium firefox-esr"`;
    }
  }

  if (browsers.includes('chromium') && !hasManifest(CHROME_BUILD)) {
    return 'Missing .output/chrome-mv3/manifest.json: build the extension with "npm run build"';
  }

  if (browsers.includes('firefox') && !firefoxBuild()) {
    return 'Missing .output/firefox-mv3/manifest.json: build the Firefox extension with "npm run build:firefox"';
  }

  return undefined;
}

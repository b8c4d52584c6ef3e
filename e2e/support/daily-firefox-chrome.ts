import type { Browser } from 'puppeteer-core';
import { z } from 'zod';
import {
  bidiConnection,
  callFunctionForJson,
  stringArg,
  type LocalValue,
} from '../harness/bidi';

// Firefox's browser window, reached like e2e/harness/firefox-chrome-scope.ts
// does (the harness starts Firefox with --remote-allow-system-access). Used
// for what neither WebDriver BiDi nor a page may do headless: read the real
// clipboard without a paste prompt, and switch the colour scheme.

const Tree = z.object({
  contexts: z.array(z.looseObject({ context: z.string() })).min(1),
});

/** Runs `declaration` in Firefox's privileged browser window. */
export async function runInFirefoxChrome(
  browser: Browser,
  declaration: string,
  args: LocalValue[] = [],
): Promise<unknown> {
  const connection = bidiConnection(browser);
  const { result } = await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const context = Tree.parse(result).contexts[0]?.context ?? '';

  return callFunctionForJson(connection, context, declaration, { args });
}

/** The text on Firefox's clipboard, read with the browser's own rights. */
export async function firefoxClipboardText(browser: Browser): Promise<string> {
  const text = await runInFirefoxChrome(
    browser,
    `async () => JSON.stringify(await navigator.clipboard.readText())`,
  );

  return z.string().parse(text);
}

/**
 * Makes tabs and the toolbar popup see `prefers-color-scheme` as `scheme`.
 * Firefox has no BiDi command for it yet. The popup follows the browser's
 * own theme, so the system's scheme is overridden as well as the one for
 * web pages (about:preferences' "Website appearance").
 */
export async function setFirefoxColorScheme(
  browser: Browser,
  scheme: 'light' | 'dark',
): Promise<void> {
  await runInFirefoxChrome(
    browser,
    `(scheme) => {
      const dark = scheme === 'dark';
      Services.prefs.setIntPref('ui.systemUsesDarkTheme', dark ? 1 : 0);
      Services.prefs.setIntPref(
        'layout.css.prefers-color-scheme.content-override',
        dark ? 0 : 1,
      );
    }`,
    [stringArg(scheme)],
  );
}

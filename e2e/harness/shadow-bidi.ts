import type { Page } from 'puppeteer-core';
import { z } from 'zod';
import { bidiConnection, callFunction, contextIdOf, stringArg } from './bidi';

// A BiDi script sees `shadowRoot === null` on a closed host like the page
// does, but BiDi's serializer hands out closed roots on request
// (includeShadowTree: 'all'), and a script given that root may search it.

const HostWithRoot = z.object({
  value: z.object({ shadowRoot: z.object({ sharedId: z.string() }) }),
});

/** Firefox twin of runInClosedShadowCdp, with the same contract. */
export async function runInClosedShadowBidi(
  page: Page,
  host: string,
  inner: string,
  fnSource: string,
): Promise<string | undefined> {
  const connection = bidiConnection(page.browser());
  const context = contextIdOf(page);

  const hostValue = await callFunction(
    connection,
    context,
    '(selector) => document.querySelector(selector)',
    {
      args: [stringArg(host)],
      serialization: { maxDomDepth: 0, includeShadowTree: 'all' },
    },
  );
  const parsed = HostWithRoot.safeParse(hostValue);
  if (!parsed.success) return undefined;

  const result = await callFunction(
    connection,
    context,
    `(root, selector) => {
      const element = root.querySelector(selector);
      return element ? JSON.stringify((${fnSource})(element)) : undefined;
    }`,
    { args: [parsed.data.value.shadowRoot, stringArg(inner)] },
  );

  return typeof result.value === 'string' ? result.value : undefined;
}

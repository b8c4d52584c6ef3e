import type { Page, Protocol } from 'puppeteer-core';
import { z } from 'zod';
import {
  bidiConnection,
  callFunction,
  contextIdOf,
  stringArg,
} from '../harness/bidi';
import { browserNameOf } from '../harness/browsers';

// axe walks shadow trees through `element.shadowRoot`, which is null for a
// closed root, and it refuses an element inside one as its context (axe
// builds its tree from the document down, so that element is not in it).
// Both protocols can hand a test the closed root itself, though; giving the
// host an own `shadowRoot` property that returns it lets axe audit the
// control where it is, with the page's real layout and colours around it.
// The property is only there for the audit: the page could read it too.

const DEFINE = `function (root) {
  Object.defineProperty(this, 'shadowRoot', { value: root, configurable: true });
}`;

/**
 * Runs `audit` while the closed shadow root of the first `host` match is
 * readable as `host.shadowRoot` in the page's own world, then closes it
 * again.
 */
export async function withClosedRootOpen<T>(
  page: Page,
  host: string,
  audit: () => Promise<T>,
): Promise<T> {
  const open = browserNameOf(page) === 'firefox' ? openWithBidi : openWithCdp;
  await open(page, host);

  try {
    return await audit();
  } finally {
    await page.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (element) Reflect.deleteProperty(element, 'shadowRoot');
    }, host);
  }
}

// CDP's pierced document lists closed roots; DOM.resolveNode makes a
// JavaScript object of any node, in the page's main world by default.
async function openWithCdp(page: Page, host: string): Promise<void> {
  const session = await page.createCDPSession();

  try {
    const { root } = await session.send('DOM.getDocument', {
      depth: -1,
      pierce: true,
    });
    const { nodeId } = await session.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: host,
    });
    const shadow = findNode(root, nodeId)?.shadowRoots?.find(
      (candidate) => candidate.shadowRootType === 'closed',
    );
    if (!shadow) throw new Error(`${host} has no closed shadow root.`);

    const hostObject = await session.send('DOM.resolveNode', { nodeId });
    const rootObject = await session.send('DOM.resolveNode', {
      nodeId: shadow.nodeId,
    });
    await session.send('Runtime.callFunctionOn', {
      objectId: hostObject.object.objectId,
      functionDeclaration: DEFINE,
      arguments: [{ objectId: rootObject.object.objectId }],
    });
  } finally {
    await session.detach();
  }
}

const HostWithRoot = z.object({
  sharedId: z.string(),
  value: z.object({ shadowRoot: z.object({ sharedId: z.string() }) }),
});

// BiDi serializes closed roots on request (includeShadowTree: 'all'), and
// its scripts run in the page's own realm, like Puppeteer's evaluate().
async function openWithBidi(page: Page, host: string): Promise<void> {
  const connection = bidiConnection(page.browser());
  const context = contextIdOf(page);

  const found = await callFunction(
    connection,
    context,
    '(selector) => document.querySelector(selector)',
    {
      args: [stringArg(host)],
      serialization: { maxDomDepth: 0, includeShadowTree: 'all' },
    },
  );
  const parsed = HostWithRoot.safeParse(found);
  if (!parsed.success) throw new Error(`${host} has no shadow root.`);

  await callFunction(
    connection,
    context,
    `(host, root) => (${DEFINE}).call(host, root)`,
    {
      args: [
        { sharedId: parsed.data.sharedId },
        { sharedId: parsed.data.value.shadowRoot.sharedId },
      ],
    },
  );
}

function findNode(
  node: Protocol.DOM.Node,
  nodeId: number,
): Protocol.DOM.Node | undefined {
  if (node.nodeId === nodeId) return node;

  const children = [...(node.children ?? []), ...(node.shadowRoots ?? [])];
  for (const child of children) {
    const match = findNode(child, nodeId);
    if (match) return match;
  }

  return undefined;
}

import type { Page, Protocol } from 'puppeteer-core';

// The page sees `shadowRoot === null` on a closed host and Puppeteer's `>>>`
// does not pierce it, but CDP's pierced document lists closed roots too.

/**
 * Runs `fnSource`, a function of the element, on the first `inner` match in
 * the closed shadow root of the first `host` match. Answers its result as
 * JSON, or undefined while the host, root or element is missing.
 */
export async function runInClosedShadowCdp(
  page: Page,
  host: string,
  inner: string,
  fnSource: string,
): Promise<string | undefined> {
  const session = await page.createCDPSession();

  try {
    const { root } = await session.send('DOM.getDocument', {
      depth: -1,
      pierce: true,
    });
    const found = await session.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: host,
    });
    const shadowRoot = findNode(root, found.nodeId)?.shadowRoots?.find(
      (candidate) => candidate.shadowRootType !== 'user-agent',
    );
    if (!shadowRoot) return undefined;

    const { nodeId } = await session.send('DOM.querySelector', {
      nodeId: shadowRoot.nodeId,
      selector: inner,
    });
    if (!nodeId) return undefined;

    const { object } = await session.send('DOM.resolveNode', { nodeId });
    const { result, exceptionDetails } = await session.send(
      'Runtime.callFunctionOn',
      {
        objectId: object.objectId,
        functionDeclaration: `function () { return JSON.stringify((${fnSource})(this)); }`,
        returnByValue: true,
        awaitPromise: true,
      },
    );
    if (exceptionDetails) {
      throw new Error(`Script failed in the page: ${exceptionDetails.text}`);
    }

    return typeof result.value === 'string' ? result.value : undefined;
  } finally {
    await session.detach();
  }
}

function findNode(
  node: Protocol.DOM.Node,
  nodeId: number,
): Protocol.DOM.Node | undefined {
  if (nodeId === 0) return undefined;
  if (node.nodeId === nodeId) return node;

  const children = [
    ...(node.children ?? []),
    ...(node.shadowRoots ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ];
  for (const child of children) {
    const match = findNode(child, nodeId);
    if (match) return match;
  }

  return undefined;
}

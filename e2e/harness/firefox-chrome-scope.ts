import { z } from 'zod';
import {
  callFunctionForJson,
  stringArg,
  type BidiConnection,
  type LocalValue,
} from './bidi';

// Firefox's Remote Agent, started with --remote-allow-system-access, runs BiDi
// scripts in the browser's own window (moz:scope "chrome"), with full
// privileges. The harness uses that for what WebDriver does not offer yet:
// reading an add-on's moz-extension:// hostname, and reaching the background
// page and the toolbar popup, which are not tabs and so get no BiDi context
// (Bug 1755014: "support debugging webextensions").
//
// To reach them, the scripts below teach the Remote Agent's NavigableManager
// ids for those <browser> elements; BiDi commands sent to such an id then run
// in the view like in a tab. This leans on Firefox internals (checked with
// Firefox ESR 153); when it breaks, E2E_FIREFOX_POPUP=tab avoids it for the
// popup.

const Tree = z.object({
  contexts: z.array(z.looseObject({ context: z.string() })).min(1),
});

async function chromeWindow(connection: BidiConnection): Promise<string> {
  const { result } = await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });

  return Tree.parse(result).contexts[0]?.context ?? '';
}

async function runInChrome(
  connection: BidiConnection,
  functionDeclaration: string,
  args: LocalValue[],
): Promise<unknown> {
  const context = await chromeWindow(connection);

  return callFunctionForJson(connection, context, functionDeclaration, {
    args,
  });
}

export async function extensionHostname(
  connection: BidiConnection,
  addonId: string,
): Promise<string> {
  const hostname = await runInChrome(
    connection,
    `(id) => JSON.stringify(WebExtensionPolicy.getByID(id)?.mozExtensionHostname)`,
    [stringArg(addonId)],
  );

  return z.string().parse(hostname);
}

const ExposedView = z.object({
  context: z.string(),
  url: z.string(),
  /** False while a popup still loads in Firefox's hidden preload panel. */
  shown: z.boolean(),
});

export type ExposedView = z.infer<typeof ExposedView>;

export type ViewType = 'background' | 'popup';

// An extension view is the <browser> that Firefox keeps for each extension
// page; ParentAPIManager lists them with their view type. A popup first loads
// in a hidden preload <browser>, whose docshell then moves into the panel's
// own <browser>: so ids map to the browsing context, which moves along, and
// its current embedder is looked up on each use.
const EXPOSE_VIEW = `async (addonId, viewType) => {
  const { ExtensionParent } = ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs');
  const { NavigableManager } = ChromeUtils.importESModule(
    'chrome://remote/content/shared/NavigableManager.sys.mjs');
  const find = () => [...ExtensionParent.ParentAPIManager.proxyContexts.values()]
    .filter((c) => c.extension?.id === addonId && c.viewType === viewType)
    .map((c) => c.xulBrowser)
    .findLast((b) => b?.isConnected && b.browsingContext);
  let browser = find();
  if (!browser && viewType === 'background') {
    // An MV3 event page sleeps after 30 s idle; wake it as an event would.
    await WebExtensionPolicy.getByID(addonId)?.extension?.wakeupBackground?.();
    browser = find();
  }
  if (!browser) return JSON.stringify(null);

  if (!globalThis.__e2eViews) {
    const views = new Map();
    const embedder = (id) => {
      const context = views.has(id) && BrowsingContext.get(views.get(id));
      return context && !context.isDiscarded ? context.embedderElement : null;
    };
    const byId = NavigableManager.getBrowserById.bind(NavigableManager);
    const idOf = NavigableManager.getIdForBrowsingContext.bind(NavigableManager);
    NavigableManager.getBrowserById = (id) => embedder(id) ?? byId(id);
    NavigableManager.getIdForBrowsingContext = (context) =>
      [...views].find(([, bcId]) => bcId === context?.id)?.[0] ?? idOf(context);
    globalThis.__e2eViews = { views, embedder };
  }
  const { views } = globalThis.__e2eViews;
  const bcId = browser.browsingContext.id;
  let id = [...views].find(([, known]) => known === bcId)?.[0];
  if (!id) {
    id = Services.uuid.generateUUID().toString().slice(1, -1);
    views.set(id, bcId);
  }
  return JSON.stringify({
    context: id,
    url: browser.currentURI.spec,
    shown: !browser.classList.contains('webextension-preload-browser'),
  });
}`;

/** A BiDi context id for the add-on's background page or open popup. */
export async function exposeExtensionView(
  connection: BidiConnection,
  addonId: string,
  viewType: ViewType,
): Promise<ExposedView | undefined> {
  const view = await runInChrome(connection, EXPOSE_VIEW, [
    stringArg(addonId),
    stringArg(viewType),
  ]);

  return view === null ? undefined : ExposedView.parse(view);
}

/** Closes the popup panel that holds an exposed view, as a click away would. */
export async function hidePopupView(
  connection: BidiConnection,
  context: string,
): Promise<void> {
  await runInChrome(
    connection,
    `(id) => {
      globalThis.__e2eViews?.embedder(id)?.closest('panel')?.hidePopup();
    }`,
    [stringArg(context)],
  );
}

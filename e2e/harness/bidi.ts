import type { Browser, Page } from 'puppeteer-core';
import { z } from 'zod';

// Raw WebDriver BiDi for what Puppeteer's Firefox API does not cover: closed
// shadow roots, chrome-scope scripts and contexts outside tabs.

export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  /** Feeds an event to Puppeteer as if the browser had sent it. */
  emit(event: string, params: unknown): boolean;
}

export type LocalValue =
  { type: 'string'; value: string } | { sharedId: string };

const RemoteValue = z.looseObject({
  type: z.string(),
  value: z.unknown().optional(),
  sharedId: z.string().optional(),
});

export type RemoteValue = z.infer<typeof RemoteValue>;

const CallResult = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('success'), result: RemoteValue }),
  z.looseObject({
    type: z.literal('exception'),
    exceptionDetails: z.looseObject({ text: z.string() }),
  }),
]);

// Puppeteer keeps the connection on the browser and the context id on the
// frame, both left out of its public types.
export function bidiConnection(browser: Browser): BidiConnection {
  const connection: unknown = Reflect.get(browser, 'connection');
  if (!isBidiConnection(connection)) {
    throw new Error(
      'This Puppeteer version does not expose browser.connection; update e2e/harness/bidi.ts.',
    );
  }

  return connection;
}

export function contextIdOf(page: Page): string {
  const id: unknown = Reflect.get(page.mainFrame(), '_id');
  if (typeof id !== 'string') {
    throw new Error(
      'This Puppeteer version does not expose frame._id; update e2e/harness/bidi.ts.',
    );
  }

  return id;
}

/**
 * Tells Puppeteer a context is gone. Firefox sends no contextDestroyed for
 * extension pages (it skips them, Bug 1755014), so without this a closed
 * moz-extension:// tab would stay in browser.pages().
 */
export function announceClosed(
  connection: BidiConnection,
  context: string,
): void {
  connection.emit('browsingContext.contextDestroyed', {
    context,
    url: 'about:blank',
    children: [],
    parent: null,
    originalOpener: null,
  });
}

export interface CallOptions {
  args?: LocalValue[];
  /** BiDi serializationOptions, e.g. to include closed shadow roots. */
  serialization?: object;
}

/** Calls `functionDeclaration` (source text) in a context, awaiting it. */
export async function callFunction(
  connection: BidiConnection,
  context: string,
  functionDeclaration: string,
  { args = [], serialization }: CallOptions = {},
): Promise<RemoteValue> {
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration,
    target: { context },
    arguments: args,
    awaitPromise: true,
    resultOwnership: 'none',
    serializationOptions: serialization,
  });
  const outcome = CallResult.parse(result);
  if (outcome.type === 'exception') {
    throw new Error(
      `Script failed in the browser: ${outcome.exceptionDetails.text}`,
    );
  }

  return outcome.result;
}

/**
 * Like callFunction, for functions that answer JSON.stringify(...): returns
 * the parsed value, or undefined when the function returned undefined.
 */
export async function callFunctionForJson(
  connection: BidiConnection,
  context: string,
  functionDeclaration: string,
  options?: CallOptions,
): Promise<unknown> {
  const value = await callFunction(
    connection,
    context,
    functionDeclaration,
    options,
  );

  return typeof value.value === 'string' ? JSON.parse(value.value) : undefined;
}

export function stringArg(value: string): LocalValue {
  return { type: 'string', value };
}

function isBidiConnection(value: unknown): value is BidiConnection {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'send') === 'function' &&
    typeof Reflect.get(value, 'emit') === 'function'
  );
}

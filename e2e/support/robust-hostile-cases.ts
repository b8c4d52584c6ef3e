import {
  DEMO_IDS,
  DEMO_TOKENS,
  demoSeed,
  type SeedData,
} from '../../dev/local-ada/index';
import { selfPath, type Expected } from './robust-traffic';

// The URLs of e2e/hostile-pages.e2e.ts, and what each should lead to.

export const ACME = 'acme.ada.support';
export const KS = DEMO_IDS.knowledgeSync;
export const CRM = DEMO_IDS.crmContacts;
export const A = `https://${ACME}/platform/integrations`;
export const TOKEN = {
  host: ACME,
  integrationId: KS,
  token: DEMO_TOKENS.acmeKnowledgeSync,
};
export const READ_KS: Expected = {
  method: 'GET',
  host: ACME,
  path: selfPath(KS),
};

// Hosts the extension has no permission for, and one it has (a Cyrillic
// "а" in acme, which IDNA turns into its own punycode instance).
export const LOOKALIKES = [
  'acme.ada.support.example.test',
  'evil-ada.support',
  'evil.example.test',
  'ada.support',
];
export const CYRILLIC_ACME = 'xn--cme-5cd.ada.support';

export type ControlShows = 'none' | 'no token' | 'Complete' | 'not Complete';
export type PopupShows = 'not-ada-page' | 'token-form' | 'Complete';

export interface TabCase {
  name: string;
  url: string;
  control: ControlShows;
  popup: PopupShows;
  api: Expected[];
  /** API paths the tab itself loads (no token), after normalization. */
  documents?: string[];
}

const toFullwidth = (text: string) =>
  text.replace(/[0-9a-z]/g, (c) =>
    String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0),
  );

export const TAB_CASES: TabCase[] = [
  {
    name: '"../" that lands on another integration',
    url: `${A}/${KS}/../${CRM}`,
    control: 'no token',
    popup: 'token-form',
    api: [],
  },
  {
    name: '"../../" that climbs to the API path',
    url: `${A}/../../api/v2/platform-integrations/${KS}/installations/self`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
    documents: [selfPath(KS)],
  },
  {
    name: '"%2e%2e" segments that climb to the API path',
    url: `${A}/%2e%2e/%2e%2e/api/v2/platform-integrations/${KS}/installations/self`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
    documents: [selfPath(KS)],
  },
  {
    name: '"%2F" inside the id',
    url: `${A}/${KS}%2F..%2F${CRM}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: '"%2e%2e%2f" inside the id',
    url: `${A}/%2e%2e%2f%2e%2e%2fapi%2fv2%2f${KS}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'a double-encoded slash ("%252F")',
    url: `${A}/${KS}%252F..%252F${CRM}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'backslashes, which the browser reads as slashes',
    url: `${A}/${KS}\\..\\..\\api`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'encoded backslashes ("%5C")',
    url: `${A}/${KS}%5C..%5C${CRM}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'a fullwidth look-alike of the id',
    url: `${A}/${toFullwidth(KS)}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'a Cyrillic "е" in the id',
    url: `${A}/${KS.replace('e', '\u0435')}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'a zero-width space after the id',
    url: `${A}/${KS}\u200b`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'an id of 10,000 characters',
    url: `${A}/${KS}${'a'.repeat(10_000 - KS.length)}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'an id of 65 characters, one over the limit',
    url: `${A}/${KS}${'a'.repeat(65 - KS.length)}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'an id of 64 characters, another integration',
    url: `${A}/${KS}${'a'.repeat(64 - KS.length)}`,
    control: 'no token',
    popup: 'token-form',
    api: [],
  },
  {
    name: 'the id in the query ("?id=")',
    url: `${A}/?id=${KS}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'a page URL in the query of the root',
    url: `https://${ACME}/?pageUrl=${encodeURIComponent(`${A}/${KS}`)}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'a fragment route ("#/platform/integrations/…")',
    url: `https://${ACME}/#/platform/integrations/${KS}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'a fragment naming the token’s integration on another page',
    url: `${A}/${CRM}#/platform/integrations/${KS}`,
    control: 'no token',
    popup: 'token-form',
    api: [],
  },
  {
    name: 'the token’s own page with another integration in query and fragment',
    url: `${A}/${KS}?id=${CRM}&integration=${CRM}#/platform/integrations/${CRM}`,
    control: 'Complete',
    popup: 'Complete',
    api: [READ_KS],
  },
  {
    name: 'an upper-case host, which is the same host',
    url: `https://ACME.ADA.SUPPORT/platform/integrations/${KS}`,
    control: 'Complete',
    popup: 'Complete',
    api: [READ_KS],
  },
  {
    name: 'a fullwidth host, which IDNA maps to the same host',
    url: `https://${toFullwidth('acme')}.ada.support/platform/integrations/${KS}`,
    control: 'Complete',
    popup: 'Complete',
    api: [READ_KS],
  },
  {
    name: 'a Cyrillic "а" in the handle: another instance, no token',
    url: `https://\u0430cme.ada.support/platform/integrations/${KS}`,
    control: 'no token',
    popup: 'token-form',
    api: [],
  },
  {
    name: 'acme.ada.support.example.test',
    url: `https://acme.ada.support.example.test/platform/integrations/${KS}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'evil-ada.support',
    url: `https://evil-ada.support/platform/integrations/${KS}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'the Ada host as userinfo of another host',
    url: `https://${ACME}@evil.example.test/platform/integrations/${KS}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
  {
    // The browsers hide the userinfo from location, not from the extension:
    // the background refuses the tab, and the control never gets a status.
    name: 'userinfo in front of the real Ada host',
    url: `https://evil.example.test@${ACME}/platform/integrations/${KS}`,
    control: 'not Complete',
    popup: 'not-ada-page',
    api: [],
  },
  {
    name: 'the bare ada.support domain',
    url: `https://ada.support/platform/integrations/${KS}`,
    control: 'none',
    popup: 'not-ada-page',
    api: [],
  },
];

export interface PasteCase {
  name: string;
  url: string;
  /** 'refused': the popup says the URL is not an integration page. */
  outcome: 'refused' | 'token-form' | 'Complete';
  api: Expected[];
}

export const PASTE_CASES: PasteCase[] = [
  { name: '"%2F" in the id', url: `${A}/${KS}%2F..%2F${CRM}` },
  { name: 'backslashes', url: `${A}/${KS}\\..\\..\\api` },
  {
    name: 'a Cyrillic "е" in the id',
    url: `${A}/${KS.replace('e', '\u0435')}`,
  },
  { name: 'an id of 10,000 characters', url: `${A}/${'a'.repeat(10_000)}` },
  {
    name: 'a fragment route',
    url: `https://${ACME}/#/platform/integrations/${KS}`,
  },
  {
    name: 'acme.ada.support.example.test',
    url: `https://acme.ada.support.example.test/platform/integrations/${KS}`,
  },
  {
    name: 'the Ada host as userinfo',
    url: `https://${ACME}@evil.example.test/platform/integrations/${KS}`,
  },
  {
    name: 'userinfo on the Ada host',
    url: `https://user:pass@${ACME}/platform/integrations/${KS}`,
  },
  { name: 'plain http', url: `http://${ACME}/platform/integrations/${KS}` },
  {
    name: 'another port',
    url: `https://${ACME}:8443/platform/integrations/${KS}`,
  },
  {
    name: 'a javascript: URL that ends like one',
    url: `javascript:void(0)//${A}/${KS}`,
  },
]
  .map((c): PasteCase => ({ ...c, outcome: 'refused', api: [] }))
  .concat([
    {
      name: '"../" that normalizes to the token’s own page',
      url: `${A}/x/../${KS}`,
      outcome: 'Complete',
      api: [READ_KS],
    },
    {
      name: 'a Cyrillic "а" in the handle',
      url: `https://\u0430cme.ada.support/platform/integrations/${KS}`,
      outcome: 'token-form',
      api: [],
    },
  ]);

export function seedWithLookalikes(): SeedData {
  const seed = demoSeed();
  const page = { integrations: [{ id: KS, name: 'Knowledge Sync' }] };

  // Served like any instance, so their pages load; they hold no tokens.
  for (const host of [...LOOKALIKES, CYRILLIC_ACME]) {
    seed.instances.push({ host, ...page, installations: [] });
  }

  return seed;
}

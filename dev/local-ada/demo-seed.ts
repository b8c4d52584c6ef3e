import type { SeedData } from './types';

// A partner's integration keeps its id on every instance that installs it, so
// the same integration id shows up on several hosts.
export const DEMO_IDS = {
  knowledgeSync: '5df263b7db5a7e6ea03fae9b',
  crmContacts: '64a1f0c2e4b0a1d2c3e4f5a6',
  orderLookup: '6512ab34cd56ef7890123456',
  acmeKnowledgeSync: '65f0a1b2c3d4e5f607182930',
  acmeCrmContacts: '65f0a1b2c3d4e5f607182931',
  globexKnowledgeSync: '65f0a1b2c3d4e5f607182932',
  globexOrderLookup: '65f0a1b2c3d4e5f607182933',
  initechCrmContacts: '65f0a1b2c3d4e5f607182934',
  initechOrderLookup: '65f0a1b2c3d4e5f607182935',
} as const;

// Fixed, recognisable values: they show up in logs if anything leaks them.
export const DEMO_TOKENS = {
  acmeKnowledgeSync: 'local-ada-token-acme-knowledge-sync',
  acmeCrmContacts: 'local-ada-token-acme-crm-contacts',
  globexKnowledgeSync: 'local-ada-token-globex-knowledge-sync',
  globexOrderLookup: 'local-ada-token-globex-order-lookup',
  initechCrmContacts: 'local-ada-token-initech-crm-contacts',
  initechOrderLookup: 'local-ada-token-initech-order-lookup',
  /** Belongs to acme's knowledge-sync installation; expired in 1970. */
  acmeKnowledgeSyncExpired: 'local-ada-token-acme-knowledge-sync-expired',
} as const;

const KNOWLEDGE_SYNC = { id: DEMO_IDS.knowledgeSync, name: 'Knowledge Sync' };
const CRM_CONTACTS = { id: DEMO_IDS.crmContacts, name: 'CRM Contacts' };
const ORDER_LOOKUP = { id: DEMO_IDS.orderLookup, name: 'Order Lookup' };

const CREATED = '2024-03-11T09:15:00+00:00';
const UPDATED = '2024-06-02T17:40:12+00:00';

function record(
  id: string,
  integrationId: string,
  status: string,
  configuration: Record<string, unknown>,
) {
  return {
    id,
    platform_integration_id: integrationId,
    created: CREATED,
    updated: UPDATED,
    configuration,
    status,
  };
}

/** Three instances (one in the EU cluster, one in maple), two integrations each. */
export function demoSeed(): SeedData {
  return {
    instances: [
      {
        host: 'acme.ada.support',
        integrations: [KNOWLEDGE_SYNC, CRM_CONTACTS],
        installations: [
          {
            integrationId: DEMO_IDS.knowledgeSync,
            record: record(
              DEMO_IDS.acmeKnowledgeSync,
              DEMO_IDS.knowledgeSync,
              'complete',
              {
                help_center_url: 'https://help.acme.example/hc/en-us',
                api_key: 'ak_live_3f9a1c7e5b2d4f6a8c0e',
                locales: ['en-US', 'fr-CA'],
                sync: { schedule: 'hourly', include_drafts: false },
              },
            ),
            tokens: [
              { value: DEMO_TOKENS.acmeKnowledgeSync },
              { value: DEMO_TOKENS.acmeKnowledgeSyncExpired, expiresAt: 1 },
            ],
          },
          {
            integrationId: DEMO_IDS.crmContacts,
            record: record(
              DEMO_IDS.acmeCrmContacts,
              DEMO_IDS.crmContacts,
              'incomplete',
              {
                instance_url: 'https://acme.crm.example',
                oauth: {
                  client_id: 'acme-ada-connector',
                  client_secret: 'cs_9d8c7b6a5f4e3d2c1b0a',
                },
                field_map: [
                  { ada: 'email', crm: 'Email' },
                  { ada: 'name', crm: 'FullName' },
                ],
              },
            ),
            tokens: [{ value: DEMO_TOKENS.acmeCrmContacts }],
          },
        ],
      },
      {
        host: 'globex.eu.ada.support',
        integrations: [KNOWLEDGE_SYNC, ORDER_LOOKUP],
        installations: [
          {
            integrationId: DEMO_IDS.knowledgeSync,
            record: record(
              DEMO_IDS.globexKnowledgeSync,
              DEMO_IDS.knowledgeSync,
              'incomplete',
              {
                help_center_url: 'https://support.globex.example',
                api_key: 'ak_live_eu_71b2c3d4e5f60718',
                locales: ['de-DE'],
              },
            ),
            tokens: [{ value: DEMO_TOKENS.globexKnowledgeSync }],
          },
          {
            integrationId: DEMO_IDS.orderLookup,
            record: record(
              DEMO_IDS.globexOrderLookup,
              DEMO_IDS.orderLookup,
              'complete',
              {
                store_domain: 'shop.globex.example',
                credentials: {
                  username: 'ada-bot',
                  password: 'Gl0bex-Orders-2024!',
                },
                webhook_secret: 'whsec_0a1b2c3d4e5f',
              },
            ),
            tokens: [{ value: DEMO_TOKENS.globexOrderLookup }],
          },
        ],
      },
      {
        host: 'initech.maple.ada.support',
        integrations: [CRM_CONTACTS, ORDER_LOOKUP],
        installations: [
          {
            integrationId: DEMO_IDS.crmContacts,
            record: record(
              DEMO_IDS.initechCrmContacts,
              DEMO_IDS.crmContacts,
              'complete',
              {
                instance_url: 'https://initech.crm.example',
                oauth: { client_id: 'initech', client_secret: 'cs_1n1t3ch' },
                field_map: [],
              },
            ),
            tokens: [{ value: DEMO_TOKENS.initechCrmContacts }],
          },
          {
            integrationId: DEMO_IDS.orderLookup,
            record: record(
              DEMO_IDS.initechOrderLookup,
              DEMO_IDS.orderLookup,
              'incomplete',
              {
                store_domain: 'orders.initech.example',
                credentials: { username: 'tps-reports', password: null },
              },
            ),
            tokens: [{ value: DEMO_TOKENS.initechOrderLookup }],
          },
        ],
      },
    ],
  };
}

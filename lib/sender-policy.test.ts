import { describe, expect, it } from 'vitest';
import { classifySender } from './sender-policy';

const SELF = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
const PAGE = 'https://acme.ada.support/platform/integrations/int1';

describe('classifySender', () => {
  it('recognises the popup and options page', () => {
    const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
    const options = {
      id: 'ext-id',
      url: 'chrome-extension://ext-id/options.html',
      tab: { id: 4 },
    };

    expect(classifySender(popup, SELF)).toEqual({ role: 'extension-page' });
    expect(classifySender(options, SELF)).toEqual({ role: 'extension-page' });
  });

  it('binds a content script to the page it runs on', () => {
    const sender = {
      id: 'ext-id',
      url: `${PAGE}/connections/success`,
      tab: {},
    };

    expect(classifySender(sender, SELF)).toMatchObject({
      role: 'content-script',
      page: { integrationId: 'int1', instance: { host: 'acme.ada.support' } },
    });
  });

  it.each([
    [
      'another extension',
      { id: 'other', url: 'chrome-extension://other/x.html' },
    ],
    ['no url', { id: 'ext-id' }],
    [
      'a look-alike extension origin',
      { id: 'ext-id', url: 'chrome-extension://ext-idx/p.html' },
    ],
    [
      'a content script off integration pages',
      { id: 'ext-id', url: 'https://acme.ada.support/platform', tab: {} },
    ],
    [
      'a non-Ada page',
      {
        id: 'ext-id',
        url: 'https://evil.example/platform/integrations/int1',
        tab: {},
      },
    ],
    ['a frame without a tab', { id: 'ext-id', url: PAGE }],
  ])('refuses %s', (_, sender) => {
    expect(classifySender(sender, SELF)).toBeUndefined();
  });
});

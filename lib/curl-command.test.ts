import { describe, expect, it } from 'vitest';
import { curlForStatus } from './curl-command';
import { readDashboardPage } from './dashboard-page';

describe('curlForStatus', () => {
  it('writes the exact PATCH with the token left as $ADA_TOKEN', () => {
    const page = readDashboardPage(
      'https://globex.eu.ada.support/platform/integrations/int1',
    );
    if (!page) throw new Error('fixture is not a page');

    const command = curlForStatus(page, 'inst1', 'complete');

    expect(command).toBe(
      [
        "curl -X PATCH 'https://globex.eu.ada.support/api/v2/platform-integrations/int1/installations/inst1' \\",
        '  -H "Authorization: Bearer $ADA_TOKEN" \\',
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"status":"complete"}'`,
      ].join('\n'),
    );
  });
});

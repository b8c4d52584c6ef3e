import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { z } from 'zod';

// axe-core runs inside the page under test, so it measures the real
// layout, computed colours and accessibility tree of that browser.

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(
  path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'),
  'utf8',
);

const Rule = z.object({
  id: z.string(),
  impact: z.string().nullable(),
  help: z.string(),
  targets: z.array(z.string()),
});

const Results = z.object({ violations: z.array(Rule), passes: z.array(Rule) });

export interface AxeAudit {
  /** One line each: "rule (impact): help at target, ...". */
  violations: string[];
  /** Every element a rule checked and passed; shadow paths joined by >>>. */
  passed: string[];
}

/**
 * Runs axe in `page`, or only on the elements matching `include`, with every
 * rule axe enables by default: WCAG 2.x A and AA, and its best practices.
 * Violations come one per line so that a failing expectation reads as a
 * to-do list.
 */
export async function axeAudit(
  page: Page,
  include?: string,
): Promise<AxeAudit> {
  const injected = await page.evaluate(() => 'axe' in globalThis);
  if (!injected) await page.evaluate(AXE_SOURCE);

  const found = await page.evaluate(async (selector) => {
    type Node = { target: (string | string[])[] };
    type Result = { id: string; impact: string | null; help: string };
    const axe = Reflect.get(globalThis, 'axe');
    const context = selector ? { include: [[selector]] } : document;
    const results = await axe.run(context, {
      resultTypes: ['violations', 'passes'],
    });
    const brief = (rule: Result & { nodes: Node[] }) => ({
      id: rule.id,
      impact: rule.impact,
      help: rule.help,
      targets: rule.nodes.map(({ target }) =>
        target
          .map((part) => (Array.isArray(part) ? part.join(' >>> ') : part))
          .join(' '),
      ),
    });

    return JSON.stringify({
      violations: results.violations.map(brief),
      passes: results.passes.map(brief),
    });
  }, include ?? '');
  const { violations, passes } = Results.parse(JSON.parse(found));

  return {
    violations: violations.map(
      ({ id, impact, help, targets }) =>
        `${id} (${impact ?? 'no impact'}): ${help} at ${targets.join(', ')}`,
    ),
    passed: [...new Set(passes.flatMap(({ targets }) => targets))],
  };
}

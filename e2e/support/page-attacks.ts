import type { Page } from 'puppeteer-core';

// What a hostile or merely curious dashboard script could try against the
// in-page control. Everything here runs in the page's own world.

const CAPTURED = '__capturedShadowRoots';

/**
 * Before the page loads, wraps attachShadow so that every shadow root made
 * through the page's prototype, closed ones included, is kept on window.
 * Content scripts have their own prototypes, so the control's root should
 * never show up there.
 */
export async function watchShadowRoots(page: Page): Promise<void> {
  await page.evaluateOnNewDocument((key) => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    Object.defineProperty(window, key, { value: roots });
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      roots.push(root);

      return root;
    };
  }, CAPTURED);
}

export interface PageAttempt {
  /** What the page reads as host.shadowRoot. */
  shadowRoot: null | 'a root';
  /** Roots the page caught through watchShadowRoots, if it ran. */
  capturedRoots: number;
}

/**
 * Clicks the control every way a page script can: the host, the element
 * under the control's centre, and the buttons of any root it caught.
 */
export function blockedPageAttempts(
  page: Page,
  hostSelector: string,
): Promise<PageAttempt> {
  return page.evaluate(
    (selector, key) => {
      const host = document.querySelector(selector);
      if (!(host instanceof HTMLElement)) {
        throw new Error(`No ${selector} on the page.`);
      }

      const caught: unknown = Reflect.get(window, key);
      const roots = Array.isArray(caught) ? caught : [];
      const box = host.getBoundingClientRect();
      const centre = {
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
      };
      const under = document.elementFromPoint(centre.clientX, centre.clientY);

      host.click();
      for (const target of [host, under]) {
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          target?.dispatchEvent(
            new MouseEvent(type, { bubbles: true, composed: true, ...centre }),
          );
        }
      }
      for (const root of roots) {
        if (!(root instanceof ShadowRoot)) continue;
        root.querySelectorAll('button').forEach((button) => button.click());
      }

      return {
        shadowRoot: host.shadowRoot === null ? null : 'a root',
        capturedRoots: roots.filter((root) => root instanceof ShadowRoot)
          .length,
      } as const;
    },
    hostSelector,
    CAPTURED,
  );
}

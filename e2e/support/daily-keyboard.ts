import type { Page } from 'puppeteer-core';

// Walks a page with the Tab key, as a keyboard user would, noting what
// receives focus and whether that can be seen.

export interface FocusStop {
  /** `button[data-action=mark-complete]`, `input[name=select-row]`, ... */
  control: string;
  /** The focused element's computed outline, e.g. "solid 2px". */
  outline: string;
}

const FIRST = '__e2eFirstFocus';

/**
 * Presses Tab from the top of the page until focus comes back to where the
 * walk started (or after `max` presses), and answers every stop on the way.
 */
export async function tabOrder(page: Page, max = 40): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  // From the top of the page: a control focused by an earlier click would
  // keep its mouse-focus look when the document gets focus back.
  await page.evaluate(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement) focused.blur();
  });

  for (let step = 0; step < max; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((first) => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      if (Reflect.get(globalThis, first) === element) return 'again';
      if (!Reflect.has(globalThis, first)) {
        Reflect.set(globalThis, first, element);
      }

      const attribute = ['data-action', 'data-tab', 'name', 'data-testid']
        .map((name) => [name, element.getAttribute(name)])
        .find(([, value]) => value);
      const style = getComputedStyle(element);

      return {
        control: attribute
          ? `${element.localName}[${attribute[0]}=${attribute[1]}]`
          : `${element.localName} "${element.textContent?.trim() ?? ''}"`,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    }, FIRST);
    if (stop === 'again') break;
    if (stop) stops.push(stop);
  }
  await page.evaluate(
    (first) => Reflect.deleteProperty(globalThis, first),
    FIRST,
  );

  return stops;
}

/** Whether an outline is drawn: a style other than none, and some width. */
export function isVisibleOutline(outline: string): boolean {
  const [style, width] = outline.split(' ');

  return style !== 'none' && width !== undefined && parseFloat(width) > 0;
}

import type { CDPSession, Page } from 'puppeteer-core';

// Chromium's own counters for one page, read over CDP:
// - Performance.getMetrics: ScriptDuration and TaskDuration add up the main
//   thread's script and task time (seconds) since Performance.enable, every
//   world included, so a content script's isolated world counts too;
//   JSHeapUsedSize is the renderer's V8 heap.
// - Memory.getDOMCounters: live JS event listeners in the renderer, those
//   in closed shadow roots and isolated worlds included (DOMDebugger's
//   getEventListeners sees one node at a time).

export interface MainThread {
  scriptMs: number;
  taskMs: number;
}

export interface Memory {
  heapBytes: number;
  listeners: number;
  nodes: number;
}

/**
 * A CDP session with the Performance domain on; enable before loading.
 * Durations are thread CPU time (threadTicks), not wall time, so another
 * job on the machine's two cores does not count as the page's work.
 */
export async function metricsSession(page: Page): Promise<CDPSession> {
  const session = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });

  return session;
}

export async function mainThread(session: CDPSession): Promise<MainThread> {
  const metrics = await readMetrics(session);

  return {
    scriptMs: (metrics.get('ScriptDuration') ?? 0) * 1000,
    taskMs: (metrics.get('TaskDuration') ?? 0) * 1000,
  };
}

/** Heap and listeners once garbage is gone, so only what is kept counts. */
export async function memoryAfterGc(session: CDPSession): Promise<Memory> {
  // Twice: the first pass can free objects whose finalizers free more.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const metrics = await readMetrics(session);
  const counters = await session.send('Memory.getDOMCounters');

  return {
    heapBytes: metrics.get('JSHeapUsedSize') ?? 0,
    listeners: counters.jsEventListeners,
    nodes: counters.nodes,
  };
}

async function readMetrics(session: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await session.send('Performance.getMetrics');

  return new Map(metrics.map(({ name, value }) => [name, value]));
}

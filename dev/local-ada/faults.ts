import type { Fault } from './types';

export interface FaultTarget {
  method: string;
  host: string;
  /** Without the query string. */
  path: string;
}

export interface FaultQueue {
  add(fault: Fault): void;
  clear(): void;
  /** The first queued fault that matches, counted as used once. */
  take(target: FaultTarget): Fault | undefined;
}

export function createFaultQueue(): FaultQueue {
  let queue: Array<{ fault: Fault; left: number }> = [];

  return {
    add(fault) {
      queue.push({ fault, left: fault.times ?? 1 });
    },
    clear() {
      queue = [];
    },
    take(target) {
      const entry = queue.find(({ fault }) => matches(fault, target));
      if (!entry) return undefined;

      entry.left -= 1;
      queue = queue.filter(({ left }) => left > 0);
      return entry.fault;
    },
  };
}

function matches(fault: Fault, target: FaultTarget): boolean {
  if (fault.method && fault.method.toUpperCase() !== target.method) {
    return false;
  }

  if (fault.host && fault.host.toLowerCase() !== target.host) return false;

  if (typeof fault.path === 'string') return fault.path === target.path;
  if (fault.path instanceof RegExp) {
    // A global or sticky RegExp keeps lastIndex between calls.
    fault.path.lastIndex = 0;
    return fault.path.test(target.path);
  }

  return true;
}

import { describe, expect, it } from 'vitest';
import { createHostQueue, runPerHost } from './overview-schedule';

interface Row {
  host: string;
  id: string;
}

function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((done, fail) => {
    resolve = done;
    reject = fail;
  });

  return { promise, resolve, reject };
}

/** Lets every already-settled promise run its callbacks. */
function flush(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** Tasks that record when they start and finish only when told to. */
function scriptedTasks(rows: Row[]) {
  const started: string[] = [];
  const gates = new Map(rows.map((row) => [row.id, deferred<string>()]));
  const task = (row: Row) => {
    started.push(row.id);
    const gate = gates.get(row.id);
    if (!gate) throw new Error(`no gate for ${row.id}`);

    return gate.promise;
  };
  const gate = (id: string) => {
    const found = gates.get(id);
    if (!found) throw new Error(`no gate for ${id}`);

    return found;
  };

  return { started, task, gate };
}

const ROWS: Row[] = [
  { host: 'acme.ada.support', id: 'a1' },
  { host: 'acme.ada.support', id: 'a2' },
  { host: 'beta.eu.ada.support', id: 'b1' },
  { host: 'acme.ada.support', id: 'a3' },
  { host: 'beta.eu.ada.support', id: 'b2' },
];

describe('runPerHost', () => {
  it('starts the first task of every host at once', async () => {
    const { started, task } = scriptedTasks(ROWS);

    void runPerHost(ROWS, (row) => row.host, task);
    await flush();

    expect(started).toEqual(['a1', 'b1']);
  });

  it('starts the next task of a host only after the previous one settled', async () => {
    const { started, task, gate } = scriptedTasks(ROWS);
    void runPerHost(ROWS, (row) => row.host, task);
    await flush();

    gate('a1').resolve('a1 done');
    await flush();

    expect(started).toEqual(['a1', 'b1', 'a2']);

    gate('b1').resolve('b1 done');
    await flush();

    expect(started).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('keeps a slow host from delaying another host', async () => {
    const { started, task, gate } = scriptedTasks(ROWS);
    void runPerHost(ROWS, (row) => row.host, task);
    await flush();

    gate('b1').resolve('b1 done');
    await flush();
    gate('b2').resolve('b2 done');
    await flush();

    expect(started).toEqual(['a1', 'b1', 'b2']);
  });

  it('goes on after a failed task and answers each outcome in input order', async () => {
    const { task, gate } = scriptedTasks(ROWS);
    const outcomes = runPerHost(ROWS, (row) => row.host, task);

    gate('a1').reject(new Error('a1 failed'));
    await flush();
    for (const id of ['a2', 'b1', 'a3', 'b2']) {
      gate(id).resolve(`${id} done`);
      await flush();
    }

    expect(await outcomes).toEqual([
      { status: 'rejected', reason: new Error('a1 failed') },
      { status: 'fulfilled', value: 'a2 done' },
      { status: 'fulfilled', value: 'b1 done' },
      { status: 'fulfilled', value: 'a3 done' },
      { status: 'fulfilled', value: 'b2 done' },
    ]);
  });

  it('skips the tasks still waiting when the signal is aborted', async () => {
    const { started, task, gate } = scriptedTasks(ROWS);
    const controller = new AbortController();
    const outcomes = runPerHost(ROWS, (row) => row.host, task, {
      signal: controller.signal,
    });
    await flush();

    controller.abort();
    gate('a1').resolve('a1 done');
    gate('b1').resolve('b1 done');
    const settled = await outcomes;

    expect(started).toEqual(['a1', 'b1']);
    expect(settled.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
  });

  it('sequences two runs that share a queue on the same host', async () => {
    const queue = createHostQueue();
    const { started, task, gate } = scriptedTasks(ROWS);
    const acme = ROWS.filter((row) => row.host === 'acme.ada.support');
    const byHost = (row: Row) => row.host;

    void runPerHost(acme.slice(0, 1), byHost, task, { queue });
    void runPerHost(acme.slice(1, 2), byHost, task, { queue });
    await flush();

    expect(started).toEqual(['a1']);

    gate('a1').resolve('a1 done');
    await flush();

    expect(started).toEqual(['a1', 'a2']);
  });
});

import { createLogger } from './log';
import { reconcilePending } from './reconcile-pending';

const log = createLogger('background');

/** Storage areas that can be closed to content scripts (Chrome 102+). */
interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
}

// Read from `chrome` itself: the polyfill does not wrap this method.
function localArea(): AccessLevelArea | undefined {
  const chromeApi: { storage?: { local?: AccessLevelArea } } | undefined =
    Reflect.get(globalThis, 'chrome');

  return chromeApi?.storage?.local;
}

/**
 * Work for every start of the background: close storage to content
 * scripts where the browser allows it, and settle changes that a stopped
 * worker left pending.
 */
export async function startBackground(): Promise<void> {
  // Firefox has no setAccessLevel: its content scripts can reach
  // storage.local, which is why the vault is read only in the background.
  await localArea()
    ?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    .catch((error: unknown) => log.warn('storage access level', error));

  await reconcilePending().catch((error: unknown) =>
    log.error('reconciling pending changes failed', error),
  );
}

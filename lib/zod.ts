import { z } from 'zod/mini';

// MV3 pages forbid `new Function`; without this zod probes for it at the
// first parse and the probe trips the CSP (and AMO's eval warning).
z.config({ jitless: true });

export { z };

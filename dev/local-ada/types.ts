// The public shapes of local Ada; index.ts re-exports them.

export interface LocalAdaOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /**
   * Also serve the dashboard at every other non-API path (ids of any shape
   * and length), and add a page script named by `?local-ada-hostile=` to
   * dashboard pages: see hostile-pages.ts. Off by default.
   */
  hostilePages?: boolean;
}

export interface LocalAda {
  port: number;
  /** PEM of the self-signed certificate, for clients that want to trust it. */
  cert: string;
  origin(handle: string, region?: string): string;
  seed(data: SeedData): void;
  reset(): void;
  fault(f: Fault): void;
  clearFaults(): void;
  requests(): RecordedRequest[];
  installation(
    host: string,
    integrationId: string,
    installationId: string,
  ): InstallationRecord | undefined;
  close(): Promise<void>;
}

export interface SeedData {
  instances: Array<{
    host: string;
    integrations: Array<{ id: string; name: string }>;
    installations: Array<{
      integrationId: string;
      record: InstallationRecord;
      /** expiresAt is epoch ms; a token without it never expires. */
      tokens: Array<{ value: string; expiresAt?: number }>;
    }>;
  }>;
}

export type InstallationRecord = Record<string, unknown> & {
  id: string;
  status?: unknown;
};

export interface Fault {
  path?: string | RegExp;
  method?: string;
  host?: string;
  times?: number;
  latencyMs?: number;
  status?: number;
  html?: boolean;
  drop?: boolean;
  body?: string;
  /**
   * Lets the request through (a PATCH lands), then holds its answer this
   * long; beyond 2^31-1 ms, forever. A change that happened although its
   * client never heard so.
   */
  respondAfterMs?: number;
}

export interface RecordedRequest {
  method: string;
  host: string;
  /** Includes the query string. */
  path: string;
  headers: Record<string, string>;
  body: string;
  time: number;
  /** 0 when no response was sent (dropped, or the client gave up first). */
  status: number;
}

// Values that e2e/global-setup.ts hands to the test files through inject().
declare module 'vitest' {
  export interface ProvidedContext {
    /** Stoplight Prism mocking e2e/contract/platform-integrations.openapi.yml. */
    prismUrl: string;
  }
}

export {};

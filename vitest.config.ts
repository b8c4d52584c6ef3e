import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'dev/**/*.test.ts',
    ],
    restoreMocks: true,
    setupFiles: ['./vitest.setup.ts'],
  },
});

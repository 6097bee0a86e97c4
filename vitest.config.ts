import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm test`: pure tests beside the code, integration tests in test/ against one DynamoDB Local
 * started for the whole run (test/global-setup.ts), and the infrastructure assertions.
 * Browser tests have their own config (vitest.e2e.config.ts).
 */
export default defineConfig({
  // Web modules import the domain package as `$shared` (web/svelte.config.js); tests beside them too.
  resolve: { alias: { $shared: fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: [
      'shared/**/*.test.ts',
      'functions/**/*.test.ts',
      'infra/**/*.test.ts',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
      'web/src/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});

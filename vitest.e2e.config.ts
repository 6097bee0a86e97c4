import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: Playwright drives Debian's Chromium against the built web app (vite preview)
 * and the real API on DynamoDB Local, started once for the run by test/e2e/global-setup.ts.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // One browser at a time: two cores, and the tests share one database.
    fileParallelism: false,
    // One more try for a browser test that fails, as Playwright's own CI preset does: on two busy
    // cores a timing hiccup happens about once in seven runs. A test that fails twice fails.
    retry: 1,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});

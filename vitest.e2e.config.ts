import { defineConfig } from "vitest/config";

/** Real-browser tests: run after `npm run build` (npm run test:e2e does both). */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

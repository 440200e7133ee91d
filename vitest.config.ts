import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Unit and DOM tests only; the real-browser tests have their own runner (npm run test:e2e).
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    // The panel's styles are CSS files imported as strings (?inline): tests see the real text.
    css: { include: [/components\/.*\.css/] },
    // No test may fail because the machine is busy: property tests and axe runs take seconds on a
    // loaded 2-core machine, so the per-test limit only catches real hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ["tests/build-cli.setup.ts"],
  },
});

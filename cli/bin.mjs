#!/usr/bin/env node
// The `profielcheck` command: the compiled bundle that `npm run build:cli` (run by `prepare`, so
// by `npm ci`) writes, so no TypeScript is compiled at start-up.
try {
  await import("../dist/profielcheck.mjs");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("profielcheck.mjs")) throw error;
  process.stderr.write(
    "profielcheck: dist/profielcheck.mjs ontbreekt; voer eerst `npm run build:cli` uit (of `npm ci`).\n" +
      "profielcheck: dist/profielcheck.mjs is missing; run `npm run build:cli` (or `npm ci`) first.\n",
  );
  process.exitCode = 2;
}

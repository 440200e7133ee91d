// Builds the `profielcheck` command into one ESM file, dist/profielcheck.mjs (npm run build:cli;
// also run by `prepare`, so `npm ci` leaves a working `npx profielcheck`). The engine, zod and the
// command are bundled; sharp (native code) stays a package and is loaded only when an avatar is read.
// No TypeScript compiler runs when the command starts; compiling the bundle is most of the start-up,
// so it is kept small (issue 16: `profielcheck rules` within 2× a bare `node -e 0`).
import { build } from "esbuild";

/**
 * zod re-exports all of its ~50 locales (`z.locales`, about 360 KB); the command uses only Dutch
 * and English (rules/config.ts imports those two directly), so the index offers just these.
 */
const onlyDutchAndEnglish = {
  name: "zod-locales-nl-en",
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes("/node_modules/zod/") ? { path: "zod-locales", namespace: "zod-locales" } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: "zod-locales" }, () => ({
      contents:
        'export { default as en } from "zod/v4/locales/en.js"; export { default as nl } from "zod/v4/locales/nl.js";',
      resolveDir: process.cwd(),
    }));
  },
};

await build({
  entryPoints: ["cli/entry.ts"],
  outfile: "dist/profielcheck.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["sharp"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [onlyDutchAndEnglish],
});

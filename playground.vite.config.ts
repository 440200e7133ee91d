/**
 * The playground as a static page that works opened straight from the folder (file://), e.g. on a
 * trainer's laptop without the extension: `npx vite build -c playground.vite.config.ts` writes
 * dist/playground/index.html + playground.js. One classic script, not a module: browsers refuse
 * module scripts on file:// pages. Sample avatars are inlined, so nothing is fetched.
 */
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

const PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Profielcheck-oefenruimte</title>
    <script src="playground.js" defer></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

function staticPage(): Plugin {
  return {
    name: "profielcheck-static-playground-page",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "index.html", source: PAGE });
    },
  };
}

export default defineConfig({
  resolve: { alias: { "@": root, react: "preact/compat", "react-dom": "preact/compat" } },
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  publicDir: false,
  plugins: [staticPage()],
  build: {
    outDir: "dist/playground",
    emptyOutDir: true,
    lib: {
      entry: "entrypoints/playground/main.tsx",
      formats: ["iife"],
      name: "profielcheckPlayground",
      fileName: () => "playground.js",
    },
  },
});

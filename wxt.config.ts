import { defineConfig } from "wxt";
import { imageHostMatches, pageMatches } from "./rules/platforms";
import { PLATFORMS } from "./rules/vocabulary";
import { zodWithoutCodeGeneration } from "./scripts/build/zod-without-code-generation";

/**
 * The image hosts the avatar check may fetch from (rules/platforms.ts): the only host permissions.
 * The platform pages themselves need none, because the content scripts declare them as `matches`.
 */
const IMAGE_HOSTS = imageHostMatches();

/**
 * Each platform's profile check is a module its content script imports on the pages the check
 * works on (utils/session-loader.ts). Only that platform's pages may load it, and on Chromium only
 * through a URL that changes every browser session, so other sites cannot probe for it.
 */
const SESSION_MODULES = PLATFORMS.map((platform) => ({
  resources: [`${platform}-session.js`],
  matches: pageMatches(platform),
  use_dynamic_url: true,
}));

/** `PROFIELCHECK_PROFILE=1 wxt build`: an unminified build beside the real one, for scripts/profile-live.ts. */
const PROFILE_BUILD = process.env.PROFIELCHECK_PROFILE === "1";

export default defineConfig({
  srcDir: ".",
  ...(PROFILE_BUILD ? { outDir: ".output-profile" } : {}),
  modules: ["@wxt-dev/webextension-polyfill"],
  manifest: {
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "nl",
    permissions: ["storage"],
    host_permissions: IMAGE_HOSTS,
    web_accessible_resources: SESSION_MODULES,
    // The organisation configuration an administrator can push by policy (docs/policy.md).
    storage: { managed_schema: "managed_schema.json" },
    browser_specific_settings: {
      gecko: {
        id: "profielcheck@rijksoverheid.example",
        // 140 is the first Firefox (and ESR) that knows data_collection_permissions.
        strict_min_version: "140.0",
        // Profielcheck sends nothing anywhere (Firefox's data-collection declaration).
        data_collection_permissions: { required: ["none"] },
      },
      // Firefox for Android knows data_collection_permissions from 142.
      gecko_android: { strict_min_version: "142.0" },
    },
  },
  vite: () => ({
    plugins: [zodWithoutCodeGeneration()],
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
    resolve: { alias: { react: "preact/compat", "react-dom": "preact/compat" } },
    ...(PROFILE_BUILD ? { build: { minify: false } } : {}),
  }),
});

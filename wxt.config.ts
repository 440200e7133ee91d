import { defineConfig } from "wxt";

/** Hosts the content scripts run on and the image hosts the avatar check may fetch from. */
const PLATFORM_HOSTS = [
  "https://x.com/*",
  "https://twitter.com/*",
  "https://www.instagram.com/*",
  "https://www.linkedin.com/*",
  "https://www.facebook.com/*",
];
const IMAGE_HOSTS = [
  "https://pbs.twimg.com/*",
  "https://*.cdninstagram.com/*",
  "https://*.fbcdn.net/*",
  "https://media.licdn.com/*",
];

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
    host_permissions: [...PLATFORM_HOSTS, ...IMAGE_HOSTS],
    // The organisation configuration an administrator can push by policy (docs/policy.md).
    storage: { managed_schema: "managed_schema.json" },
    browser_specific_settings: {
      gecko: {
        id: "profielcheck@rijksoverheid.example",
        strict_min_version: "128.0",
        // Profielcheck sends nothing anywhere (Firefox's data-collection declaration).
        data_collection_permissions: { required: ["none"] },
      },
    },
  },
  vite: () => ({
    esbuild: { jsx: "automatic", jsxImportSource: "preact" },
    resolve: { alias: { react: "preact/compat", "react-dom": "preact/compat" } },
    ...(PROFILE_BUILD ? { build: { minify: false } } : {}),
  }),
});

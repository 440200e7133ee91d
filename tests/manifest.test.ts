/**
 * Minimal permissions (the brief's standard): `storage`, and host access only to the platforms'
 * image hosts — the content scripts declare the platform pages themselves. No <all_urls>.
 */
import { describe, expect, it } from "vitest";
import config from "../wxt.config";

type WebAccessibleResource = { resources: string[]; matches: string[]; use_dynamic_url?: boolean };
type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  web_accessible_resources?: WebAccessibleResource[];
};

describe("manifest permissions", () => {
  const manifest = config.manifest as Manifest;

  it("asks only for storage", () => {
    expect(manifest.permissions).toEqual(["storage"]);
  });

  it("has host access to the image hosts only, each an https origin of a platform's image host", () => {
    expect(manifest.host_permissions).toEqual([
      "https://pbs.twimg.com/*",
      "https://*.cdninstagram.com/*",
      "https://*.fbcdn.net/*",
      "https://media.licdn.com/*",
    ]);
  });

  it("lets each platform's pages load only that platform's session module, through a per-session URL", () => {
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ["x-session.js"], matches: ["https://x.com/*", "https://twitter.com/*"], use_dynamic_url: true },
      { resources: ["instagram-session.js"], matches: ["https://www.instagram.com/*"], use_dynamic_url: true },
      { resources: ["linkedin-session.js"], matches: ["https://www.linkedin.com/*"], use_dynamic_url: true },
      { resources: ["facebook-session.js"], matches: ["https://www.facebook.com/*"], use_dynamic_url: true },
    ]);
  });
});

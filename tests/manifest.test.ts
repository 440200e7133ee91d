/**
 * Minimal permissions (the brief's standard): `storage`, and host access only to the platforms'
 * image hosts — the content scripts declare the platform pages themselves. No <all_urls>.
 */
import { describe, expect, it } from "vitest";
import config from "../wxt.config";

type Manifest = { permissions?: string[]; host_permissions?: string[] };

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
});

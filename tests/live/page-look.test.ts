// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { accountName, accountTypesForPage, luminance, pageTheme } from "@/utils/live/page-look";

describe("the page's colour scheme", () => {
  it("reads X's light, dim and dark backgrounds, and ignores a transparent one", () => {
    expect(luminance("rgb(255, 255, 255)")).toBeCloseTo(1);
    expect(luminance("rgb(21, 32, 43)")).toBeLessThan(0.02);
    expect(luminance("rgb(0, 0, 0)")).toBe(0);
    expect(luminance("rgba(0, 0, 0, 0)")).toBeNull();
    expect(luminance("transparent")).toBeNull();
  });

  it("follows the page where it paints a background, else the system's preference", () => {
    document.body.style.backgroundColor = "rgb(21, 32, 43)";
    expect(pageTheme(document, false)).toBe("dark");
    document.body.style.backgroundColor = "rgb(255, 255, 255)";
    expect(pageTheme(document, true)).toBe("light");
    document.body.style.backgroundColor = "";
    expect(pageTheme(document, true)).toBe("dark");
    expect(pageTheme(document, false)).toBe("light");
  });
});

describe("what a page's account can be", () => {
  it("lets the LinkedIn URL decide between a person and a page", () => {
    expect(accountTypesForPage("linkedin", new URL("https://www.linkedin.com/in/fleur-agema/"))).toEqual(["hybrid"]);
    expect(accountTypesForPage("linkedin", new URL("https://www.linkedin.com/showcase/104857601/admin/"))).toEqual([
      "showcase",
    ]);
    expect(accountTypesForPage("linkedin", new URL("https://www.linkedin.com/company/104857601/admin/"))).toEqual([
      "showcase",
    ]);
    expect(accountTypesForPage("x", new URL("https://x.com/MinisterVWS"))).toBeUndefined();
  });

  it("names a page by its name where its handle is a numeric id", () => {
    expect(accountName("104857601", "Ministerie van VWS")).toBe("Ministerie van VWS");
    expect(accountName("104857601", null)).toBe("@104857601");
    expect(accountName("MinisterVWS", "Fleur Agema")).toBe("@MinisterVWS");
    expect(accountName(null, null)).toBeUndefined();
  });
});

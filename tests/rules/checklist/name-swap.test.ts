import { describe, expect, it } from "vitest";
import { checkNameSwap, type NameSwapContext, type NameSwapForm, nameSwapRequestText } from "../../../rules/checklist";

const FORM: NameSwapForm = {
  oldUrl: "https://www.instagram.com/minpres/",
  newUrl: "https://www.instagram.com/minpresrutte/",
  archiveHandle: "@minpresrutte",
  contact: "Anna de Vries, 070-1234567",
};
const CONTEXT: NameSwapContext = { platform: "instagram", officialHandle: "minpres" };

const problems = (form: Partial<NameSwapForm>, context = CONTEXT) =>
  checkNameSwap({ ...FORM, ...form }, context).map((problem) => [problem.field, problem.level, problem.message.nl]);

describe("Meta name swap form", () => {
  it("accepts the guideline's example", () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ["an empty old URL", { oldUrl: "" }, "oldUrl", "Vul dit veld in."],
    ["an old URL that is not an address", { oldUrl: "minpres" }, "oldUrl", "is geen"],
    ["an X address", { oldUrl: "https://x.com/minpres" }, "oldUrl", "x.com is geen Instagram-adres."],
    ["an archive handle with spaces", { archiveHandle: "min pres rutte" }, "archiveHandle", "letters, cijfers"],
    [
      "the current name as archive",
      { archiveHandle: "minpres", newUrl: "https://instagram.com/minpres" },
      "archiveHandle",
      "nieuwe naam",
    ],
    ["a new URL of another account", { newUrl: "https://instagram.com/minpres_archief" }, "newUrl", "@minpresrutte"],
    [
      "the same old and new URL",
      { newUrl: "https://instagram.com/minpres", archiveHandle: "minpresrutte" },
      "newUrl",
      "hetzelfde",
    ],
  ])("rejects %s", (_, form, field, message) => {
    const found = problems(form).filter(([, level]) => level === "error");
    expect(found).toContainEqual([field, "error", expect.stringContaining(message)]);
  });

  it.each([
    ["an old URL of another account", { oldUrl: "https://instagram.com/ministervws" }, "oldUrl"],
    [
      "an archive name without the office name",
      { archiveHandle: "rutte_archief", newUrl: "https://instagram.com/rutte_archief" },
      "archiveHandle",
    ],
  ])("warns on %s", (_, form, field) => {
    expect(problems(form)).toContainEqual([field, "warning", expect.any(String)]);
  });

  it("does not exist for X", () => {
    expect(problems({}, { platform: "x", officialHandle: "MinPres" })).toEqual([
      ["platform", "error", expect.stringContaining("alleen voor Instagram en Facebook")],
    ]);
  });

  it("writes the request for the RVD with both URLs, the names and the date", () => {
    const text = nameSwapRequestText({
      form: FORM,
      context: CONTEXT,
      ministry: "Ministerie van Algemene Zaken",
      date: "30-11-2026",
      lang: "nl",
    });
    expect(text).toContain("naamwissel bij Meta aan voor het Instagram-account @minpres");
    expect(text).toContain("namens Ministerie van Algemene Zaken");
    expect(text).toContain("(na de wissel @minpresrutte): https://www.instagram.com/minpres/");
    expect(text).toContain(
      "Nieuw aangemaakte account @minpresrutte (na de wissel @minpres): https://www.instagram.com/minpresrutte/",
    );
    expect(text).toContain("Datum: 30-11-2026");
    expect(text).toContain("Contact: Anna de Vries, 070-1234567");
    const english = nameSwapRequestText({ form: FORM, context: CONTEXT, date: "2026-11-30", lang: "en" });
    expect(english).toContain("on behalf of our ministry");
    expect(english).toContain("Date: 2026-11-30");
  });
});

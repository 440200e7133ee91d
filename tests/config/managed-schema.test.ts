/**
 * public/managed_schema.json is generated (npm run docs) and must be a schema Chrome loads: Chrome
 * refuses to load an extension whose managed schema it cannot parse, and drops a policy value that
 * does not fit it. The checks below follow Chrome's parser (components/policy/core/common/schema.cc,
 * `IsValidSchema`) and its value validation, independently of the generator.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { orgConfigSchema } from "../../rules/config/schema";
import { MANAGED_SCHEMA_PATH, renderManagedSchema, toChromeSchema } from "../../scripts/generate-managed-schema";

type Schema = { [key: string]: unknown };

/** The attributes Chrome's parser allows per type; any other attribute fails the extension's load. */
const ALLOWED: Record<string, readonly string[]> = {
  array: ["description", "id", "items", "sensitiveValue", "title", "type"],
  boolean: ["description", "id", "sensitiveValue", "title", "type"],
  integer: ["description", "enum", "id", "maximum", "minimum", "sensitiveValue", "title", "type"],
  number: ["description", "id", "sensitiveValue", "title", "type"],
  object: [
    "additionalProperties",
    "description",
    "id",
    "patternProperties",
    "properties",
    "required",
    "sensitiveValue",
    "title",
    "type",
  ],
  string: ["description", "enum", "id", "pattern", "sensitiveValue", "title", "type"],
};

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Why Chrome would refuse this schema, as paths; empty when it loads. */
function chromeSchemaProblems(schema: Schema, path = "$"): string[] {
  if ("$ref" in schema) return [`${path}: $ref without an id to point at`];
  const type = schema.type;
  if (typeof type !== "string" || !(type in ALLOWED)) return [`${path}: type ${JSON.stringify(type)}`];
  const problems = Object.keys(schema)
    .filter((attribute) => !ALLOWED[type]?.includes(attribute))
    .map((attribute) => `${path}: unknown attribute ${attribute} for ${type}`);
  if ("enum" in schema) {
    const values = schema.enum;
    const itemType = type === "integer" ? Number.isInteger : (value: unknown) => typeof value === "string";
    if (!Array.isArray(values) || values.length === 0 || !values.every(itemType)) problems.push(`${path}: enum`);
  }
  if (type === "array") {
    if (!isObject(schema.items)) problems.push(`${path}: array without items`);
    else problems.push(...chromeSchemaProblems(schema.items, `${path}[]`));
  }
  if (type === "object") {
    const properties = schema.properties ?? {};
    if (!isObject(properties)) problems.push(`${path}: properties`);
    for (const [key, property] of Object.entries(properties as Schema)) {
      if (isObject(property)) problems.push(...chromeSchemaProblems(property, `${path}.${key}`));
      else problems.push(`${path}.${key}: not a schema`);
    }
    if ("additionalProperties" in schema) {
      if (isObject(schema.additionalProperties)) {
        problems.push(...chromeSchemaProblems(schema.additionalProperties, `${path}.*`));
      } else problems.push(`${path}: additionalProperties must be a schema`);
    }
    for (const key of (schema.required as unknown[] | undefined) ?? []) {
      if (typeof key !== "string" || !(key in (properties as Schema))) problems.push(`${path}: required ${key}`);
    }
  }
  return problems;
}

/** Where Chrome would find a policy value not to fit the schema; empty when it keeps the value. */
function valueProblems(schema: Schema, value: unknown, path = "config"): string[] {
  const fits: Record<string, (input: unknown) => boolean> = {
    array: Array.isArray,
    boolean: (input) => typeof input === "boolean",
    integer: Number.isInteger,
    number: (input) => typeof input === "number",
    object: isObject,
    string: (input) => typeof input === "string",
  };
  if (!fits[schema.type as string]?.(value)) return [`${path}: not ${schema.type}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: not one of the enum`];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => valueProblems(schema.items as Schema, item, `${path}[${index}]`));
  }
  if (!isObject(value)) return [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const missing = ((schema.required as string[] | undefined) ?? []).filter((key) => !(key in value));
  return [
    ...missing.map((key) => `${path}.${key}: missing`),
    ...Object.entries(value).flatMap(([key, item]) => {
      const property = properties[key] ?? (schema.additionalProperties as Schema | undefined);
      return property ? valueProblems(property, item, `${path}.${key}`) : [`${path}.${key}: not described`];
    }),
  ];
}

const committed = JSON.parse(readFileSync(MANAGED_SCHEMA_PATH, "utf8")) as Schema;
const configSchema = (committed.properties as Record<string, Schema>).config as Schema;

describe("public/managed_schema.json (generated)", () => {
  it("is up to date with the configuration schema and the catalog", () => {
    expect(renderManagedSchema(), "public/managed_schema.json is out of date: run npm run docs").toBe(
      readFileSync(MANAGED_SCHEMA_PATH, "utf8"),
    );
  });

  it("is a schema Chrome loads: a top-level object of policies without additionalProperties", () => {
    expect(committed.type).toBe("object");
    expect(committed).not.toHaveProperty("additionalProperties");
    expect(chromeSchemaProblems(committed)).toEqual([]);
  });

  it("the Chrome check refuses what Chrome refuses", () => {
    expect(chromeSchemaProblems({ type: "object", additionalProperties: false })).toHaveLength(1);
    expect(chromeSchemaProblems({ type: "string", minLength: 1 })).toHaveLength(1);
    expect(chromeSchemaProblems({ type: "array" })).toHaveLength(1);
    expect(chromeSchemaProblems({ type: "number", enum: [1] })).not.toEqual([]);
    expect(chromeSchemaProblems({ anyOf: [{ type: "string" }] })).toHaveLength(1);
  });

  it("describes every key of the configuration", () => {
    expect(Object.keys(configSchema.properties as Schema).sort()).toEqual(Object.keys(orgConfigSchema.shape).sort());
  });

  it("keeps the example configuration (examples/org-config.json)", () => {
    const config = JSON.parse(readFileSync("examples/org-config.json", "utf8"));
    expect(orgConfigSchema.safeParse(config).success).toBe(true);
    expect(valueProblems(configSchema, config)).toEqual([]);
  });

  it("keeps a configuration with every kind of key, and drops one of the wrong shape", () => {
    const full = {
      version: 1,
      organisation: "Ministerie van VWS",
      accounts: [{ platform: "linkedin", handle: "a", type: "showcase", partyMarker: "#TeamX" }],
      rules: { "bio/webcare": "off" },
      parties: [{ name: "Voorbeeldpartij", handles: { x: ["vbp"] }, websites: ["voorbeeldpartij.nl"] }],
      ministries: [{ code: "NW", name: "Ministerie van Nieuw", communicationUnits: ["DCOM"] }],
      templates: { webcare: "Vragen? Mail ons.", webcareVariants: ["Mail ons."] },
      communicationUnits: { AZ: ["RVD Online"] },
      waivers: [
        { platform: "x", handle: "a", rule: "bio/webcare", value: "", reason: "Bewust", createdAt: "2026-01-01" },
      ],
      checklist: {
        version: 1,
        cabinetChangeDate: "2026-07-02",
        accounts: [{ platform: "x", handle: "a", ticks: { "old/archiving": { by: "JdV", at: "2026-07-01" } } }],
      },
    };
    expect(orgConfigSchema.safeParse(full).error?.issues).toBeUndefined();
    expect(valueProblems(configSchema, full)).toEqual([]);
    expect(valueProblems(configSchema, { ...full, rules: { "bio/webcare": "loud" } })).toHaveLength(1);
    expect(valueProblems(configSchema, { ...full, accounts: [{ platform: "x", handle: "a" }] })).toHaveLength(1);
  });

  it("refuses to write a union Chrome cannot express", () => {
    const union = z.toJSONSchema(z.union([z.string(), z.number()]));
    expect(() => toChromeSchema(union as Schema)).toThrow(/string.*number/);
  });
});

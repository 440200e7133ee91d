/**
 * Generates public/managed_schema.json, the schema Chrome and Edge validate the `config` policy
 * against (docs/policy.md), from the configuration's zod schema and the rule catalog: a key added
 * to the configuration is described by policy without anyone writing JSON by hand. `npm run docs`
 * writes it; `--check` only reports whether it is up to date (tests/config/managed-schema.test.ts
 * does the same).
 *
 * Chrome accepts a restricted JSON-schema dialect (components/policy/core/common/schema.cc): one
 * `type` per schema, and per type only these attributes; `additionalProperties` must be a schema.
 * Constraints it cannot express (lengths, formats, refinements) stay with zod, which the extension
 * applies to the policy anyway: the browser's schema must only never reject a valid configuration.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { CATALOG } from "../rules/catalog";
import { orgConfigSchema, ruleSettingsSchema } from "../rules/config/schema";

export const MANAGED_SCHEMA_PATH = fileURLToPath(new URL("../public/managed_schema.json", import.meta.url));

type JsonSchema = { [key: string]: unknown };

/** The attributes Chrome allows for each type, in the order they are written. */
const CHROME_ATTRIBUTES: Record<string, readonly string[]> = {
  array: ["title", "description", "type", "items"],
  boolean: ["title", "description", "type"],
  integer: ["title", "description", "type", "enum"],
  number: ["title", "description", "type"],
  object: ["title", "description", "type", "properties", "required", "additionalProperties"],
  string: ["title", "description", "type", "enum"],
};

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A union of one type (a date or a date-time) is that type; other unions Chrome cannot express. */
function collapseUnion(branches: JsonSchema[], path: string): JsonSchema {
  const types = new Set(branches.map((branch) => branch.type));
  if (types.size !== 1) throw new Error(`${path}: Chrome's schema has no union of ${[...types].join(", ")}`);
  const enums = branches.map((branch) => branch.enum);
  const merged: JsonSchema = { type: branches[0]?.type };
  if (enums.every(Array.isArray)) merged.enum = [...new Set(enums.flat())];
  return merged;
}

/** One node of zod's JSON schema in Chrome's dialect. Throws on what Chrome cannot express. */
export function toChromeSchema(node: JsonSchema, path = "config"): JsonSchema {
  const union = node.anyOf ?? node.oneOf;
  const source: JsonSchema = Array.isArray(union)
    ? {
        ...collapseUnion(
          union.map((branch, index) => toChromeSchema(branch as JsonSchema, `${path}|${index}`)),
          path,
        ),
        ...(node.description === undefined ? {} : { description: node.description }),
      }
    : { ...node };
  if ("const" in source) source.enum = [source.const];
  if (source.type === "number" && Array.isArray(source.enum) && source.enum.every(Number.isInteger)) {
    source.type = "integer";
  }
  const type = source.type;
  if (typeof type !== "string" || !(type in CHROME_ATTRIBUTES)) {
    throw new Error(`${path}: no single type Chrome knows (${JSON.stringify(type)})`);
  }
  const result: JsonSchema = {};
  for (const attribute of CHROME_ATTRIBUTES[type] ?? []) {
    const value = source[attribute];
    if (value === undefined) continue;
    if (attribute === "properties" && isSchema(value)) {
      result.properties = Object.fromEntries(
        Object.entries(value).map(([key, property]) => [key, toChromeSchema(property as JsonSchema, `${path}.${key}`)]),
      );
    } else if (attribute === "items" && isSchema(value)) {
      result.items = toChromeSchema(value, `${path}[]`);
    } else if (attribute === "additionalProperties") {
      // `false` (zod's strict objects) is not allowed; the extension rejects unknown keys itself.
      if (isSchema(value)) result.additionalProperties = toChromeSchema(value, `${path}.*`);
    } else if (attribute === "required") {
      if (Array.isArray(value) && value.length > 0) result.required = value;
    } else {
      result[attribute] = value;
    }
  }
  if (type === "array" && result.items === undefined) throw new Error(`${path}: an array needs its items`);
  return result;
}

/** `rules` is keyed by rule id, which zod checks in a refinement: the catalog names the keys. */
function describeRuleSettings(settings: JsonSchema): JsonSchema {
  const { additionalProperties, propertyNames: _keys, ...rest } = settings;
  return {
    ...rest,
    properties: Object.fromEntries(
      CATALOG.map((rule) => [
        rule.meta.id,
        { ...(additionalProperties as JsonSchema), description: rule.meta.title.nl },
      ]),
    ),
  };
}

/** The managed-storage schema: one policy, `config`, holding the organisation configuration. */
export function buildManagedSchema(): JsonSchema {
  const config = z.toJSONSchema(orgConfigSchema, {
    io: "input",
    target: "draft-7",
    reused: "inline",
    override: (context) => {
      if (context.zodSchema !== ruleSettingsSchema) return;
      const described = describeRuleSettings(context.jsonSchema);
      for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
      Object.assign(context.jsonSchema, described);
    },
  }) as JsonSchema;
  return {
    type: "object",
    properties: {
      config: {
        title: "Profielcheck: configuratie van de organisatie",
        description:
          "De organisatieconfiguratie (zelfde formaat als het bestand van de instellingenpagina en van profielcheck --config). Accounts, regels en partijen hieruit gaan voor op de eigen instellingen van de gebruiker. Zie docs/policy.md.",
        ...toChromeSchema(config),
      },
    },
  };
}

/**
 * JSON as Biome formats it (the file is linted with the rest): objects one key a line, a list of
 * plain values on one line when it fits in 120 columns.
 */
export function formatJson(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item) => formatJson(item, inner));
    const oneLine = `[${items.join(", ")}]`;
    const plain = value.every((item) => typeof item !== "object" || item === null);
    if (plain && indent.length + oneLine.length <= 120) return oneLine;
    return `[\n${items.map((item) => inner + item).join(",\n")}\n${indent}]`;
  }
  if (isSchema(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`);
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function renderManagedSchema(): string {
  return `${formatJson(buildManagedSchema())}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rendered = renderManagedSchema();
  if (process.argv.includes("--check")) {
    const current = readFileSync(MANAGED_SCHEMA_PATH, "utf8");
    if (current !== rendered) {
      console.error("public/managed_schema.json is out of date: run npm run docs");
      process.exit(1);
    }
  } else {
    writeFileSync(MANAGED_SCHEMA_PATH, rendered);
  }
}

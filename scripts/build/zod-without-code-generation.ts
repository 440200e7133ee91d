/**
 * A Vite plugin for the extension's build: zod compiles fast parsers with the Function constructor
 * when the page allows it (`allowsEval` probes it, `Doc.compile` uses it). Extension reviewers read
 * that as eval, and the probe itself raises CSP reports. The extension does not need the speed, so
 * its copy of zod gets a stand-in that throws: the probe answers "no", and zod parses without
 * generated code. The command, bundled separately, keeps zod as it is.
 */
import type { Plugin } from "vite";

const ZOD_FILES_WITH_FUNCTION = /[\\/]zod[\\/]v4[\\/]core[\\/](doc|util)\.js$/;
const FUNCTION_ALIAS = "const F = Function;";
const STAND_IN = 'const F = function () { throw new Error("no code generation in the extension"); };';

export function zodWithoutCodeGeneration(): Plugin {
  return {
    name: "profielcheck:zod-without-code-generation",
    enforce: "pre",
    transform(code, id) {
      if (!ZOD_FILES_WITH_FUNCTION.test(id)) return null;
      if (!code.includes(FUNCTION_ALIAS)) {
        // A zod upgrade moved the code: fail the build rather than ship eval unnoticed.
        throw new Error(`${id}: "${FUNCTION_ALIAS}" not found; update scripts/build/zod-without-code-generation.ts`);
      }
      return { code: code.replaceAll(FUNCTION_ALIAS, STAND_IN), map: null };
    },
  };
}

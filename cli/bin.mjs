#!/usr/bin/env node
// The `profielcheck` command: runs cli/main.ts through tsx, so the engine ships as TypeScript
// without a build step.
import { register } from "tsx/esm/api";

register();
const { run, processIo } = await import("./main.ts");
process.exitCode = await run(process.argv.slice(2), processIo());

/** The command's process entry: the real streams, the exit status. Bundled to dist/profielcheck.mjs. */
import { processIo, run } from "./main";

process.exitCode = await run(process.argv.slice(2), processIo());

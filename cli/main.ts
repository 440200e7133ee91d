/**
 * The `profielcheck` command (../shared/spec/cli.md): checks profiles in JSON files with the same
 * engine as the extension, and lists the rule catalog. `run` takes its streams and working
 * directory as arguments so tests drive it in-process; cli/bin.mjs wires it to the real process.
 *
 * Everything is read and validated before anything is printed: on bad input (exit 2) standard
 * output stays empty and standard error names every file and key path at fault.
 */
import { createReadStream, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { detectRijkslogo } from "../rules/avatar/detector";
import { CATALOG } from "../rules/catalog";
import { checkOptionsFromConfig } from "../rules/config/apply";
import { resolveAccount } from "../rules/config/resolve";
import {
  type ConfigProblem,
  formatPath,
  type OrgConfig,
  parseOrgConfig,
  safeParseWithProblems,
} from "../rules/config/schema";
import { type CheckOptions, checkCase } from "../rules/engine";
import { checkMessage } from "../rules/message-engine";
import {
  type AnyCase,
  anyCaseSchema,
  isMessageCase,
  LANGUAGES,
  type Language,
  type PartialAnyCase,
  partialAnyCaseSchema,
} from "../rules/schema";
import { visibleControls } from "../rules/text/controls";
import type { AvatarAnalysis } from "../rules/types";
import { waiversForAccount } from "../rules/waivers";
import { loadAvatar } from "./avatar";
import { BIO_FORMATS, findAccountByKey, proposalsFor, renderProposalsJson, renderProposalsText } from "./bio";
import { runChecklist } from "./checklist";
import { type CheckedCase, renderJson, renderMarkdown, renderRules, renderRulesJson, renderText } from "./render";

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  /** Standard input as text; throws InputTooLarge once more than `maxBytes` have come in. */
  readStdin(maxBytes: number): Promise<string>;
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** The time printed in Markdown reports. */
  now?: () => Date;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    readStdin: (maxBytes) => readStream(process.stdin, maxBytes),
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  };
}

/**
 * The largest JSON document or configuration read, from a file or standard input: far above any
 * real audit (10,000 profiles take about 5 MB), and refused before it is read or parsed.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Problems printed for bad input; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 50;

/** Standard input went past MAX_INPUT_BYTES (`size` bytes had come in when reading stopped). */
export class InputTooLarge extends Error {
  constructor(readonly size: number) {
    super(`input larger than ${MAX_INPUT_BYTES} bytes`);
  }
}

/** A stream's text, read up to `maxBytes`: `check - < /dev/zero` must not fill the memory. */
async function readStream(stream: Readable, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new InputTooLarge(size);
    }
    chunks.push(Buffer.from(chunk as Buffer));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** How a case without an id is named, and how standard input is named in messages. */
export const STDIN_LABEL = "stdin";

const CHECK_FORMATS = ["text", "json", "markdown"] as const;
const RULES_FORMATS = ["text", "json"] as const;

const USAGE: Record<Language, string> = {
  nl: `Gebruik:
  profielcheck check BESTAND... [--format text|json|markdown] [--lang nl|en] [--config ORGCONFIG.json]
  profielcheck check -          lees één JSON-document van standaardinvoer
  profielcheck rules [--format text|json] [--lang nl|en]
  profielcheck checklist --config ORGCONFIG.json [BESTAND...] [--format text|json|markdown] [--lang nl|en]
                                checklist kabinetswissel per account; de bestanden bewijzen stappen
  profielcheck bio --config ORGCONFIG.json --account PLATFORM:HANDLE [--bio TEKST] [--max-length N]
                   [--format text|json] [--lang nl|en]
                                stel een bio samen voor een account uit de configuratie
  profielcheck --help | --version

Exitstatus: 0 geen fout, 1 minstens één bevinding met ernst "error" (bio: geen volledig voorstel),
2 ongeldige invoer.
`,
  en: `Usage:
  profielcheck check FILE... [--format text|json|markdown] [--lang nl|en] [--config ORGCONFIG.json]
  profielcheck check -          read one JSON document from standard input
  profielcheck rules [--format text|json] [--lang nl|en]
  profielcheck checklist --config ORGCONFIG.json [FILE...] [--format text|json|markdown] [--lang nl|en]
                                change-of-cabinet checklist per account; the files prove steps
  profielcheck bio --config ORGCONFIG.json --account PLATFORM:HANDLE [--bio TEXT] [--max-length N]
                   [--format text|json] [--lang nl|en]
                                compose a bio for an account of the configuration
  profielcheck --help | --version

Exit status: 0 no error, 1 at least one finding of severity "error" (bio: no complete proposal),
2 bad input.
`,
};

/** Input that makes the run exit with 2: one line per problem, each naming its file. */
export class BadInput extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

export class UsageError extends Error {}

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

/** The language asked for, looked up before the arguments are known to be valid (for the usage text). */
function requestedLanguage(argv: readonly string[]): Language {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = at < 0 ? undefined : argv[at]?.includes("=") ? argv[at]?.split("=")[1] : argv[at + 1];
  return value === "en" ? "en" : "nl";
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} ${value}: ${allowed.join(" | ")}`);
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = requestedLanguage(argv);
  try {
    const [command, ...rest] = argv;
    if (command === "--help" || command === "-h") {
      io.stdout.write(USAGE[lang]);
      return 0;
    }
    if (command === "--version") {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (command === "check") return await runCheck(rest, io);
    if (command === "rules") return runRules(rest, io);
    if (command === "checklist") return await runChecklist(rest, io);
    if (command === "bio") return await runBio(rest, io);
    throw new UsageError(
      command === undefined ? "" : `${command}: ${lang === "nl" ? "onbekend commando" : "unknown command"}`,
    );
  } catch (error) {
    // Messages quote arguments, paths and values: their control characters are shown, not sent.
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      if (error instanceof Error && error.message)
        io.stderr.write(`profielcheck: ${visibleControls(error.message)}\n\n`);
      io.stderr.write(USAGE[lang]);
      return 2;
    }
    if (error instanceof BadInput) {
      io.stderr.write(`${capProblems(error.problems, lang).map(visibleControls).join("\n")}\n`);
      return 2;
    }
    throw error;
  }
}

function runRules(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { format: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
    allowPositionals: true,
  });
  const lang = oneOf(values.lang, LANGUAGES, "lang", "nl");
  if (values.help) {
    io.stdout.write(USAGE[lang]);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`rules: ${positionals.join(" ")}`);
  const format = oneOf(values.format, RULES_FORMATS, "format", "text");
  io.stdout.write(format === "json" ? renderRulesJson(CATALOG, lang) : renderRules(CATALOG, lang, useColour(io)));
  return 0;
}

async function runBio(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      config: { type: "string" },
      account: { type: "string" },
      bio: { type: "string" },
      "max-length": { type: "string" },
      format: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: true,
  });
  const lang = oneOf(values.lang, LANGUAGES, "lang", "nl");
  if (values.help) {
    io.stdout.write(USAGE[lang]);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`bio: ${positionals.join(" ")}`);
  const format = oneOf(values.format, BIO_FORMATS, "format", "text");
  const nl = lang === "nl";
  if (values.config === undefined) throw new UsageError(nl ? "bio: --config ontbreekt" : "bio: --config is missing");
  if (values.account === undefined) throw new UsageError(nl ? "bio: --account ontbreekt" : "bio: --account is missing");
  const maxLengthText = values["max-length"];
  const maxLength = maxLengthText === undefined ? undefined : Number(maxLengthText);
  if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength > 0)) {
    throw new BadInput([
      `--max-length ${maxLengthText}: ${nl ? "moet een positief geheel getal zijn" : "must be a positive whole number"}`,
    ]);
  }
  const config = await loadConfig(values.config, io, lang);
  const lookup = findAccountByKey(config, values.account, lang);
  if (!lookup.ok) throw new BadInput([lookup.message]);
  const proposals = proposalsFor(config, lookup.account, lang, {
    ...(values.bio !== undefined ? { bio: values.bio } : {}),
    ...(maxLength !== undefined ? { maxLength } : {}),
  });
  io.stdout.write(
    format === "json"
      ? renderProposalsJson(values.account, lookup.account, proposals)
      : renderProposalsText(values.account, lookup.account, proposals, lang),
  );
  return proposals.some((proposal) => proposal.remaining.length === 0) ? 0 : 1;
}

function useColour(io: CliIo): boolean {
  return io.stdout.isTTY === true && !io.env?.NO_COLOR && io.env?.TERM !== "dumb";
}

async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      format: { type: "string" },
      lang: { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: true,
  });
  const lang = oneOf(values.lang, LANGUAGES, "lang", "nl");
  if (values.help) {
    io.stdout.write(USAGE[lang]);
    return 0;
  }
  const format = oneOf(values.format, CHECK_FORMATS, "format", "text");
  if (positionals.length === 0)
    throw new UsageError(lang === "nl" ? "check: geen bestand opgegeven" : "check: no file given");
  if (positionals.filter((file) => file === "-").length > 1) throw new UsageError("check: - (stdin) at most once");

  const config = values.config === undefined ? undefined : await loadConfig(values.config, io, lang);
  const options: CheckOptions = config ? checkOptionsFromConfig(config, lang) : { lang };

  // Documents can hold hundreds of thousands of cases: appended one by one, never spread as
  // arguments (push(...list) overflows the call stack).
  let problems: string[] = [];
  let cases: LoadedCase[] = [];
  for (const file of positionals) {
    try {
      cases = cases.concat(await loadDocument(file, io, config, lang));
    } catch (error) {
      if (!(error instanceof BadInput)) throw error;
      problems = problems.concat(error.problems);
    }
  }
  if (problems.length > 0) throw new BadInput(problems);

  const checked: CheckedCase[] = cases.map(({ case: input, ...loaded }): CheckedCase => {
    if (isMessageCase(input)) {
      return { id: loaded.id, source: loaded.source, case: input, result: checkMessage(input, options) };
    }
    const waivers = config?.waivers ? waiversForAccount(config.waivers, input.account.platform, input.profile) : [];
    return {
      ...loaded,
      case: input,
      result: checkCase(input, loaded.avatar ? { ...options, avatar: loaded.avatar } : options),
      ...(waivers.length > 0 ? { waivers } : {}),
    };
  });
  const render = { json: renderJson, text: renderText, markdown: renderMarkdown }[format];
  io.stdout.write(
    render(checked, {
      lang,
      colour: format === "text" && useColour(io),
      now: io.now?.() ?? new Date(),
      version: packageVersion(),
    }),
  );
  return checked.some(({ result }) => hasError(result)) ? 1 : 0;
}

function hasError(result: CheckedCase["result"]): boolean {
  return result.findings.some((finding) => finding.severity === "error");
}

function problemLines(file: string, problems: readonly ConfigProblem[]): string[] {
  return problems.map(({ path, message }) => (path ? `${file}: ${path}: ${message}` : `${file}: ${message}`));
}

function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB").format(value);
}

/** The first MAX_PROBLEMS_SHOWN problems and a count of the rest ("… en 19.950 meer"). */
function capProblems(problems: readonly string[], lang: Language): string[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return [...problems];
  const rest = formatNumber(problems.length - MAX_PROBLEMS_SHOWN, lang);
  return [...problems.slice(0, MAX_PROBLEMS_SHOWN), lang === "nl" ? `… en ${rest} meer` : `… and ${rest} more`];
}

/** `size` is exact for a file; a stream was read only until it passed the limit (`readSoFar`). */
function tooLarge(label: string, size: number, lang: Language, readSoFar = false): BadInput {
  const limit = formatNumber(MAX_INPUT_BYTES, lang);
  const more = readSoFar ? (lang === "nl" ? " of meer" : " or more") : "";
  const actual = ` (${formatNumber(size, lang)} bytes${more})`;
  return new BadInput([
    lang === "nl"
      ? `${label}: te groot${actual}; hoogstens ${limit} bytes`
      : `${label}: too large${actual}; at most ${limit} bytes`,
  ]);
}

/** A file's or standard input's text, refused unread when it is larger than MAX_INPUT_BYTES. */
async function readText(file: string, io: CliIo, lang: Language): Promise<string> {
  if (file === "-") {
    let text: string;
    try {
      text = await io.readStdin(MAX_INPUT_BYTES);
    } catch (error) {
      if (error instanceof InputTooLarge) throw tooLarge(STDIN_LABEL, error.size, lang, true);
      throw error;
    }
    if (Buffer.byteLength(text) > MAX_INPUT_BYTES) throw tooLarge(STDIN_LABEL, Buffer.byteLength(text), lang);
    return text;
  }
  const path = resolve(io.cwd, file);
  const info = await stat(path);
  if (info.isFile()) {
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(file, info.size, lang);
    return await readFile(path, "utf8");
  }
  // A device or pipe (/dev/zero, a FIFO) has no size: read it as a stream, up to the limit.
  try {
    return await readStream(createReadStream(path), MAX_INPUT_BYTES);
  } catch (error) {
    if (error instanceof InputTooLarge) throw tooLarge(file, error.size, lang, true);
    throw error;
  }
}

async function readJson(file: string, io: CliIo, lang: Language): Promise<unknown> {
  let text: string;
  try {
    text = await readText(file, io, lang);
  } catch (error) {
    if (error instanceof BadInput) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new BadInput([`${file}: ${lang === "nl" ? "kan het bestand niet lezen" : "cannot read the file"} (${code})`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BadInput([
      `${file === "-" ? STDIN_LABEL : file}: ${lang === "nl" ? "ongeldige JSON" : "invalid JSON"}: ${detail}`,
    ]);
  }
}

export async function loadConfig(file: string, io: CliIo, lang: Language): Promise<OrgConfig> {
  const parsed = parseOrgConfig(await readJson(file, io, lang), lang);
  if (!parsed.ok) throw new BadInput(problemLines(file, parsed.problems));
  return parsed.config;
}

export interface LoadedCase {
  id: string;
  source: string;
  case: AnyCase;
  avatar?: AvatarAnalysis;
}

/**
 * One file's cases, validated, with accounts completed from the configuration and avatars
 * analysed. Problems of all cases are collected before the file is refused.
 */
export async function loadDocument(
  file: string,
  io: CliIo,
  config: OrgConfig | undefined,
  lang: Language,
): Promise<LoadedCase[]> {
  const label = file === "-" ? STDIN_LABEL : file;
  const json = await readJson(file, io, lang);
  const isArray = Array.isArray(json);
  // With a configuration an account may be partial; `resolveAccount` decides whether it is known.
  // The case's `kind` decides whether it holds a profile or a post (cli.md, "Posts and replies").
  const caseShape: z.ZodType<PartialAnyCase> = config ? partialAnyCaseSchema : anyCaseSchema;
  const parsed = isArray
    ? safeParseWithProblems(z.array(caseShape), json, lang)
    : safeParseWithProblems(
        caseShape.transform((single) => [single]),
        json,
        lang,
      );
  if (!parsed.ok) throw new BadInput(problemLines(label, parsed.problems));
  const documentCases = parsed.value;

  const baseDirectory = file === "-" ? io.cwd : dirname(resolve(io.cwd, file));
  const problems: string[] = [];
  const loaded: LoadedCase[] = [];
  for (const [index, partial] of documentCases.entries()) {
    const keyPath = (path: string) => formatPath([...(isArray ? [index] : []), ...path.split(".")]);
    const resolved = resolveAccount(partial, config);
    if (!resolved.ok) {
      problems.push(`${label}: ${keyPath("account")}: ${resolved.reason[lang]}`);
      continue;
    }
    const resolvedCase = resolved.case as AnyCase;
    const avatar =
      "profile" in resolvedCase ? await analyseAvatar(resolvedCase.profile.avatar, baseDirectory) : undefined;
    if (avatar && "problem" in avatar) {
      problems.push(`${label}: ${keyPath("profile.avatar")}: ${avatar.problem[lang]}`);
      continue;
    }
    loaded.push({
      id: partial.id ?? `${label}#${index}`,
      source: label,
      case: resolvedCase,
      ...(avatar ? { avatar: avatar.analysis } : {}),
    });
  }
  if (problems.length > 0) throw new BadInput(problems);
  return loaded;
}

/**
 * Undefined when the avatar is unknown (not checked). An empty path is a known absence of a
 * picture, so no logo. A file that cannot be used is bad input.
 */
async function analyseAvatar(
  avatar: string | null | undefined,
  baseDirectory: string,
): Promise<{ analysis: AvatarAnalysis } | { problem: { nl: string; en: string } } | undefined> {
  if (avatar === null || avatar === undefined) return undefined;
  if (avatar === "") return { analysis: { status: "analysed", detection: { outcome: "absent", confidence: 1 } } };
  const path = resolve(baseDirectory, avatar);
  const load = await loadAvatar(path);
  if (!load.ok) return { problem: { nl: `${avatar}: ${load.reason.nl}`, en: `${avatar}: ${load.reason.en}` } };
  return { analysis: { status: "analysed", detection: detectRijkslogo(load.image) } };
}

import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAvatar } from "../../cli/avatar";
import { runCli, tempDirectory } from "./helpers";

/** A PNG that declares its size but holds almost no pixel data: cheap to write, huge to decode. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function blank(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 240, g: 240, b: 240 } } });
}

let directory: string;

beforeAll(async () => {
  const png = await blank(400, 300).png().toBuffer();
  directory = tempDirectory({
    "blank.png": png,
    "blank.jpg": await blank(64, 64).jpeg().toBuffer(),
    "blank.webp": await blank(64, 64).webp().toBuffer(),
    "grey.png": await blank(32, 32).greyscale().png().toBuffer(),
    "truncated.png": png.subarray(0, Math.floor(png.length / 2)),
    "empty.png": "",
    "huge.png": pngHeaderOnly(20000, 20000),
    "image.gif": await blank(16, 16).gif().toBuffer(),
    "image.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    "corporate.json": JSON.stringify({
      id: "corporate",
      account: { platform: "x", type: "corporate" },
      profile: { avatar: "blank.png" },
    }),
    "hybrid.json": JSON.stringify({
      id: "hybrid",
      account: { platform: "x", type: "hybrid" },
      profile: { avatar: "blank.webp" },
    }),
  });
});

describe("loadAvatar", () => {
  it("decodes PNG, JPEG and WebP to RGBA at most 256 px wide", async () => {
    for (const [name, width, height] of [
      ["blank.png", 256, 192],
      ["blank.jpg", 64, 64],
      ["blank.webp", 64, 64],
      ["grey.png", 32, 32],
    ] as const) {
      const load = await loadAvatar(`${directory}/${name}`);
      expect(load.ok && { width: load.image.width, height: load.image.height, bytes: load.image.data.length }).toEqual({
        width,
        height,
        bytes: width * height * 4,
      });
    }
  });

  it.each([
    ["truncated.png", /kan de png-afbeelding niet decoderen/],
    ["empty.png", /leeg bestand/],
    ["huge.png", /afbeelding te groot/],
    ["image.gif", /geen PNG, JPEG of WebP/],
    ["image.svg", /geen PNG, JPEG of WebP/],
    ["missing.png", /kan het bestand niet lezen \(ENOENT\)/],
  ])("refuses %s", async (name, reason) => {
    const load = await loadAvatar(`${directory}/${name}`);
    expect(load.ok).toBe(false);
    expect(load.ok ? "" : load.reason.nl).toMatch(reason);
  });
});

describe("profielcheck check with avatars", () => {
  it("analyses the avatar relative to the JSON file", async () => {
    const { code, stdout } = await runCli(["check", `${directory}/corporate.json`, "--format", "json"]);
    expect(code).toBe(1);
    const [entry] = JSON.parse(stdout);
    expect(entry.fields.avatar).toEqual({ status: "checked" });
    expect(entry.findings).toContainEqual(
      expect.objectContaining({ rule: "avatar/rijkslogo-required", severity: "error" }),
    );
  });

  it("finds no logo where none may be", async () => {
    const { code, stdout } = await runCli(["check", `${directory}/hybrid.json`, "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].fields.avatar).toEqual({ status: "checked" });
  });

  it("resolves an avatar on standard input against the working directory", async () => {
    const stdin = JSON.stringify({ account: { platform: "x", type: "hybrid" }, profile: { avatar: "blank.jpg" } });
    const { code } = await runCli(["check", "-"], { stdin, cwd: directory });
    expect(code).toBe(0);
  });

  it.each(["truncated.png", "empty.png", "huge.png", "image.svg", "missing.png"])(
    "exits 2 naming the case file and the image %s",
    async (avatar) => {
      const stdin = JSON.stringify([{ account: { platform: "x", type: "hybrid" }, profile: { avatar } }]);
      const { code, stdout, stderr } = await runCli(["check", "-"], { stdin, cwd: directory });
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(new RegExp(`^stdin: \\[0\\]\\.profile\\.avatar: ${avatar.replace(".", "\\.")}: `));
    },
  );
});

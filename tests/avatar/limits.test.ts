/**
 * Avatar limits shared by the command and the extension (issue 17, items 5 and 6): the size is
 * read from the header before decoding, the download stops at the byte limit, data: URLs get the
 * same limits, and redirects are not followed.
 */
import { readdirSync, readFileSync } from "node:fs";
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_AVATAR_BYTES, readImageHeader } from "@/rules/avatar/limits";
import { analyseAvatar } from "@/utils/avatar-analysis";

const FIXTURES = new URL("../fixtures/avatars/", import.meta.url);

/** A PNG signature and IHDR chunk declaring `width`×`height`: a few bytes that claim a huge image. */
function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

describe("readImageHeader", () => {
  const images = readdirSync(FIXTURES).filter((name) => /\.(png|jpg|webp)$/.test(name) && !/corrupt|empty/.test(name));

  it.each(images)("reads the size sharp reads from %s", async (name) => {
    const bytes = readFileSync(new URL(name, FIXTURES));
    const metadata = await sharp(bytes).metadata();
    expect(readImageHeader(bytes)).toMatchObject({ width: metadata.width, height: metadata.height });
  });

  it("reads a declared 20000×20000 without decoding anything", () => {
    expect(readImageHeader(pngHeader(20_000, 20_000))).toEqual({ format: "png", width: 20_000, height: 20_000 });
  });
});

describe("analyseAvatar in the background", () => {
  const decode = vi.fn(async () => {
    throw new Error("decoded");
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    decode.mockClear();
  });

  // Before the fix createImageBitmap decoded the image at full size first.
  it("refuses an image whose header declares too many pixels, before decoding it", async () => {
    vi.stubGlobal("createImageBitmap", decode);
    vi.stubGlobal("fetch", async () => new Response(pngHeader(20_000, 20_000)));
    const answer = await analyseAvatar("https://pbs.twimg.com/profile_images/1/huge.png");
    expect(answer).toMatchObject({ status: "unreadable", reason: { en: "Profile picture has an impossible size" } });
    expect(decode).not.toHaveBeenCalled();
  });

  it("stops the download once it passes the byte limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    vi.stubGlobal("createImageBitmap", decode);
    vi.stubGlobal("fetch", async () => new Response(endless));
    const answer = await analyseAvatar("https://pbs.twimg.com/profile_images/1/endless.png");
    expect(answer).toMatchObject({ status: "unreadable", reason: { en: "Profile picture is empty or too large" } });
    expect(pulled).toBeLessThanOrEqual(MAX_AVATAR_BYTES / (1024 * 1024) + 3);
  });

  it("gives a data: URL the same limits", async () => {
    vi.stubGlobal("createImageBitmap", decode);
    const huge = `data:image/png;base64,${Buffer.from(pngHeader(20_000, 20_000)).toString("base64")}`;
    expect(await analyseAvatar(huge)).toMatchObject({ reason: { en: "Profile picture has an impossible size" } });
    const long = `data:image/png;base64,${"A".repeat(Math.ceil((MAX_AVATAR_BYTES * 4) / 3) + 8)}`;
    expect(await analyseAvatar(long)).toMatchObject({ reason: { en: "Profile picture is empty or too large" } });
    expect(decode).not.toHaveBeenCalled();
  });

  it("does not follow redirects (they could leave the image host)", async () => {
    const fetchSpy = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.redirect !== "error") return new Response(pngHeader(10, 10));
      throw new TypeError("redirect mode is error");
    });
    vi.stubGlobal("fetch", fetchSpy);
    const answer = await analyseAvatar("https://pbs.twimg.com/profile_images/1/redirected.png");
    expect(fetchSpy).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ redirect: "error" }));
    expect(answer).toMatchObject({ reason: { en: "Profile picture could not be loaded" } });
  });
});

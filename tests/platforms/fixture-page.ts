/** Loading a saved fixture page into a document and reading it with an adapter (happy-dom). */
import { readFileSync } from "node:fs";
import type { FieldRead, PageSnapshot, PlatformAdapter } from "@/utils/platforms/types";

export const FIXTURE_DIR = "tests/fixtures/pages";

/**
 * The fixture as a document. Declarative shadow roots (`<template shadowrootmode="open">`, how the
 * fixtures show LinkedIn's `#interop-outlet`) are attached here, since DOMParser leaves them inert.
 */
export function fixtureDocument(fixture: string): Document {
  const html = readFileSync(`${FIXTURE_DIR}/${fixture}`, "utf8");
  const document = new DOMParser().parseFromString(html, "text/html");
  attachDeclarativeShadowRoots(document);
  return document;
}

export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>("template[shadowrootmode]"))) {
    const host = template.parentElement;
    if (!host) continue;
    const shadow = host.attachShadow({
      mode: template.getAttribute("shadowrootmode") === "closed" ? "closed" : "open",
    });
    shadow.innerHTML = template.innerHTML;
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export function readWith(adapter: PlatformAdapter, document: Document, url: string): PageSnapshot {
  const pageUrl = new URL(url);
  const kind = adapter.pageKind(pageUrl);
  if (!kind) throw new Error(`${url} is not a page the adapter handles`);
  return adapter.read(document, kind, pageUrl);
}

export function snapshotOf(adapter: PlatformAdapter, fixture: string, url: string): PageSnapshot {
  return readWith(adapter, fixtureDocument(fixture), url);
}

export function value<T>(read: FieldRead<T>): T {
  if (!read.found) throw new Error(`expected the field to be found, got: ${read.reason.en}`);
  return read.value;
}

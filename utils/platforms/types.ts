/**
 * What a platform adapter gives the live check: the profile fields as the page shows them, with
 * the element each came from (to mark it) or, when a field could not be read, why not.
 */

import type { PageKind } from "@/rules/platforms";
import type { Platform } from "@/rules/schema";
import type { Localized } from "@/rules/types";
import type { ReadOptions } from "./read";

export type { PageKind };

export type FieldRead<T> =
  | { found: true; value: T; element: HTMLElement | null }
  /** `unmatched`: nothing matched where the field should be; the panel then offers a page sketch. */
  | { found: false; reason: Localized; unmatched?: boolean };

export interface PageSnapshot {
  kind: PageKind;
  /** The account whose profile this is (on edit pages: the signed-in account). */
  handle: FieldRead<string>;
  displayName: FieldRead<string>;
  bio: FieldRead<string>;
  links: FieldRead<string[]>;
  /** The avatar's image URL (https on the platform's image host, or a blob:/data: preview). */
  avatar: FieldRead<string>;
  verified: FieldRead<boolean>;
}

export interface PlatformAdapter {
  platform: Platform;
  /** The kind of page at this URL, or null: the extension does no work on other pages. */
  pageKind(url: URL): PageKind | null;
  /** Reads the fields; `options.selectorOverrides` are tried before the built-in selectors. */
  read(document: Document, kind: PageKind, url: URL, options?: ReadOptions): PageSnapshot;
}

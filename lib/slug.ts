import slugify from "@sindresorhus/slugify";
import { SLUG_OPTIONS } from "@/db/slug-options";

/*
 * The one way text becomes a URL slug (company pages, listing addresses). Letters are
 * transliterated by @sindresorhus/slugify ("Société Générale" → societe-generale, "Ørsted"
 * → orsted, "Straße" → strasse, "Москва" → moskva, "Zürich" → zurich) with the options of
 * db/slug-options.ts, which the seed uses too.
 */

/** Lowercase a-z, 0-9 and single hyphens, at most `maxLength` characters (no hyphen at either end). */
export function toSlug(text: string, maxLength = 80): string {
  return slugify(text, SLUG_OPTIONS).slice(0, maxLength).replace(/-+$/, "");
}

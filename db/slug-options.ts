import type slugify from "@sindresorhus/slugify";

/**
 * How text becomes a URL slug: the options of @sindresorhus/slugify that lib/slug.ts (the
 * app's one slug function) and the seed (db/ cannot import lib/) both use. German umlauts
 * drop their dots as English addresses write them ("Zürich" → zurich, not the library's
 * default zuerich); "DevOps" stays one word.
 */
export const SLUG_OPTIONS = {
  decamelize: false,
  customReplacements: [
    ["ä", "a"],
    ["ö", "o"],
    ["ü", "u"],
    ["Ä", "A"],
    ["Ö", "O"],
    ["Ü", "U"],
  ],
} satisfies Parameters<typeof slugify>[1];

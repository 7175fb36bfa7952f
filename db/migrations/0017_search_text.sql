-- One normalization of search text, used by the stored vector, the query, suggestions and
-- the location filter (lib/search/text.ts mirrors it where TypeScript must, tested to agree).
-- unaccent ships with Postgres' contrib and with PGlite; no dictionary files are needed.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- Accents folded (Zürich -> zurich), "IT" in capitals kept as a word the english stop list
-- does not drop, lower case, and the trade's symbol words made into single tokens the
-- english parser keeps apart: C++ -> cplusplus, C# -> csharp, F# -> fsharp, .NET -> dotnet,
-- Objective-C -> objectivec, CI/CD -> cicd, A/B -> abtesting, Node.js -> nodejs.
-- IMMUTABLE so generated columns and indexes may use it: the unaccent dictionary is named
-- explicitly (schema-qualified), which is what makes that promise hold.
CREATE OR REPLACE FUNCTION ladder_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(regexp_replace(
           lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, t), '\mIT\M', 'infotech', 'g')),
         '\mc\+\+', 'cplusplus', 'g'),
         '\mc#', 'csharp', 'g'),
         '\mf#', 'fsharp', 'g'),
         '\.net\M', ' dotnet', 'g'),
         '\mobjective-c\M', 'objectivec', 'g'),
         '\mci/cd\M', 'cicd', 'g'),
         '\ma/b\M', 'abtesting', 'g'),
         '([a-z0-9])\.js\M', '\1js', 'g')
  $$;
--> statement-breakpoint
-- ladder_fold over an array (skills.terms: a skill's name, slug and aliases, folded).
CREATE OR REPLACE FUNCTION ladder_fold_all(a text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(array_agg(DISTINCT ladder_fold(x)), '{}') FROM unnest(a) AS x $$;

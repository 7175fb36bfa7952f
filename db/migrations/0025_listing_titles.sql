-- listing_titles (db/schema.ts): every distinct title of a published listing, added to by
-- a statement-level trigger on jobs. Insert-only with ON CONFLICT DO NOTHING, so a title
-- already here takes no lock and writers do not wait on each other (no counter rows, which
-- an UPDATE would lock); titles are inserted in order within a statement. Titles that no
-- published listing has any more are removed by the daily prune (lib/maintenance/prune.ts),
-- and whether a title is open is read from jobs_published_title_idx when it is suggested.
CREATE FUNCTION ladder_listing_titles_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO listing_titles (title)
  SELECT DISTINCT r.title FROM ladder_new_jobs r WHERE r.status = 'published' ORDER BY r.title
  ON CONFLICT (title) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER jobs_listing_titles_insert AFTER INSERT ON jobs REFERENCING NEW TABLE AS ladder_new_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_listing_titles_add();
--> statement-breakpoint
CREATE TRIGGER jobs_listing_titles_update AFTER UPDATE ON jobs REFERENCING NEW TABLE AS ladder_new_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_listing_titles_add();
--> statement-breakpoint
INSERT INTO listing_titles (title) SELECT DISTINCT title FROM jobs WHERE status = 'published';

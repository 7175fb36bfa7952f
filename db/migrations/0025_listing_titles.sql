-- listing_titles and listing_title_counts (db/schema.ts) kept by statement-level triggers
-- on jobs, as open_job_counts is (0014): each statement adds the published rows it wrote
-- and subtracts those it replaced or removed, aggregated once per statement. An UPDATE
-- writes only the net change, so updates that keep a listing's title, status and closing
-- day write nothing here. Keys are upserted in a fixed order so concurrent writers take
-- their row locks in the same order.
CREATE FUNCTION ladder_listing_titles_delta() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO listing_title_counts AS c (title, closes_on, n)
    SELECT title, closes_on, count(*)::int FROM (
      SELECT r.title, coalesce((r.valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date) AS closes_on
      FROM ladder_new_jobs r WHERE r.status = 'published') x
    GROUP BY title, closes_on ORDER BY title, closes_on
    ON CONFLICT (title, closes_on) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO listing_title_counts AS c (title, closes_on, n)
    SELECT title, closes_on, -count(*)::int FROM (
      SELECT r.title, coalesce((r.valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date) AS closes_on
      FROM ladder_old_jobs r WHERE r.status = 'published') x
    GROUP BY title, closes_on ORDER BY title, closes_on
    ON CONFLICT (title, closes_on) DO UPDATE SET n = c.n + excluded.n;
  ELSE
    INSERT INTO listing_title_counts AS c (title, closes_on, n)
    SELECT title, closes_on, sum(d)::int FROM (
      SELECT r.title, coalesce((r.valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date) AS closes_on, -1 AS d
      FROM ladder_old_jobs r WHERE r.status = 'published'
      UNION ALL
      SELECT r.title, coalesce((r.valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date), 1
      FROM ladder_new_jobs r WHERE r.status = 'published') x
    GROUP BY title, closes_on HAVING sum(d) <> 0 ORDER BY title, closes_on
    ON CONFLICT (title, closes_on) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO listing_titles (title)
    SELECT DISTINCT r.title FROM ladder_new_jobs r WHERE r.status = 'published' ORDER BY r.title
    ON CONFLICT (title) DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER jobs_listing_titles_insert AFTER INSERT ON jobs REFERENCING NEW TABLE AS ladder_new_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_listing_titles_delta();
--> statement-breakpoint
CREATE TRIGGER jobs_listing_titles_update AFTER UPDATE ON jobs REFERENCING OLD TABLE AS ladder_old_jobs NEW TABLE AS ladder_new_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_listing_titles_delta();
--> statement-breakpoint
CREATE TRIGGER jobs_listing_titles_delete AFTER DELETE ON jobs REFERENCING OLD TABLE AS ladder_old_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_listing_titles_delta();
--> statement-breakpoint
INSERT INTO listing_title_counts (title, closes_on, n)
SELECT title, coalesce((valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date), count(*)::int
FROM jobs WHERE status = 'published' GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO listing_titles (title) SELECT DISTINCT title FROM jobs WHERE status = 'published';

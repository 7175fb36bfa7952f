-- open_job_counts (db/schema.ts) kept exact by statement-level triggers on jobs: each
-- INSERT, UPDATE or DELETE statement subtracts the published rows it replaced or removed
-- and adds the published rows it wrote, aggregated once per statement (a COPY of a million
-- listings is one aggregate, not a million row triggers). Keys are upserted in a fixed
-- order so concurrent writers take their row locks in the same order.
CREATE FUNCTION ladder_open_job_counts_delta() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO open_job_counts AS c (closes_on, kind, key, n)
    SELECT closes_on, kind, key, -count(*)::int FROM (
      SELECT coalesce((r.valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date) AS closes_on, k.kind, k.key
      FROM ladder_old_jobs r
      CROSS JOIN LATERAL (VALUES ('company', r.company_id::text), ('workplace', r.workplace::text),
        ('published', coalesce((r.published_at AT TIME ZONE 'UTC')::date::text, ''))) AS k(kind, key)
      WHERE r.status = 'published') x
    GROUP BY closes_on, kind, key ORDER BY closes_on, kind, key
    ON CONFLICT (closes_on, kind, key) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO open_job_counts AS c (closes_on, kind, key, n)
    SELECT closes_on, kind, key, count(*)::int FROM (
      SELECT coalesce((r.valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date) AS closes_on, k.kind, k.key
      FROM ladder_new_jobs r
      CROSS JOIN LATERAL (VALUES ('company', r.company_id::text), ('workplace', r.workplace::text),
        ('published', coalesce((r.published_at AT TIME ZONE 'UTC')::date::text, ''))) AS k(kind, key)
      WHERE r.status = 'published') x
    GROUP BY closes_on, kind, key ORDER BY closes_on, kind, key
    ON CONFLICT (closes_on, kind, key) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER jobs_open_counts_insert AFTER INSERT ON jobs REFERENCING NEW TABLE AS ladder_new_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_open_job_counts_delta();
--> statement-breakpoint
CREATE TRIGGER jobs_open_counts_update AFTER UPDATE ON jobs REFERENCING OLD TABLE AS ladder_old_jobs NEW TABLE AS ladder_new_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_open_job_counts_delta();
--> statement-breakpoint
CREATE TRIGGER jobs_open_counts_delete AFTER DELETE ON jobs REFERENCING OLD TABLE AS ladder_old_jobs
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_open_job_counts_delta();
--> statement-breakpoint
INSERT INTO open_job_counts (closes_on, kind, key, n)
SELECT closes_on, kind, key, count(*)::int FROM (
  SELECT coalesce((r.valid_through AT TIME ZONE 'UTC')::date, 'infinity'::date) AS closes_on, k.kind, k.key
  FROM jobs r
  CROSS JOIN LATERAL (VALUES ('company', r.company_id::text), ('workplace', r.workplace::text),
    ('published', coalesce((r.published_at AT TIME ZONE 'UTC')::date::text, ''))) AS k(kind, key)
  WHERE r.status = 'published') x
GROUP BY closes_on, kind, key;

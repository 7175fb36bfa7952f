-- 0018 dropped and re-added search_vector and place (their expressions changed), which
-- dropped their indexes; drizzle-kit's snapshot still lists them, so it did not re-create
-- them. Same names and definitions as 0000/0001.
CREATE INDEX IF NOT EXISTS "jobs_search_vector_idx" ON "jobs" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "jobs_place_trgm_idx" ON "jobs" USING gin ("place" gin_trgm_ops);

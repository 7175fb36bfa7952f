DROP INDEX "jobs_published_order_idx";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "place" text GENERATED ALWAYS AS (location || ' ' || coalesce(country, '')) STORED;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "salary_top_usd" integer GENERATED ALWAYS AS (round(coalesce(salary_max, salary_min)::numeric
      * CASE salary_period WHEN 'hour' THEN 2080 WHEN 'day' THEN 260 WHEN 'week' THEN 52 WHEN 'month' THEN 12 ELSE 1 END
      * CASE salary_currency WHEN 'EUR' THEN 1.08 WHEN 'GBP' THEN 1.27 WHEN 'CAD' THEN 0.73 WHEN 'AUD' THEN 0.66 WHEN 'INR' THEN 0.012 ELSE 1 END)::integer) STORED;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "skill_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
CREATE INDEX "jobs_published_search_idx" ON "jobs" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"valid_through","workplace","level","employment_type","company_id","role_family","salary_top_usd","skill_ids") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "jobs_published_salary_idx" ON "jobs" USING btree ("salary_top_usd" DESC NULLS LAST,"id" DESC NULLS FIRST) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "jobs_skill_ids_idx" ON "jobs" USING gin ("skill_ids");--> statement-breakpoint
CREATE INDEX "jobs_place_trgm_idx" ON "jobs" USING gin ("place" gin_trgm_ops);
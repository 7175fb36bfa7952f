CREATE TABLE "listing_titles" (
	"title" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "jobs_title_trgm_idx";--> statement-breakpoint
DROP INDEX "jobs_published_search_idx";--> statement-breakpoint
CREATE INDEX "listing_titles_trgm_idx" ON "listing_titles" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "jobs_published_title_idx" ON "jobs" USING btree ("title","valid_through") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "jobs_published_search_idx" ON "jobs" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"valid_through","workplace","level","employment_type","company_id","role_family","salary_top_usd","skill_ids","place") WHERE status = 'published';
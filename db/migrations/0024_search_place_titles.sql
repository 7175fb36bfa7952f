CREATE TABLE "listing_title_counts" (
	"title" text NOT NULL,
	"closes_on" date NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "listing_title_counts_title_closes_on_pk" PRIMARY KEY("title","closes_on")
);
--> statement-breakpoint
CREATE TABLE "listing_titles" (
	"title" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "jobs_title_trgm_idx";--> statement-breakpoint
DROP INDEX "jobs_published_search_idx";--> statement-breakpoint
CREATE INDEX "listing_titles_trgm_idx" ON "listing_titles" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "jobs_published_search_idx" ON "jobs" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"valid_through","workplace","level","employment_type","company_id","role_family","salary_top_usd","skill_ids","place") WHERE status = 'published';
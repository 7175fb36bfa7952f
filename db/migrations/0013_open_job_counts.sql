CREATE TABLE "open_job_counts" (
	"closes_on" date NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "open_job_counts_closes_on_kind_key_pk" PRIMARY KEY("closes_on","kind","key")
);
--> statement-breakpoint
CREATE INDEX "jobs_published_closing_idx" ON "jobs" USING btree ("valid_through","company_id","workplace","published_at") WHERE status = 'published';
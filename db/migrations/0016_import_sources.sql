CREATE TYPE "public"."import_source_kind" AS ENUM('greenhouse', 'lever', 'ashby', 'jsonld');--> statement-breakpoint
CREATE TABLE "import_sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"company_id" integer NOT NULL,
	"kind" "import_source_kind" NOT NULL,
	"locator" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_sync_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_counts" jsonb,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "role_family" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "pay_as_reported" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "source_id" integer;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "source_url" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "source_hash" text;--> statement-breakpoint
ALTER TABLE "import_sources" ADD CONSTRAINT "import_sources_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "import_sources_kind_locator_idx" ON "import_sources" USING btree ("kind","locator");--> statement-breakpoint
CREATE INDEX "import_sources_company_id_index" ON "import_sources" USING btree ("company_id");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_source_id_import_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."import_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_source_external_idx" ON "jobs" USING btree ("source_id","external_id");
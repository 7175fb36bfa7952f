CREATE TYPE "public"."slug_kind" AS ENUM('company', 'job');--> statement-breakpoint
CREATE TABLE "slug_redirects" (
	"kind" "slug_kind" NOT NULL,
	"old_slug" text NOT NULL,
	"target_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slug_redirects_kind_old_slug_pk" PRIMARY KEY("kind","old_slug")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "saved_searches_user_query_idx" ON "saved_searches" USING btree ("user_id",md5("query"));
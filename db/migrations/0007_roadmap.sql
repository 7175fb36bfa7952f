CREATE TYPE "public"."milestone_kind" AS ENUM('skill', 'topic', 'certification', 'project');--> statement-breakpoint
CREATE TYPE "public"."milestone_status" AS ENUM('todo', 'learning', 'done', 'skipped');--> statement-breakpoint
CREATE TABLE "roadmap_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roadmap_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"guide_id" integer NOT NULL,
	"slug" text NOT NULL,
	"level" "job_level" NOT NULL,
	"area" text NOT NULL,
	"position" integer NOT NULL,
	"kind" "milestone_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"skill_id" integer,
	"url" text,
	CONSTRAINT "roadmap_milestones_skill_kind" CHECK (("roadmap_milestones"."kind" = 'skill') = ("roadmap_milestones"."skill_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "roadmap_progress" (
	"user_id" text NOT NULL,
	"milestone_id" integer NOT NULL,
	"status" "milestone_status" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_progress_user_id_milestone_id_pk" PRIMARY KEY("user_id","milestone_id")
);
--> statement-breakpoint
CREATE TABLE "roadmap_shares" (
	"user_id" text NOT NULL,
	"guide_id" integer NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_shares_user_id_guide_id_pk" PRIMARY KEY("user_id","guide_id"),
	CONSTRAINT "roadmap_shares_token_unique" UNIQUE("token")
);
--> statement-breakpoint
ALTER TABLE "roadmap_milestones" ADD CONSTRAINT "roadmap_milestones_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_milestones" ADD CONSTRAINT "roadmap_milestones_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_progress" ADD CONSTRAINT "roadmap_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_progress" ADD CONSTRAINT "roadmap_progress_milestone_id_roadmap_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."roadmap_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_shares" ADD CONSTRAINT "roadmap_shares_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_shares" ADD CONSTRAINT "roadmap_shares_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roadmap_milestones_guide_id_slug_index" ON "roadmap_milestones" USING btree ("guide_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "roadmap_milestones_guide_id_skill_id_index" ON "roadmap_milestones" USING btree ("guide_id","skill_id");--> statement-breakpoint
CREATE INDEX "roadmap_milestones_skill_id_index" ON "roadmap_milestones" USING btree ("skill_id");
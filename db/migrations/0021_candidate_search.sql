CREATE TABLE "candidate_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "candidate_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"recruiter_id" text,
	"company_id" integer NOT NULL,
	"candidate_id" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "workplace_preference" "workplace";--> statement-breakpoint
ALTER TABLE "candidate_messages" ADD CONSTRAINT "candidate_messages_recruiter_id_users_id_fk" FOREIGN KEY ("recruiter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_messages" ADD CONSTRAINT "candidate_messages_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_messages" ADD CONSTRAINT "candidate_messages_candidate_id_users_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_messages_candidate_id_created_at_index" ON "candidate_messages" USING btree ("candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "candidate_messages_recruiter_id_created_at_index" ON "candidate_messages" USING btree ("recruiter_id","created_at");--> statement-breakpoint
CREATE INDEX "candidate_messages_company_id_created_at_index" ON "candidate_messages" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "user_skills_skill_id_user_id_index" ON "user_skills" USING btree ("skill_id","user_id");--> statement-breakpoint
CREATE INDEX "users_public_seekers_idx" ON "users" USING btree ("created_at","id") WHERE profile_visibility = 'public' and role = 'seeker';
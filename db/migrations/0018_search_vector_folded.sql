ALTER TABLE "jobs" drop column "place";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "place" text GENERATED ALWAYS AS (ladder_fold(location || ' ' || coalesce(country, ''))) STORED;--> statement-breakpoint
ALTER TABLE "jobs" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', ladder_fold(title)), 'A')
        || setweight(to_tsvector('english', ladder_fold(skills_text)), 'B')
        || setweight(to_tsvector('english', ladder_fold(company_name)), 'C')
        || setweight(to_tsvector('english', ladder_fold(left(description, 20000))), 'D')) STORED;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "skills" ADD COLUMN "terms" text[] GENERATED ALWAYS AS (ladder_fold_all(array[name, replace(slug, '-', ' ')] || aliases)) STORED NOT NULL;
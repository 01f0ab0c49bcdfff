-- search_words (the vector without positions or weights) takes over the GIN indexes, and
-- search_open (title and summary alone) decides for members-only rows; both are small and
-- kept in the row (STORAGE MAIN, set in the same statement so the rows written now get it),
-- so that search reads them without a trip to TOAST, where search_vector lives.
DROP INDEX "events_search_idx";
--> statement-breakpoint
DROP INDEX "posts_search_idx";
--> statement-breakpoint
DROP INDEX "videos_search_idx";
--> statement-breakpoint
ALTER TABLE "events"
  ADD COLUMN "search_words" "tsvector" GENERATED ALWAYS AS (strip(setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C'))) STORED,
  ALTER COLUMN "search_words" SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE "posts"
  ADD COLUMN "search_words" "tsvector" GENERATED ALWAYS AS (strip(setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C'))) STORED,
  ADD COLUMN "search_open" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')) STORED,
  ALTER COLUMN "search_words" SET STORAGE MAIN,
  ALTER COLUMN "search_open" SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE "videos"
  ADD COLUMN "search_words" "tsvector" GENERATED ALWAYS AS (strip(setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C'))) STORED,
  ADD COLUMN "search_open" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')) STORED,
  ALTER COLUMN "search_words" SET STORAGE MAIN,
  ALTER COLUMN "search_open" SET STORAGE MAIN;
--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search_words");
--> statement-breakpoint
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search_words");
--> statement-breakpoint
CREATE INDEX "videos_search_idx" ON "videos" USING gin ("search_words");
--> statement-breakpoint
-- Finer statistics for search_words too, which search looks rows up by (see 0005).
ALTER TABLE "posts" ALTER COLUMN "search_words" SET STATISTICS 1000;--> statement-breakpoint
ANALYZE "posts";

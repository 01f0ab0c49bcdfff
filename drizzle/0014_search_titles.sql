-- search_title (the title alone) with its own GIN index: search takes every item whose title
-- matches as a candidate for ranking, however old, besides the newest matches it ranks today
-- (lib/content/search.ts). Small, and kept in the row like search_words (STORAGE MAIN, set in
-- the same statement so the rows written now get it).
ALTER TABLE "events"
  ADD COLUMN "search_title" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A')) STORED,
  ALTER COLUMN "search_title" SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE "posts"
  ADD COLUMN "search_title" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A')) STORED,
  ALTER COLUMN "search_title" SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE "videos"
  ADD COLUMN "search_title" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A')) STORED,
  ALTER COLUMN "search_title" SET STORAGE MAIN;
--> statement-breakpoint
CREATE INDEX "events_search_title_idx" ON "events" USING gin ("search_title");
--> statement-breakpoint
CREATE INDEX "posts_search_title_idx" ON "posts" USING gin ("search_title");
--> statement-breakpoint
CREATE INDEX "videos_search_title_idx" ON "videos" USING gin ("search_title");
--> statement-breakpoint
-- Finer statistics, as for search_words (0006): whether to look a title word up in its index
-- or to read the newest posts until enough titles hold it depends on how common the word is.
ALTER TABLE "posts" ALTER COLUMN "search_title" SET STATISTICS 1000;--> statement-breakpoint
ANALYZE "posts";

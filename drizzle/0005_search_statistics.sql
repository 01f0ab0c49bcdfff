-- Finer statistics for the search columns: with the default, every word or word pair outside
-- the most common few hundred is guessed to be in 500 rows, and PostgreSQL misjudges whether
-- to look a rare word up in its index or to read the newest rows until enough match.
ALTER TABLE "posts" ALTER COLUMN "search_vector" SET STATISTICS 1000;--> statement-breakpoint
ALTER TABLE "posts" ALTER COLUMN "search_pairs" SET STATISTICS 1000;--> statement-breakpoint
ANALYZE "posts";

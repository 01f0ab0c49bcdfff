-- Finer statistics for the pairs column (0006 does the same for search_words): with the
-- default, every word pair outside the most common few hundred is guessed to be in 500 rows,
-- and PostgreSQL misjudges whether to look it up in its index or to read the newest rows
-- until enough match.
ALTER TABLE "posts" ALTER COLUMN "search_pairs" SET STATISTICS 1000;--> statement-breakpoint
ANALYZE "posts";

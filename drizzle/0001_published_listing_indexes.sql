DROP INDEX "events_listing_idx";--> statement-breakpoint
DROP INDEX "posts_listing_idx";--> statement-breakpoint
DROP INDEX "videos_listing_idx";--> statement-breakpoint
CREATE INDEX "events_listing_idx" ON "events" USING btree ("starts_at","id") WHERE "events"."status" in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "posts_listing_idx" ON "posts" USING btree ("kind","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "posts"."status" in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "videos_listing_idx" ON "videos" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "videos"."status" in ('published', 'scheduled');
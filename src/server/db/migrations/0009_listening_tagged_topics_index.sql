DROP INDEX "mentions_topics_idx";--> statement-breakpoint
CREATE INDEX "mentions_topics_idx" ON "mentions" USING gin ("topic_ids") WHERE topic_ids <> '{}'::uuid[];
ALTER TABLE "listening_sources" ADD COLUMN "last_received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspace_tokens" ADD COLUMN "source_id" uuid;--> statement-breakpoint
ALTER TABLE "workspace_tokens" ADD CONSTRAINT "workspace_tokens_source_id_listening_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."listening_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Every existing token gets its webhook source (named after it, paused when the token is revoked).
WITH created AS (
	INSERT INTO "listening_sources" ("workspace_id", "kind", "name", "config", "enabled", "created_at", "created_by")
	SELECT "workspace_id", 'webhook', "name", jsonb_build_object('kind', 'webhook', 'tokenId', "id"), "revoked_at" IS NULL, "created_at", "created_by"
	FROM "workspace_tokens"
	WHERE "source_id" IS NULL
	RETURNING "id", "config"
)
UPDATE "workspace_tokens" SET "source_id" = created."id" FROM created WHERE created."config"->>'tokenId' = "workspace_tokens"."id"::text;
--> statement-breakpoint
-- Webhook mentions stored before had no source. Where a workspace has only ever had one token they
-- can only have come through it; with several, which one sent what is not known, and they stay without.
UPDATE "mentions" SET "source_id" = t."source_id"
FROM "workspace_tokens" t
WHERE "mentions"."source_id" IS NULL
	AND "mentions"."source_kind" = 'webhook'
	AND t."workspace_id" = "mentions"."workspace_id"
	AND (SELECT count(*) FROM "workspace_tokens" o WHERE o."workspace_id" = t."workspace_id") = 1;
--> statement-breakpoint
UPDATE "listening_sources" s SET "last_received_at" = (SELECT max(m."created_at") FROM "mentions" m WHERE m."source_id" = s."id")
WHERE s."kind" = 'webhook';

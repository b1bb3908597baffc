CREATE TABLE "mention_channel_totals" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"day" date NOT NULL,
	"sentiment" text NOT NULL,
	"mentions" integer NOT NULL,
	"reach" bigint NOT NULL,
	CONSTRAINT "mention_channel_totals_workspace_id_topic_id_channel_day_sentiment_pk" PRIMARY KEY("workspace_id","topic_id","channel","day","sentiment")
);
--> statement-breakpoint
CREATE TABLE "mention_language_totals" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"language" text NOT NULL,
	"day" date NOT NULL,
	"sentiment" text NOT NULL,
	"mentions" integer NOT NULL,
	"reach" bigint NOT NULL,
	CONSTRAINT "mention_language_totals_workspace_id_topic_id_language_day_sentiment_pk" PRIMARY KEY("workspace_id","topic_id","language","day","sentiment")
);
--> statement-breakpoint
ALTER TABLE "mention_channel_totals" ADD CONSTRAINT "mention_channel_totals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_language_totals" ADD CONSTRAINT "mention_language_totals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Like mention_day_totals (0004): statement triggers on mention_daily_rollups apply each
-- statement's net change per topic, channel (or language), day and sentiment, whoever writes the
-- rollups (ingest, corrections, topic deletion, retention).
CREATE FUNCTION mention_place_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO mention_channel_totals AS t (workspace_id, topic_id, channel, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, channel, day, sentiment, -sum(mentions)::int, -sum(reach)::bigint FROM old_rows
    -- A workspace being deleted takes its totals with it; there is nothing to subtract from.
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = old_rows.workspace_id)
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, channel, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
    INSERT INTO mention_language_totals AS t (workspace_id, topic_id, language, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, language, day, sentiment, -sum(mentions)::int, -sum(reach)::bigint FROM old_rows
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = old_rows.workspace_id)
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, language, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO mention_channel_totals AS t (workspace_id, topic_id, channel, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, channel, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM new_rows GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, channel, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
    INSERT INTO mention_language_totals AS t (workspace_id, topic_id, language, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, language, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM new_rows GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, language, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mention_place_totals_on_insert AFTER INSERT ON mention_daily_rollups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_place_totals_apply();
--> statement-breakpoint
CREATE TRIGGER mention_place_totals_on_update AFTER UPDATE ON mention_daily_rollups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_place_totals_apply();
--> statement-breakpoint
CREATE TRIGGER mention_place_totals_on_delete AFTER DELETE ON mention_daily_rollups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_place_totals_apply();
--> statement-breakpoint
INSERT INTO mention_channel_totals (workspace_id, topic_id, channel, day, sentiment, mentions, reach)
SELECT workspace_id, topic_id, channel, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM mention_daily_rollups GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO mention_language_totals (workspace_id, topic_id, language, day, sentiment, mentions, reach)
SELECT workspace_id, topic_id, language, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM mention_daily_rollups GROUP BY 1, 2, 3, 4, 5;

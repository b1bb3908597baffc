-- mention_day_totals follows mention_daily_rollups, whoever writes them (ingest, corrections,
-- topic deletion): statement triggers apply each statement's net change per topic, day and
-- sentiment, so ingest pays one small upsert per statement, not one per row.
CREATE FUNCTION mention_day_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO mention_day_totals AS t (workspace_id, topic_id, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, day, sentiment, -sum(mentions)::int, -sum(reach)::bigint FROM old_rows
    -- A workspace being deleted takes its totals with it; there is nothing to subtract from.
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = old_rows.workspace_id)
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (workspace_id, topic_id, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO mention_day_totals AS t (workspace_id, topic_id, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM new_rows GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (workspace_id, topic_id, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mention_day_totals_on_insert AFTER INSERT ON mention_daily_rollups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_day_totals_apply();
--> statement-breakpoint
CREATE TRIGGER mention_day_totals_on_update AFTER UPDATE ON mention_daily_rollups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_day_totals_apply();
--> statement-breakpoint
CREATE TRIGGER mention_day_totals_on_delete AFTER DELETE ON mention_daily_rollups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_day_totals_apply();
--> statement-breakpoint
INSERT INTO mention_day_totals (workspace_id, topic_id, day, sentiment, mentions, reach)
SELECT workspace_id, topic_id, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM mention_daily_rollups GROUP BY 1, 2, 3, 4;

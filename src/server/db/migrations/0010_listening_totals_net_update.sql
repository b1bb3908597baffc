-- The totals triggers of 0004 and 0005, with one change: an UPDATE of daily rollups (ingest adding
-- to a day it already counted, a sentiment correction) applies its net change per total in one
-- upsert, instead of subtracting the old rows in one and adding the new rows in another, so each
-- total is written once, and not at all where the statement left it as it was.
CREATE OR REPLACE FUNCTION mention_day_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO mention_day_totals AS t (workspace_id, topic_id, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, day, sentiment, -sum(mentions)::int, -sum(reach)::bigint FROM old_rows
    -- A workspace being deleted takes its totals with it; there is nothing to subtract from.
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = old_rows.workspace_id)
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (workspace_id, topic_id, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO mention_day_totals AS t (workspace_id, topic_id, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM new_rows GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (workspace_id, topic_id, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  ELSE
    INSERT INTO mention_day_totals AS t (workspace_id, topic_id, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM (
      SELECT workspace_id, topic_id, day, sentiment, mentions, reach FROM new_rows
      UNION ALL
      SELECT workspace_id, topic_id, day, sentiment, -mentions, -reach FROM old_rows
    ) changed
    GROUP BY 1, 2, 3, 4
    HAVING sum(mentions) <> 0 OR sum(reach) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (workspace_id, topic_id, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION mention_place_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO mention_channel_totals AS t (workspace_id, topic_id, channel, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, channel, day, sentiment, -sum(mentions)::int, -sum(reach)::bigint FROM old_rows
    -- A workspace being deleted takes its totals with it; there is nothing to subtract from.
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = old_rows.workspace_id)
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, channel, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
    INSERT INTO mention_language_totals AS t (workspace_id, topic_id, language, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, language, day, sentiment, -sum(mentions)::int, -sum(reach)::bigint FROM old_rows
    -- A workspace being deleted takes its totals with it; there is nothing to subtract from.
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = old_rows.workspace_id)
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, language, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO mention_channel_totals AS t (workspace_id, topic_id, channel, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, channel, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM new_rows GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, channel, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
    INSERT INTO mention_language_totals AS t (workspace_id, topic_id, language, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, language, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM new_rows GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, language, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  ELSE
    INSERT INTO mention_channel_totals AS t (workspace_id, topic_id, channel, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, channel, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM (
      SELECT workspace_id, topic_id, channel, day, sentiment, mentions, reach FROM new_rows
      UNION ALL
      SELECT workspace_id, topic_id, channel, day, sentiment, -mentions, -reach FROM old_rows
    ) changed
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(mentions) <> 0 OR sum(reach) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, channel, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
    INSERT INTO mention_language_totals AS t (workspace_id, topic_id, language, day, sentiment, mentions, reach)
    SELECT workspace_id, topic_id, language, day, sentiment, sum(mentions)::int, sum(reach)::bigint FROM (
      SELECT workspace_id, topic_id, language, day, sentiment, mentions, reach FROM new_rows
      UNION ALL
      SELECT workspace_id, topic_id, language, day, sentiment, -mentions, -reach FROM old_rows
    ) changed
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(mentions) <> 0 OR sum(reach) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (workspace_id, topic_id, language, day, sentiment) DO UPDATE SET mentions = t.mentions + excluded.mentions, reach = t.reach + excluded.reach;
  END IF;
  RETURN NULL;
END $$;

CREATE TABLE "mention_term_month_changes" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"month" date NOT NULL,
	CONSTRAINT "mention_term_month_changes_workspace_id_month_topic_id_pk" PRIMARY KEY("workspace_id","month","topic_id")
);
--> statement-breakpoint
CREATE TABLE "mention_term_months" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"term" text NOT NULL,
	"mentions" integer NOT NULL,
	CONSTRAINT "mention_term_months_workspace_id_topic_id_month_kind_term_pk" PRIMARY KEY("workspace_id","topic_id","month","kind","term")
);
--> statement-breakpoint
ALTER TABLE "mention_term_month_changes" ADD CONSTRAINT "mention_term_month_changes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_term_months" ADD CONSTRAINT "mention_term_months_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A month's term summary (mention_term_months) is true to its day rows or absent: any statement
-- that changes a month's term rollups (ingest, late mentions, re-tagging, compaction, topic
-- deletion) drops the summary, so dashboards read that month day by day until compaction sums it
-- again, and notes the month in mention_term_month_changes for that. Ingest of today's mentions
-- finds no summary of the open month and a note already there: two index probes per statement.
CREATE FUNCTION mention_term_months_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The note first, then the summary: summarising takes them in this order too, so the two never deadlock.
  IF TG_OP = 'DELETE' THEN
    INSERT INTO mention_term_month_changes (workspace_id, topic_id, month)
    SELECT workspace_id, topic_id, month
    FROM (SELECT DISTINCT workspace_id, topic_id, date_trunc('month', day)::date AS month FROM old_rows) c
    -- A deleted topic or workspace leaves nothing to summarise.
    WHERE EXISTS (SELECT 1 FROM workspaces w WHERE w.id = c.workspace_id)
      AND (c.topic_id = '00000000-0000-0000-0000-000000000000' OR EXISTS (SELECT 1 FROM listening_topics t WHERE t.id = c.topic_id))
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
    DELETE FROM mention_term_months m
    USING (SELECT DISTINCT workspace_id, topic_id, date_trunc('month', day)::date AS month FROM old_rows) c
    WHERE m.workspace_id = c.workspace_id AND m.topic_id = c.topic_id AND m.month = c.month;
  ELSE
    INSERT INTO mention_term_month_changes (workspace_id, topic_id, month)
    SELECT DISTINCT workspace_id, topic_id, date_trunc('month', day)::date FROM new_rows
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
    DELETE FROM mention_term_months m
    USING (SELECT DISTINCT workspace_id, topic_id, date_trunc('month', day)::date AS month FROM new_rows) c
    WHERE m.workspace_id = c.workspace_id AND m.topic_id = c.topic_id AND m.month = c.month;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER mention_term_months_on_insert AFTER INSERT ON mention_term_rollups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_term_months_forget();
--> statement-breakpoint
CREATE TRIGGER mention_term_months_on_update AFTER UPDATE ON mention_term_rollups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_term_months_forget();
--> statement-breakpoint
CREATE TRIGGER mention_term_months_on_delete AFTER DELETE ON mention_term_rollups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_term_months_forget();
--> statement-breakpoint
-- Every month with term rollups is due; those over in every time zone are summarised now, as
-- term-months.service.ts does (100 = TERMS_KEPT_PER_MONTH), the rest when compaction next runs.
INSERT INTO mention_term_month_changes (workspace_id, topic_id, month)
SELECT DISTINCT workspace_id, topic_id, date_trunc('month', day)::date FROM mention_term_rollups;
--> statement-breakpoint
WITH due AS (
  DELETE FROM mention_term_month_changes
  WHERE (month + interval '1 month')::date <= (now() AT TIME ZONE 'UTC')::date - 2
  RETURNING workspace_id, topic_id, month
)
INSERT INTO mention_term_months (workspace_id, topic_id, month, kind, term, mentions)
SELECT workspace_id, topic_id, month, kind, term, mentions FROM (
  SELECT d.workspace_id, d.topic_id, d.month, r.kind, r.term, sum(r.mentions)::int AS mentions,
    row_number() OVER (PARTITION BY d.workspace_id, d.topic_id, d.month, r.kind ORDER BY sum(r.mentions) DESC, r.term) AS rank
  FROM due d
  JOIN mention_term_rollups r ON r.workspace_id = d.workspace_id AND r.topic_id = d.topic_id
    AND r.day >= d.month AND r.day < (d.month + interval '1 month')::date
  GROUP BY d.workspace_id, d.topic_id, d.month, r.kind, r.term
) ranked
WHERE rank <= 100;
--> statement-breakpoint
-- A dashboard filtered by a channel and a language reads the full rollup grain: this index puts
-- the filter first and carries the counts, so a year of lines is one index-only range instead of
-- every channel and language of every topic and day. Hand-written: Drizzle has no INCLUDE.
CREATE INDEX "mention_daily_rollups_place_idx" ON "mention_daily_rollups" ("workspace_id", "channel", "language", "topic_id", "day") INCLUDE ("sentiment", "mentions", "reach");

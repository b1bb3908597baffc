CREATE TABLE "listening_alert_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid,
	"kind" text NOT NULL,
	"factor" real NOT NULL,
	"min_mentions" integer NOT NULL,
	"webhook_url" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"day" date NOT NULL,
	"observed" integer NOT NULL,
	"baseline" real NOT NULL,
	"webhook_status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "listening_import_chunks" (
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "listening_import_chunks_import_id_seq_pk" PRIMARY KEY("import_id","seq")
);
--> statement-breakpoint
CREATE TABLE "listening_import_rejections" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"reason" text NOT NULL,
	"message" text NOT NULL,
	"excerpt" text NOT NULL,
	CONSTRAINT "listening_import_rejections_import_id_line_pk" PRIMARY KEY("import_id","line")
);
--> statement-breakpoint
CREATE TABLE "listening_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"format" text NOT NULL,
	"encoding" text,
	"mapping" jsonb,
	"options" jsonb NOT NULL,
	"status" text NOT NULL,
	"bytes_processed" bigint DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_duplicate" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "listening_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"retention_days" integer,
	"user_words" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"config" jsonb NOT NULL,
	"sealed_secret" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"poll_minutes" integer DEFAULT 30 NOT NULL,
	"status" text DEFAULT 'idle' NOT NULL,
	"last_error" text,
	"last_error_code" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"cursor" jsonb,
	"last_polled_at" timestamp with time zone,
	"next_poll_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "listening_topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"competitor_id" uuid,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mention_daily_rollups" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"sentiment" text NOT NULL,
	"mentions" integer NOT NULL,
	"reach" bigint NOT NULL,
	CONSTRAINT "mention_daily_rollups_workspace_id_topic_id_day_channel_language_sentiment_pk" PRIMARY KEY("workspace_id","topic_id","day","channel","language","sentiment")
);
--> statement-breakpoint
CREATE TABLE "mention_day_totals" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"day" date NOT NULL,
	"sentiment" text NOT NULL,
	"mentions" integer NOT NULL,
	"reach" bigint NOT NULL,
	CONSTRAINT "mention_day_totals_workspace_id_topic_id_day_sentiment_pk" PRIMARY KEY("workspace_id","topic_id","day","sentiment")
);
--> statement-breakpoint
CREATE TABLE "mention_term_rollups" (
	"workspace_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"term" text NOT NULL,
	"mentions" integer NOT NULL,
	CONSTRAINT "mention_term_rollups_workspace_id_topic_id_kind_day_term_pk" PRIMARY KEY("workspace_id","topic_id","kind","day","term")
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" uuid NOT NULL,
	"source_id" uuid,
	"source_kind" text NOT NULL,
	"external_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"text" text NOT NULL,
	"language" text NOT NULL,
	"channel" text NOT NULL,
	"author" text DEFAULT '' NOT NULL,
	"url" text,
	"published_at" timestamp with time zone NOT NULL,
	"reach" integer DEFAULT 0 NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"shares" integer DEFAULT 0 NOT NULL,
	"comments" integer DEFAULT 0 NOT NULL,
	"sentiment" text NOT NULL,
	"sentiment_score" real NOT NULL,
	"corrected_sentiment" text,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone,
	"topic_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sentiment_models" (
	"workspace_id" uuid NOT NULL,
	"language" text NOT NULL,
	"model" text NOT NULL,
	"corrections" integer NOT NULL,
	"held_out" integer NOT NULL,
	"accuracy" real,
	"baseline_accuracy" real,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sentiment_models_workspace_id_language_pk" PRIMARY KEY("workspace_id","language")
);
--> statement-breakpoint
CREATE TABLE "workspace_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "listening_alert_rules" ADD CONSTRAINT "listening_alert_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alert_rules" ADD CONSTRAINT "listening_alert_rules_topic_id_listening_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."listening_topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alerts" ADD CONSTRAINT "listening_alerts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_alerts" ADD CONSTRAINT "listening_alerts_rule_id_listening_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."listening_alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_import_chunks" ADD CONSTRAINT "listening_import_chunks_import_id_listening_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."listening_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_import_rejections" ADD CONSTRAINT "listening_import_rejections_import_id_listening_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."listening_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_imports" ADD CONSTRAINT "listening_imports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_imports" ADD CONSTRAINT "listening_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_settings" ADD CONSTRAINT "listening_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_sources" ADD CONSTRAINT "listening_sources_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_sources" ADD CONSTRAINT "listening_sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_topics" ADD CONSTRAINT "listening_topics_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_daily_rollups" ADD CONSTRAINT "mention_daily_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_day_totals" ADD CONSTRAINT "mention_day_totals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_term_rollups" ADD CONSTRAINT "mention_term_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_source_id_listening_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."listening_sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_models" ADD CONSTRAINT "sentiment_models_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_tokens" ADD CONSTRAINT "workspace_tokens_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_tokens" ADD CONSTRAINT "workspace_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listening_alert_rules_workspace_idx" ON "listening_alert_rules" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "listening_alerts_rule_day_unique" ON "listening_alerts" USING btree ("rule_id","day");--> statement-breakpoint
CREATE INDEX "listening_alerts_workspace_idx" ON "listening_alerts" USING btree ("workspace_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "listening_imports_workspace_idx" ON "listening_imports" USING btree ("workspace_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "listening_sources_workspace_idx" ON "listening_sources" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "listening_sources_due_idx" ON "listening_sources" USING btree ("next_poll_at");--> statement-breakpoint
CREATE INDEX "listening_topics_workspace_idx" ON "listening_topics" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentions_external_unique" ON "mentions" USING btree ("workspace_id","source_kind","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentions_content_unique" ON "mentions" USING btree ("workspace_id","content_hash");--> statement-breakpoint
CREATE INDEX "mentions_stream_idx" ON "mentions" USING btree ("workspace_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mentions_topics_idx" ON "mentions" USING gin ("topic_ids");--> statement-breakpoint
CREATE INDEX "mentions_corrected_idx" ON "mentions" USING btree ("workspace_id","corrected_at") WHERE corrected_at is not null;--> statement-breakpoint
CREATE INDEX "mentions_source_idx" ON "mentions" USING btree ("source_id") WHERE source_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_tokens_hash_unique" ON "workspace_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "workspace_tokens_workspace_idx" ON "workspace_tokens" USING btree ("workspace_id");
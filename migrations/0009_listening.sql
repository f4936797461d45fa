CREATE TABLE "listening_alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"series" text NOT NULL,
	"rule_id" uuid,
	"measure" text NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"observed" real NOT NULL,
	"expected" real NOT NULL,
	"strength" real NOT NULL,
	"explanation" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"crisis_id" uuid,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_buckets" (
	"series" text NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"items" integer NOT NULL,
	"negative" integer NOT NULL,
	"sentiment_sum" real NOT NULL,
	CONSTRAINT "listening_buckets_series_bucket_start_pk" PRIMARY KEY("series","bucket_start")
);
--> statement-breakpoint
CREATE TABLE "listening_detectors" (
	"series" text PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"judged_until" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"url" text,
	"title" text,
	"body" text NOT NULL,
	"author_name" text,
	"author_handle" text,
	"author_email" text,
	"member_id" uuid,
	"platform" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"language" text NOT NULL,
	"sentiment" real NOT NULL,
	"sentiment_label" text NOT NULL,
	"intent" text NOT NULL,
	"key_phrases" text[] NOT NULL,
	"explanation" jsonb NOT NULL,
	"rule_ids" uuid[] NOT NULL,
	"conversation_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body || ' ' || coalesce(author_name, '') || ' ' || coalesce(author_handle, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "listening_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"inbox_intents" text[] NOT NULL,
	"inbox_negative_below" real NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"query" text NOT NULL,
	"compiled" jsonb NOT NULL,
	"inbox" text NOT NULL,
	"alerts" boolean DEFAULT true NOT NULL,
	"sensitivity" text DEFAULT 'medium' NOT NULL,
	"min_volume" integer DEFAULT 5 NOT NULL,
	"cooldown_hours" integer DEFAULT 6 NOT NULL,
	"match_count" integer DEFAULT 0 NOT NULL,
	"rerun_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "listening_seen_signatures" (
	"digest" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_sources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"platform" text NOT NULL,
	"config" jsonb NOT NULL,
	"secrets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"poll_interval_minutes" integer DEFAULT 15 NOT NULL,
	"next_poll_at" timestamp with time zone,
	"last_polled_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"etag" text,
	"last_modified" text,
	"item_count" integer DEFAULT 0 NOT NULL,
	"last_item_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "listening_alerts_created_idx" ON "listening_alerts" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "listening_alerts_bucket_key" ON "listening_alerts" USING btree ("series","bucket_start");--> statement-breakpoint
CREATE INDEX "listening_buckets_time_idx" ON "listening_buckets" USING btree ("bucket_start");--> statement-breakpoint
CREATE UNIQUE INDEX "listening_items_dedupe_key" ON "listening_items" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "listening_items_published_idx" ON "listening_items" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "listening_items_source_idx" ON "listening_items" USING btree ("source_id","published_at");--> statement-breakpoint
CREATE INDEX "listening_items_rules_idx" ON "listening_items" USING gin ("rule_ids");--> statement-breakpoint
CREATE INDEX "listening_items_search_idx" ON "listening_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "listening_items_member_idx" ON "listening_items" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "listening_seen_signatures_time_idx" ON "listening_seen_signatures" USING btree ("seen_at");--> statement-breakpoint
INSERT INTO "listening_settings" ("id", "inbox_intents", "inbox_negative_below", "updated_at") VALUES (1, '{complaint,question}', -0.35, now()) ON CONFLICT DO NOTHING;

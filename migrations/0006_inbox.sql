CREATE TABLE "inbox_activity" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"data" jsonb NOT NULL,
	"once_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_agent_states" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"available" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_api_channels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"secrets" jsonb NOT NULL,
	"reply_url" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_conversations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"channel_ref" text NOT NULL,
	"subject" text NOT NULL,
	"member_id" uuid,
	"contact_name" text,
	"contact_address" text,
	"team_id" uuid,
	"assignee_id" uuid,
	"status" text NOT NULL,
	"snoozed_until" timestamp with time zone,
	"priority" text DEFAULT 'normal' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"sla_policy_id" uuid,
	"next_due_at" timestamp with time zone,
	"breached" boolean DEFAULT false NOT NULL,
	"check_at" timestamp with time zone,
	"route_trace" jsonb NOT NULL,
	"suggested_team_id" uuid,
	"suggestion_confidence" real,
	"deflected" boolean DEFAULT false NOT NULL,
	"escalated" boolean DEFAULT false NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"last_message_at" timestamp with time zone NOT NULL,
	"last_member_message_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_csat" (
	"token" text PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"member_id" uuid,
	"agent_id" uuid,
	"team_id" uuid,
	"channel" text NOT NULL,
	"rating" integer,
	"comment" text,
	"requested_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inbox_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"calendar" jsonb,
	"high_load_per_agent" integer DEFAULT 8 NOT NULL,
	"off_hours_message" text NOT NULL,
	"learned_routing" text DEFAULT 'suggest' NOT NULL,
	"apply_confidence" real DEFAULT 0.7 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"author_id" uuid,
	"author_name" text,
	"automated" boolean DEFAULT false NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text NOT NULL,
	"external_id" text,
	"delivery_status" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_raw_inbound" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"remote_address" text,
	"envelope_from" text,
	"raw_base64" text NOT NULL,
	"error" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_router_models" (
	"id" uuid PRIMARY KEY NOT NULL,
	"model" text NOT NULL,
	"examples" integer NOT NULL,
	"labels" integer NOT NULL,
	"trained_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_routing_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"conditions" jsonb NOT NULL,
	"actions" jsonb NOT NULL,
	"stop" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_saved_replies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_saved_views" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_scope_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"what" text NOT NULL,
	"old_value" text NOT NULL,
	"new_value" text NOT NULL,
	"agreed_by" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_seen_signatures" (
	"digest" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_shifts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_sla_policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"conditions" jsonb NOT NULL,
	"first_response_minutes" integer,
	"next_response_minutes" integer,
	"resolution_minutes" integer,
	"warn_before_minutes" jsonb NOT NULL,
	"business_hours" boolean DEFAULT true NOT NULL,
	"escalation" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"capacity" integer DEFAULT 10 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "inbox_teams" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"lead_id" uuid,
	"calendar" jsonb,
	"assignment" text DEFAULT 'manual' NOT NULL,
	"round_robin_cursor" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "link" text;--> statement-breakpoint
CREATE INDEX "inbox_activity_conversation_idx" ON "inbox_activity" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "inbox_activity_kind_idx" ON "inbox_activity" USING btree ("kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_activity_once_idx" ON "inbox_activity" USING btree ("conversation_id","once_key") WHERE "inbox_activity"."once_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_conversations_channel_ref_idx" ON "inbox_conversations" USING btree ("channel","channel_ref");--> statement-breakpoint
CREATE INDEX "inbox_conversations_status_idx" ON "inbox_conversations" USING btree ("status","last_message_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbox_conversations_assignee_idx" ON "inbox_conversations" USING btree ("assignee_id","status","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbox_conversations_team_idx" ON "inbox_conversations" USING btree ("team_id","status","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbox_conversations_due_idx" ON "inbox_conversations" USING btree ("next_due_at") WHERE "inbox_conversations"."next_due_at" is not null;--> statement-breakpoint
CREATE INDEX "inbox_conversations_member_idx" ON "inbox_conversations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "inbox_conversations_check_idx" ON "inbox_conversations" USING btree ("check_at") WHERE "inbox_conversations"."check_at" is not null;--> statement-breakpoint
CREATE INDEX "inbox_csat_conversation_idx" ON "inbox_csat" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "inbox_messages_conversation_idx" ON "inbox_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_messages_external_idx" ON "inbox_messages" USING btree ("external_id") WHERE "inbox_messages"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "inbox_saved_views_user_idx" ON "inbox_saved_views" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "inbox_scope_changes_conversation_idx" ON "inbox_scope_changes" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "inbox_seen_signatures_time_idx" ON "inbox_seen_signatures" USING btree ("seen_at");--> statement-breakpoint
CREATE INDEX "inbox_shifts_time_idx" ON "inbox_shifts" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "inbox_team_members_user_idx" ON "inbox_team_members" USING btree ("user_id");
CREATE TABLE "listening_crises" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"severity" text DEFAULT 'high' NOT NULL,
	"rule_id" uuid,
	"alert_id" uuid,
	"since" timestamp with time zone NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"outcome" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_crisis_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"crisis_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_crisis_members" (
	"crisis_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "listening_crisis_members_crisis_id_user_id_pk" PRIMARY KEY("crisis_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "listening_statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"crisis_id" uuid NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"drafted_by" uuid NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"thread_id" uuid,
	"saved_reply_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "listening_crisis_events_crisis_idx" ON "listening_crisis_events" USING btree ("crisis_id","created_at");--> statement-breakpoint
CREATE INDEX "listening_statements_crisis_idx" ON "listening_statements" USING btree ("crisis_id");
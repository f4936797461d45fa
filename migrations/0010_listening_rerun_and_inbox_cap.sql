CREATE TABLE "listening_inbox_handoffs" (
	"rule_id" uuid NOT NULL,
	"hour_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "listening_inbox_handoffs_rule_id_hour_start_pk" PRIMARY KEY("rule_id","hour_start")
);
--> statement-breakpoint
ALTER TABLE "listening_settings" ADD COLUMN "inbox_per_rule_per_hour" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "listening_rules" ADD COLUMN "rerun_requested_at" timestamp with time zone;
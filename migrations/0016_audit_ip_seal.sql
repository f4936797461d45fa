ALTER TABLE "audit_events" ADD COLUMN "ip_seal" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_version" integer DEFAULT 1 NOT NULL;
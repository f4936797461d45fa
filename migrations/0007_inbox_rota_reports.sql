CREATE TABLE "inbox_coverage_alerts" (
	"key" text PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "inbox_conversations_created_idx" ON "inbox_conversations" USING btree ("created_at");--> statement-breakpoint
-- The promise a fresh install makes until someone changes it: complaints answered within 30 min,
-- community and social within 60, email within 4 business hours. Only where nobody set policies yet.
INSERT INTO "inbox_sla_policies" ("id", "name", "position", "conditions", "first_response_minutes", "next_response_minutes", "resolution_minutes", "warn_before_minutes", "business_hours", "escalation", "created_at")
SELECT v.id::uuid, v.name, v.position, v.conditions::jsonb, v.first_response, v.next_response, NULL, v.warn::jsonb, true, v.escalation::jsonb, now()
FROM (VALUES
  ('5a1a0000-0000-4000-8000-000000000001', 'Complaints: first response within 30 minutes', 0, '[{"field":"intent","op":"is","value":"complaint"}]', 30, 60, '[10,5]', '[{"afterMinutes":0,"action":"notify_lead"}]'),
  ('5a1a0000-0000-4000-8000-000000000002', 'Community and social: first response within 60 minutes', 1, '[{"field":"channel","op":"any_of","value":["forum","social","listening"]}]', 60, 120, '[15,5]', '[{"afterMinutes":0,"action":"notify_lead"}]'),
  ('5a1a0000-0000-4000-8000-000000000003', 'Email: first response within 4 business hours', 2, '[{"field":"channel","op":"is","value":"email"}]', 240, 480, '[30,10]', '[{"afterMinutes":0,"action":"notify_lead"}]')
) AS v(id, name, position, conditions, first_response, next_response, warn, escalation)
WHERE NOT EXISTS (SELECT 1 FROM "inbox_sla_policies");

DROP INDEX "inbox_conversations_status_idx";--> statement-breakpoint
DROP INDEX "inbox_conversations_assignee_idx";--> statement-breakpoint
DROP INDEX "inbox_conversations_team_idx";--> statement-breakpoint
CREATE INDEX "inbox_conversations_open_recent_idx" ON "inbox_conversations" USING btree ("last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "inbox_conversations"."status" in ('open', 'pending', 'snoozed');--> statement-breakpoint
CREATE INDEX "inbox_conversations_open_assignee_idx" ON "inbox_conversations" USING btree ("assignee_id","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "inbox_conversations"."status" in ('open', 'pending', 'snoozed');--> statement-breakpoint
CREATE INDEX "inbox_conversations_open_team_idx" ON "inbox_conversations" USING btree ("team_id","last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "inbox_conversations"."status" in ('open', 'pending', 'snoozed');--> statement-breakpoint
CREATE INDEX "inbox_conversations_unassigned_idx" ON "inbox_conversations" USING btree ("last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "inbox_conversations"."assignee_id" is null and "inbox_conversations"."status" = 'open';--> statement-breakpoint
CREATE INDEX "inbox_conversations_resolved_idx" ON "inbox_conversations" USING btree ("last_message_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "inbox_conversations"."status" = 'resolved';--> statement-breakpoint
CREATE INDEX "inbox_conversations_open_due_idx" ON "inbox_conversations" USING btree ("next_due_at") WHERE "inbox_conversations"."status" = 'open';
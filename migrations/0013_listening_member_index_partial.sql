DROP INDEX "listening_items_member_idx";--> statement-breakpoint
CREATE INDEX "listening_items_member_idx" ON "listening_items" USING btree ("member_id") WHERE member_id is not null;
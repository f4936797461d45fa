CREATE TABLE "listening_outreach" (
	"id" uuid PRIMARY KEY NOT NULL,
	"author_key" text NOT NULL,
	"item_id" uuid NOT NULL,
	"via" text NOT NULL,
	"message" text NOT NULL,
	"conversation_id" uuid,
	"thread_id" uuid,
	"status" text DEFAULT 'contacted' NOT NULL,
	"contacted_by" uuid NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "listening_outreach_author_key" ON "listening_outreach" USING btree ("author_key");
CREATE TABLE "member_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" text NOT NULL,
	"title" text NOT NULL,
	"excerpt" text DEFAULT '' NOT NULL,
	"link" text,
	"sentiment" real,
	"facts" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_identities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"platform" text DEFAULT '' NOT NULL,
	"value" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_merges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"into_id" uuid NOT NULL,
	"from_id" uuid NOT NULL,
	"by_user_id" uuid,
	"reason" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" uuid
);
--> statement-breakpoint
CREATE TABLE "member_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_segments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"filter" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"merged_into" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"last_active_at" timestamp with time zone NOT NULL,
	"stage" text DEFAULT 'newcomer' NOT NULL,
	"stage_reason" text DEFAULT '' NOT NULL,
	"stage_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "member_activities_ref_key" ON "member_activities" USING btree ("kind","ref_id");--> statement-breakpoint
CREATE INDEX "member_activities_timeline_idx" ON "member_activities" USING btree ("member_id","at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "member_identities_value_key" ON "member_identities" USING btree ("kind","platform","value");--> statement-breakpoint
CREATE INDEX "member_identities_member_idx" ON "member_identities" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_identities_value_trgm_idx" ON "member_identities" USING gin ("value" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "member_merges_into_idx" ON "member_merges" USING btree ("into_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "member_notes_member_idx" ON "member_notes" USING btree ("member_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "member_segments_name_key" ON "member_segments" USING btree ("name");--> statement-breakpoint
CREATE INDEX "members_merged_into_idx" ON "members" USING btree ("merged_into") WHERE merged_into is not null;--> statement-breakpoint
CREATE INDEX "members_active_idx" ON "members" USING btree ("last_active_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "members_name_trgm_idx" ON "members" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_tags_idx" ON "members" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "members_stage_idx" ON "members" USING btree ("stage","last_active_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE merged_into is null;
CREATE TABLE "story_reactions" (
	"story_id" text NOT NULL,
	"reactor" text NOT NULL,
	"reaction" text NOT NULL,
	"created_at" text NOT NULL,
	CONSTRAINT "story_reactions_story_id_reactor_reaction_pk" PRIMARY KEY("story_id","reactor","reaction")
);
--> statement-breakpoint
ALTER TABLE "story_reactions" ADD CONSTRAINT "story_reactions_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_message_ref_idx" ON "deliveries" USING btree ("message_ref");
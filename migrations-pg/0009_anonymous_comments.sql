-- Anonymous comments on pulse statements, as SQLite's 0009: random or hashed keys, no serial id. The
-- heap keeps write order and transaction ids, so each new comment rewrites its statement's threads and
-- author hashes in key order (src/storage/pg/comment-repository.ts).
CREATE TABLE "comment_authors" (
	"pulse_id" text NOT NULL,
	"question_id" text NOT NULL,
	"author_hash" text NOT NULL,
	CONSTRAINT "comment_authors_pulse_id_question_id_author_hash_pk" PRIMARY KEY("pulse_id","question_id","author_hash")
);
--> statement-breakpoint
CREATE TABLE "comment_contacts" (
	"thread_id" text PRIMARY KEY NOT NULL,
	"person_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comment_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"thread_id" text NOT NULL,
	"side" text NOT NULL,
	"lead_key" text,
	"text" text NOT NULL,
	"at" text NOT NULL,
	CONSTRAINT "comment_messages_side_check" CHECK (side = 'lead' OR lead_key IS NULL)
);
--> statement-breakpoint
CREATE TABLE "comment_threads" (
	"id" text PRIMARY KEY NOT NULL,
	"pulse_id" text NOT NULL,
	"question_id" text NOT NULL,
	"text" text NOT NULL,
	"created_on" text NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"ended" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_authors" ADD CONSTRAINT "comment_authors_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_contacts" ADD CONSTRAINT "comment_contacts_thread_id_comment_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."comment_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_messages" ADD CONSTRAINT "comment_messages_thread_id_comment_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."comment_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_threads" ADD CONSTRAINT "comment_threads_pulse_id_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."pulses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_messages_thread_idx" ON "comment_messages" USING btree ("thread_id","at");--> statement-breakpoint
CREATE INDEX "comment_threads_pulse_idx" ON "comment_threads" USING btree ("pulse_id","question_id");
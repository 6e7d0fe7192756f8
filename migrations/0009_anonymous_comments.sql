-- Anonymous comments on pulse statements. Privacy: every table is WITHOUT ROWID with random or
-- hashed keys, so neither a rowid nor the physical order follows insertion (the n-th thread cannot be
-- matched with the n-th vote or contact). pulse_answers.comment stays unused.
CREATE TABLE `comment_authors` (
	`pulse_id` text NOT NULL,
	`question_id` text NOT NULL,
	`author_hash` text NOT NULL,
	PRIMARY KEY(`pulse_id`, `question_id`, `author_hash`),
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `comment_contacts` (
	`thread_id` text PRIMARY KEY NOT NULL,
	`person_key` text NOT NULL,
	FOREIGN KEY (`thread_id`) REFERENCES `comment_threads`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `comment_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`thread_id` text NOT NULL,
	`side` text NOT NULL,
	`lead_key` text,
	`text` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`thread_id`) REFERENCES `comment_threads`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "comment_messages_side_check" CHECK(side = 'lead' OR lead_key IS NULL)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `comment_messages_thread_idx` ON `comment_messages` (`thread_id`,`at`);--> statement-breakpoint
CREATE TABLE `comment_threads` (
	`id` text PRIMARY KEY NOT NULL,
	`pulse_id` text NOT NULL,
	`question_id` text NOT NULL,
	`text` text NOT NULL,
	`created_on` text NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`ended` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `comment_threads_pulse_idx` ON `comment_threads` (`pulse_id`,`question_id`);
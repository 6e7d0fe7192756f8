CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_key` text,
	`action` text NOT NULL,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dedupe_key` text NOT NULL,
	`target_platform` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`lease_until` text,
	`last_error` text,
	`message_ref` text,
	`created_at` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_dedupe_target_idx` ON `deliveries` (`dedupe_key`,`target_platform`,`target_kind`,`target_id`);--> statement-breakpoint
CREATE INDEX `deliveries_status_next_attempt_idx` ON `deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `feed_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_platform` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`message` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_entries_idempotency_key_unique` ON `feed_entries` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `feed_entries_target_idx` ON `feed_entries` (`target_kind`,`target_id`,`id`);--> statement-breakpoint
CREATE TABLE `monthly_aggregates` (
	`month` text NOT NULL,
	`question_id` text NOT NULL,
	`sector` text,
	`n` integer NOT NULL,
	`sum` integer NOT NULL,
	`counts` text NOT NULL,
	PRIMARY KEY(`month`, `question_id`, `sector`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_aggregates_all_sectors_idx` ON `monthly_aggregates` (`month`,`question_id`) WHERE sector IS NULL;--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` text PRIMARY KEY NOT NULL,
	`nominator_key` text NOT NULL,
	`nominee_kind` text NOT NULL,
	`nominee_key` text,
	`team_name` text,
	`dimension` text NOT NULL,
	`reason` text NOT NULL,
	`sectors` text NOT NULL,
	`status` text NOT NULL,
	`recognised_by_key` text,
	`created_at` text NOT NULL,
	`decided_at` text
);
--> statement-breakpoint
CREATE INDEX `nominations_created_at_idx` ON `nominations` (`created_at`);--> statement-breakpoint
CREATE INDEX `nominations_nominator_idx` ON `nominations` (`nominator_key`);--> statement-breakpoint
CREATE INDEX `nominations_nominee_idx` ON `nominations` (`nominee_key`);--> statement-breakpoint
CREATE TABLE `occurrences` (
	`key` text PRIMARY KEY NOT NULL,
	`schedule_id` text NOT NULL,
	`kind` text NOT NULL,
	`scheduled_for` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `occurrences_schedule_idx` ON `occurrences` (`schedule_id`,`scheduled_for`);--> statement-breakpoint
CREATE TABLE `people` (
	`key` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`user_id` text NOT NULL,
	`display_name` text NOT NULL,
	`email` text,
	`sector` text,
	`locale` text,
	`paused` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_platform_user_idx` ON `people` (`platform`,`user_id`);--> statement-breakpoint
CREATE TABLE `pulse_answers` (
	`pulse_id` text NOT NULL,
	`question_id` text NOT NULL,
	`pseudonym` text NOT NULL,
	`value` integer NOT NULL,
	`comment` text,
	`sector` text,
	`answered_at` text NOT NULL,
	PRIMARY KEY(`pulse_id`, `question_id`, `pseudonym`),
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "pulse_answers_value_check" CHECK(value BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE `pulse_participation` (
	`pulse_id` text NOT NULL,
	`person_key` text NOT NULL,
	`answered_at` text NOT NULL,
	PRIMARY KEY(`pulse_id`, `person_key`),
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `pulses` (
	`id` text PRIMARY KEY NOT NULL,
	`occurrence_key` text,
	`question_ids` text NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`closed_at` text
);
--> statement-breakpoint
CREATE INDEX `pulses_closes_at_idx` ON `pulses` (`closes_at`);--> statement-breakpoint
CREATE TABLE `reflections` (
	`id` text PRIMARY KEY NOT NULL,
	`occurrence_key` text,
	`question_id` text NOT NULL,
	`kind` text NOT NULL,
	`author_key` text,
	`text` text NOT NULL,
	`try_next` text,
	`next_step_owner` text,
	`next_step_done_at` text,
	`sector` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reflections_created_at_idx` ON `reflections` (`created_at`);--> statement-breakpoint
CREATE INDEX `reflections_author_idx` ON `reflections` (`author_key`);--> statement-breakpoint
CREATE TABLE `schedule_state` (
	`schedule_id` text PRIMARY KEY NOT NULL,
	`watermark` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`author_key` text NOT NULL,
	`title` text NOT NULL,
	`what_changed` text NOT NULL,
	`who_benefits` text NOT NULL,
	`in_use` integer NOT NULL,
	`can_spread` integer NOT NULL,
	`sectors` text NOT NULL,
	`learned` text NOT NULL,
	`next_step_owner` text NOT NULL,
	`phase` text,
	`dimension` text,
	`reactions` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stories_created_at_idx` ON `stories` (`created_at`);--> statement-breakpoint
CREATE INDEX `stories_author_idx` ON `stories` (`author_key`);
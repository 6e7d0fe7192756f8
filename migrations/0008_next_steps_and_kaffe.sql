CREATE TABLE `kaffe_members` (
	`person_key` text PRIMARY KEY NOT NULL,
	`joined_at` text NOT NULL,
	`skip_next` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kaffe_pairs` (
	`id` text PRIMARY KEY NOT NULL,
	`round` text NOT NULL,
	`platform` text NOT NULL,
	`a_key` text,
	`b_key` text,
	`a_sector` text,
	`b_sector` text,
	`a_met` integer,
	`b_met` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `kaffe_pairs_round_idx` ON `kaffe_pairs` (`platform`,`round`);--> statement-breakpoint
CREATE INDEX `kaffe_pairs_a_idx` ON `kaffe_pairs` (`a_key`);--> statement-breakpoint
CREATE INDEX `kaffe_pairs_b_idx` ON `kaffe_pairs` (`b_key`);--> statement-breakpoint
CREATE TABLE `next_steps` (
	`reflection_id` text PRIMARY KEY NOT NULL,
	`owner_key` text,
	`text` text NOT NULL,
	`owner_text` text,
	`due_on` text NOT NULL,
	`reminded_at` text,
	`outcome` text,
	`learned` text,
	`answered_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`reflection_id`) REFERENCES `reflections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `next_steps_due_idx` ON `next_steps` (`due_on`);--> statement-breakpoint
CREATE INDEX `next_steps_owner_idx` ON `next_steps` (`owner_key`);
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
CREATE INDEX `kaffe_pairs_b_idx` ON `kaffe_pairs` (`b_key`);
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
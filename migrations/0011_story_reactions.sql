CREATE TABLE `story_reactions` (
	`story_id` text NOT NULL,
	`reactor` text NOT NULL,
	`reaction` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`story_id`, `reactor`, `reaction`),
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade
);

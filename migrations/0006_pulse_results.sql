CREATE TABLE `pulse_results` (
	`pulse_id` text PRIMARY KEY NOT NULL,
	`due_at` text NOT NULL,
	`note` text,
	`noted_at` text,
	`shared_at` text,
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pulse_results_shared_due_idx` ON `pulse_results` (`shared_at`,`due_at`);
-- Participation by sector as it was at the time (not joined with the person's current sector), so a
-- move or an erasure never changes a past month. WITHOUT ROWID: no insertion order to read. Pulses
-- answered before this migration are counted from their participation by `runMigrations`.
CREATE TABLE `pulse_respondents` (
	`pulse_id` text NOT NULL,
	`sector` text NOT NULL,
	`respondents` integer NOT NULL,
	`first_in_month` integer NOT NULL,
	PRIMARY KEY(`pulse_id`, `sector`),
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;

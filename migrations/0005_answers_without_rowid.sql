-- Privacy: in a rowid table the rowid follows insertion order, and a vote inserts its answer and its
-- participation row together, so the n-th answer would belong to the n-th participant. WITHOUT ROWID
-- tables are stored in primary-key order only: answers by their keyed pseudonym, participation by person.
CREATE TABLE `pulse_answers_new` (
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
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `pulse_answers_new` (`pulse_id`, `question_id`, `pseudonym`, `value`, `comment`, `sector`, `answered_at`)
  SELECT `pulse_id`, `question_id`, `pseudonym`, `value`, `comment`, `sector`, `answered_at` FROM `pulse_answers`;
--> statement-breakpoint
DROP TABLE `pulse_answers`;
--> statement-breakpoint
ALTER TABLE `pulse_answers_new` RENAME TO `pulse_answers`;
--> statement-breakpoint
CREATE INDEX `pulse_answers_cells_idx` ON `pulse_answers` (`pulse_id`,`question_id`,`sector`,`value`);
--> statement-breakpoint
CREATE TABLE `pulse_participation_new` (
	`pulse_id` text NOT NULL,
	`person_key` text NOT NULL,
	`answered_at` text NOT NULL,
	PRIMARY KEY(`pulse_id`, `person_key`),
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `pulse_participation_new` (`pulse_id`, `person_key`, `answered_at`)
  SELECT `pulse_id`, `person_key`, `answered_at` FROM `pulse_participation`;
--> statement-breakpoint
DROP TABLE `pulse_participation`;
--> statement-breakpoint
ALTER TABLE `pulse_participation_new` RENAME TO `pulse_participation`;

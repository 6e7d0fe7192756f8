CREATE TABLE `duty_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`lease_until` text NOT NULL,
	`token` integer NOT NULL
);

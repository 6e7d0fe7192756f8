-- Participation by sector as it was at the time (not joined with the person's current sector), so a
-- move or an erasure never changes a past month. WITHOUT ROWID: no insertion order to read.
CREATE TABLE `pulse_respondents` (
	`pulse_id` text NOT NULL,
	`sector` text NOT NULL,
	`respondents` integer NOT NULL,
	`first_in_month` integer NOT NULL,
	PRIMARY KEY(`pulse_id`, `sector`),
	FOREIGN KEY (`pulse_id`) REFERENCES `pulses`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
-- Existing participation is counted once with each person's sector of today (the best there is); the
-- month is the UTC month of the pulse's closing time.
INSERT INTO `pulse_respondents` (`pulse_id`, `sector`, `respondents`, `first_in_month`)
SELECT x.pulse_id, x.sector, count(*), sum(x.first)
FROM (
	SELECT pp.pulse_id, coalesce(pe.sector, '') AS sector,
	  CASE WHEN row_number() OVER (
	    PARTITION BY pp.person_key, substr(pu.closes_at, 1, 7) ORDER BY pu.closes_at, pu.id
	  ) = 1 THEN 1 ELSE 0 END AS first
	FROM pulse_participation AS pp
	JOIN pulses AS pu ON pu.id = pp.pulse_id
	LEFT JOIN people AS pe ON pe.key = pp.person_key
) AS x
GROUP BY x.pulse_id, x.sector;

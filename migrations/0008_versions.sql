CREATE TABLE `history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer NOT NULL,
	`table_name` text NOT NULL,
	`key` text,
	`old` text
);
--> statement-breakpoint
CREATE INDEX `history_version` ON `history` (`version`);--> statement-breakpoint
CREATE TABLE `versions` (
	`version` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`made_by` text NOT NULL,
	`token_name` text,
	`counts` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `changes` ADD `version` integer;--> statement-breakpoint
CREATE INDEX `changes_version` ON `changes` (`version`);--> statement-breakpoint
-- A store that already has data starts its kept versions at the one it holds now: the
-- versions before it changed rows that no history recorded.
INSERT INTO `versions` (`version`, `at`, `made_by`, `token_name`, `counts`)
	SELECT CAST(`value` AS INTEGER), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'upgrade', NULL, json_object(
		'rounds', (SELECT count(*) FROM `rounds`), 'proposals', (SELECT count(*) FROM `proposals`),
		'parties', (SELECT count(*) FROM `parties`), 'actors', (SELECT count(*) FROM `actors`),
		'statements', (SELECT count(*) FROM `statements`), 'sources', (SELECT count(*) FROM `sources`),
		'issues', (SELECT count(*) FROM `issues`), 'evidence', (SELECT count(*) FROM `evidence`))
	FROM `meta` WHERE `key` = 'version';

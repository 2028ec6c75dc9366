CREATE TABLE `issues` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`description` text NOT NULL,
	`list_order` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issues_list_order` ON `issues` (`list_order`);--> statement-breakpoint
CREATE TABLE `statement_issues` (
	`statement_id` text NOT NULL,
	`issue_id` text NOT NULL,
	PRIMARY KEY(`statement_id`, `issue_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_issues_issue` ON `statement_issues` (`issue_id`);--> statement-breakpoint
CREATE TABLE `statement_rounds` (
	`statement_id` text NOT NULL,
	`round_id` text NOT NULL,
	PRIMARY KEY(`statement_id`, `round_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_rounds_round` ON `statement_rounds` (`round_id`);--> statement-breakpoint
-- The rebuild runs with foreign keys off (migrateDb turns them off around every migration
-- and checks them after), so dropping the old table deletes nothing that refers to it.
CREATE TABLE `__new_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`sequence` integer,
	`format` text NOT NULL,
	`city` text,
	`region` text,
	`country` text,
	`date_earliest` text,
	`date_latest` text,
	`date_text` text,
	`date_note` text,
	`date_kind` text DEFAULT 'exact' NOT NULL,
	`date_sort` text GENERATED ALWAYS AS (CASE date_kind WHEN 'within' THEN date_latest WHEN 'unscheduled' THEN '~' ELSE date_earliest END) VIRTUAL,
	`status` text NOT NULL,
	`summary` text NOT NULL,
	`list_order` integer NOT NULL,
	CONSTRAINT "rounds_date_order" CHECK("__new_rounds"."date_latest" IS NULL OR "__new_rounds"."date_latest" >= "__new_rounds"."date_earliest"),
	CONSTRAINT "rounds_unscheduled" CHECK(("__new_rounds"."date_kind" = 'unscheduled') = ("__new_rounds"."date_earliest" IS NULL))
);
--> statement-breakpoint
-- A proposed round with no end date was an unscheduled event stored from a "not before"
-- day; it now has no day at all.
INSERT INTO `__new_rounds`("id", "title", "sequence", "format", "city", "region", "country", "date_earliest", "date_latest", "date_text", "date_note", "date_kind", "status", "summary", "list_order")
	SELECT "id", "title", "sequence", "format", "city", "region", "country",
		CASE WHEN "status" = 'proposed' AND "date_latest" IS NULL THEN NULL ELSE "date_earliest" END,
		"date_latest", "date_text", "date_note",
		CASE WHEN "status" = 'proposed' AND "date_latest" IS NULL THEN 'unscheduled' WHEN "date_latest" IS NULL THEN 'since'
			WHEN "date_latest" = "date_earliest" THEN 'exact' ELSE 'period' END,
		"status", "summary", "list_order" FROM `rounds`;--> statement-breakpoint
DROP TABLE `rounds`;--> statement-breakpoint
ALTER TABLE `__new_rounds` RENAME TO `rounds`;--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_list_order` ON `rounds` (`list_order`);--> statement-breakpoint
CREATE INDEX `rounds_date` ON `rounds` (`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `rounds_latest` ON `rounds` (`date_latest`,`date_earliest`);--> statement-breakpoint
CREATE INDEX `rounds_sort` ON `rounds` (`date_sort`,`list_order`);--> statement-breakpoint
CREATE INDEX `rounds_status` ON `rounds` (`status`,`date_sort`,`list_order`);--> statement-breakpoint
CREATE INDEX `rounds_format` ON `rounds` (`format`,`date_sort`,`list_order`);--> statement-breakpoint
ALTER TABLE `evidence` ADD `spans` text;--> statement-breakpoint
ALTER TABLE `proposals` ADD `date_kind` text DEFAULT 'exact' NOT NULL;--> statement-breakpoint
ALTER TABLE `proposals` ADD `date_sort` text GENERATED ALWAYS AS (CASE date_kind WHEN 'within' THEN date_latest WHEN 'unscheduled' THEN '~' ELSE date_earliest END) VIRTUAL;--> statement-breakpoint
CREATE INDEX `proposals_sort` ON `proposals` (`date_sort`,`list_order`);--> statement-breakpoint
ALTER TABLE `sources` ADD `published_kind` text DEFAULT 'exact' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `published_sort` text GENERATED ALWAYS AS (CASE published_kind WHEN 'within' THEN published_latest WHEN 'unscheduled' THEN '~' ELSE published_earliest END) VIRTUAL;--> statement-breakpoint
CREATE INDEX `sources_sort` ON `sources` (`published_sort`,`list_order`);--> statement-breakpoint
ALTER TABLE `statements` ADD `title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `date_kind` text DEFAULT 'exact' NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `date_sort` text GENERATED ALWAYS AS (CASE date_kind WHEN 'within' THEN date_latest WHEN 'unscheduled' THEN '~' ELSE date_earliest END) VIRTUAL;--> statement-breakpoint
CREATE INDEX `statements_sort` ON `statements` (`date_sort`,`list_order`);--> statement-breakpoint
-- Dropping the old table dropped its search triggers (migration 0001): the same again.
CREATE TRIGGER `rounds_search_insert` AFTER INSERT ON `rounds` BEGIN
	INSERT INTO search_docs (kind, ref_id) VALUES ('round', new.id);
	INSERT INTO search_index (rowid, title, body) VALUES (last_insert_rowid(), new.title,
		concat_ws(' ', new.summary, new.city, new.region, new.country, new.date_text));
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_search_update` AFTER UPDATE ON `rounds` BEGIN
	UPDATE search_docs SET ref_id = new.id WHERE kind = 'round' AND ref_id = old.id;
	UPDATE search_index SET title = new.title,
		body = concat_ws(' ', new.summary, new.city, new.region, new.country, new.date_text)
		WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'round' AND ref_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_search_delete` AFTER DELETE ON `rounds` BEGIN
	DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_docs WHERE kind = 'round' AND ref_id = old.id);
	DELETE FROM search_docs WHERE kind = 'round' AND ref_id = old.id;
END;
--> statement-breakpoint
-- Ranges of things said or published fell on one day within them.
UPDATE `proposals` SET `date_kind` = CASE WHEN `date_latest` IS NULL THEN 'since' WHEN `date_latest` = `date_earliest` THEN 'exact' ELSE 'within' END;--> statement-breakpoint
UPDATE `statements` SET `date_kind` = CASE WHEN `date_latest` IS NULL THEN 'since' WHEN `date_latest` = `date_earliest` THEN 'exact' ELSE 'within' END;--> statement-breakpoint
UPDATE `sources` SET `published_kind` = CASE WHEN `published_latest` IS NULL THEN 'since' WHEN `published_latest` = `published_earliest` THEN 'exact' ELSE 'within' END;--> statement-breakpoint
-- The label the feeds used to make for a statement, now stored so a curator can say better.
UPDATE `statements` SET `title` = (SELECT name FROM actors WHERE actors.id = statements.actor_id) || ': ' ||
	CASE WHEN `quote` IS NULL THEN `text` ELSE '“' || `quote` || '”' END;--> statement-breakpoint
-- Each category in use becomes an issue, named after it until a curator describes it.
INSERT INTO `issues` (`id`, `label`, `description`, `list_order`)
	SELECT category, upper(substr(replace(category, '_', ' '), 1, 1)) || substr(replace(category, '_', ' '), 2), '', row_number() OVER (ORDER BY min(list_order))
	FROM proposals GROUP BY category;
--> statement-breakpoint
-- Filtered lists read in the order of the day each fact is placed on.
DROP INDEX `proposals_party`;--> statement-breakpoint
DROP INDEX `proposals_type`;--> statement-breakpoint
DROP INDEX `proposals_category`;--> statement-breakpoint
CREATE INDEX `proposals_party` ON `proposals` (`party_id`,`date_sort`,`list_order`);--> statement-breakpoint
CREATE INDEX `proposals_type` ON `proposals` (`type`,`date_sort`,`list_order`);--> statement-breakpoint
CREATE INDEX `proposals_category` ON `proposals` (`category`,`date_sort`,`list_order`);--> statement-breakpoint
DROP INDEX `statements_actor`;--> statement-breakpoint
DROP INDEX `statements_party`;--> statement-breakpoint
DROP INDEX `statements_mode`;--> statement-breakpoint
CREATE INDEX `statements_actor` ON `statements` (`actor_id`,`date_sort`,`list_order`);--> statement-breakpoint
CREATE INDEX `statements_party` ON `statements` (`party_id`,`date_sort`,`list_order`);--> statement-breakpoint
CREATE INDEX `statements_mode` ON `statements` (`mode`,`date_sort`,`list_order`);
--> statement-breakpoint
-- Feeds read open ranges through the index on latest; the partial indexes of open ones are unused.
DROP INDEX `proposals_open`;--> statement-breakpoint
DROP INDEX `sources_open`;--> statement-breakpoint
DROP INDEX `statements_open`;

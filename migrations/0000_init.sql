CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`party_id` text,
	`aliases` text NOT NULL,
	`roles` text NOT NULL,
	`list_order` integer NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actors_list_order` ON `actors` (`list_order`);--> statement-breakpoint
CREATE INDEX `actors_party` ON `actors` (`party_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`round_id` text,
	`proposal_id` text,
	`statement_id` text,
	`actor_id` text,
	`start` integer,
	`end` integer,
	`text` text,
	`note` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evidence_one_subject" CHECK(("evidence"."round_id" IS NOT NULL) + ("evidence"."proposal_id" IS NOT NULL) + ("evidence"."statement_id" IS NOT NULL) + ("evidence"."actor_id" IS NOT NULL) = 1),
	CONSTRAINT "evidence_span_or_note" CHECK(("evidence"."start" IS NOT NULL AND "evidence"."end" IS NOT NULL AND "evidence"."text" IS NOT NULL AND "evidence"."end" > "evidence"."start" AND "evidence"."start" >= 0) OR ("evidence"."start" IS NULL AND "evidence"."end" IS NULL AND "evidence"."text" IS NULL AND "evidence"."note" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `evidence_round` ON `evidence` (`round_id`);--> statement-breakpoint
CREATE INDEX `evidence_proposal` ON `evidence` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `evidence_statement` ON `evidence` (`statement_id`);--> statement-breakpoint
CREATE INDEX `evidence_actor` ON `evidence` (`actor_id`);--> statement-breakpoint
CREATE INDEX `evidence_source` ON `evidence` (`source_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `parties` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`list_order` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_list_order` ON `parties` (`list_order`);--> statement-breakpoint
CREATE TABLE `party_aliases` (
	`key` text PRIMARY KEY NOT NULL,
	`alias` text NOT NULL,
	`party_id` text NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `party_aliases_party` ON `party_aliases` (`party_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` text PRIMARY KEY NOT NULL,
	`party_id` text NOT NULL,
	`round_id` text,
	`type` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`date_earliest` text NOT NULL,
	`date_latest` text,
	`date_text` text,
	`date_note` text,
	`list_order` integer NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposals_date_order" CHECK("proposals"."date_latest" IS NULL OR "proposals"."date_latest" >= "proposals"."date_earliest")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_list_order` ON `proposals` (`list_order`);--> statement-breakpoint
CREATE INDEX `proposals_party` ON `proposals` (`party_id`,`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `proposals_round` ON `proposals` (`round_id`);--> statement-breakpoint
CREATE INDEX `proposals_date` ON `proposals` (`date_earliest`,`list_order`);--> statement-breakpoint
CREATE TABLE `round_parties` (
	`round_id` text NOT NULL,
	`party_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`round_id`, `party_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `round_parties_party` ON `round_parties` (`party_id`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`sequence` integer,
	`format` text NOT NULL,
	`city` text,
	`region` text,
	`country` text,
	`date_earliest` text NOT NULL,
	`date_latest` text,
	`date_text` text,
	`date_note` text,
	`status` text NOT NULL,
	`summary` text NOT NULL,
	`list_order` integer NOT NULL,
	CONSTRAINT "rounds_date_order" CHECK("rounds"."date_latest" IS NULL OR "rounds"."date_latest" >= "rounds"."date_earliest")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_list_order` ON `rounds` (`list_order`);--> statement-breakpoint
CREATE INDEX `rounds_date` ON `rounds` (`date_earliest`,`list_order`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`url` text,
	`published_earliest` text NOT NULL,
	`published_latest` text,
	`published_text` text,
	`published_note` text,
	`language` text NOT NULL,
	`licence` text NOT NULL,
	`citation` text NOT NULL,
	`text` text,
	`sha256` text,
	`list_order` integer NOT NULL,
	CONSTRAINT "sources_article_has_text" CHECK("sources"."kind" <> 'news_article' OR ("sources"."text" IS NOT NULL AND "sources"."sha256" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_list_order` ON `sources` (`list_order`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`party_id` text,
	`round_id` text,
	`mode` text NOT NULL,
	`text` text NOT NULL,
	`quote` text,
	`date_earliest` text NOT NULL,
	`date_latest` text,
	`date_text` text,
	`date_note` text,
	`list_order` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_quote_mode" CHECK(("statements"."mode" = 'indirect') = ("statements"."quote" IS NULL)),
	CONSTRAINT "statements_date_order" CHECK("statements"."date_latest" IS NULL OR "statements"."date_latest" >= "statements"."date_earliest")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statements_list_order` ON `statements` (`list_order`);--> statement-breakpoint
CREATE INDEX `statements_actor` ON `statements` (`actor_id`,`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `statements_party` ON `statements` (`party_id`);--> statement-breakpoint
CREATE INDEX `statements_round` ON `statements` (`round_id`);--> statement-breakpoint
CREATE INDEX `statements_date` ON `statements` (`date_earliest`,`list_order`);
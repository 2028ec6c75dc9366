DROP INDEX `statements_party`;--> statement-breakpoint
CREATE INDEX `statements_party` ON `statements` (`party_id`,`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `sources_published` ON `sources` (`published_earliest`,`list_order`);
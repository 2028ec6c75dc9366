CREATE INDEX `proposals_open` ON `proposals` (`date_earliest`,`list_order`) WHERE date_latest IS NULL;--> statement-breakpoint
CREATE INDEX `proposals_latest` ON `proposals` (`date_latest`,`date_earliest`);--> statement-breakpoint
CREATE INDEX `rounds_open` ON `rounds` (`date_earliest`,`list_order`) WHERE date_latest IS NULL;--> statement-breakpoint
CREATE INDEX `rounds_latest` ON `rounds` (`date_latest`,`date_earliest`);--> statement-breakpoint
CREATE INDEX `sources_open` ON `sources` (`published_earliest`,`list_order`) WHERE published_latest IS NULL;--> statement-breakpoint
CREATE INDEX `sources_latest` ON `sources` (`published_latest`,`published_earliest`);--> statement-breakpoint
CREATE INDEX `statements_open` ON `statements` (`date_earliest`,`list_order`) WHERE date_latest IS NULL;--> statement-breakpoint
CREATE INDEX `statements_latest` ON `statements` (`date_latest`,`date_earliest`);
CREATE INDEX `proposals_type` ON `proposals` (`type`,`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `proposals_category` ON `proposals` (`category`,`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `rounds_status` ON `rounds` (`status`,`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `rounds_format` ON `rounds` (`format`,`date_earliest`,`list_order`);--> statement-breakpoint
CREATE INDEX `statements_mode` ON `statements` (`mode`,`date_earliest`,`list_order`);
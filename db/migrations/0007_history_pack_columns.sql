ALTER TABLE `change_history` ADD `pack` text;--> statement-breakpoint
ALTER TABLE `change_history` ADD `pack_size` integer;
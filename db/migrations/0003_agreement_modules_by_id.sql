CREATE TABLE `agreement_modules` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`module_id` text NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_id`) REFERENCES `interaction_modules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_modules_pair_idx` ON `agreement_modules` (`agreement_id`,`module_id`);--> statement-breakpoint
CREATE INDEX `agreement_modules_module_idx` ON `agreement_modules` (`module_id`);
DROP TABLE `agreement_modules`;--> statement-breakpoint
ALTER TABLE `agreement_obligations` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `agreements` ADD `version_reason` text;--> statement-breakpoint
CREATE INDEX `agreement_parties_organisation_idx` ON `agreement_parties` (`organisation_id`);
CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `council_profile` (
	`id` text PRIMARY KEY NOT NULL,
	`name_kk` text NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`parent_body` text DEFAULT '' NOT NULL,
	`year_founded` integer,
	`chair_person_id` text,
	`secretary_person_id` text,
	`quorum_rule` text DEFAULT 'more_than_half' NOT NULL,
	`tie_rule` text DEFAULT 'chair_decides' NOT NULL,
	`session_cadence` text DEFAULT 'quarterly' NOT NULL,
	`session_numbering` text DEFAULT 'per_year' NOT NULL,
	`hub_organisation_id` text,
	`template` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`chair_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`secretary_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hub_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `organisation_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`parent_id` text,
	`name_kk` text NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `organisation_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisation_groups_parent_idx` ON `organisation_groups` (`parent_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name_kk` text NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`type_code` text NOT NULL,
	`sector` text NOT NULL,
	`level` text NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`legal_form` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`head_name` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`membership` text DEFAULT 'partner' NOT NULL,
	`cluster_role` text DEFAULT 'participant' NOT NULL,
	`group_id` text,
	`is_council_hub` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `organisation_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisations_group_idx` ON `organisations` (`group_id`);--> statement-breakpoint
CREATE INDEX `organisations_type_idx` ON `organisations` (`type_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_single_hub_idx` ON `organisations` (`is_council_hub`) WHERE is_council_hub = 1;--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text,
	`full_name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`council_role` text,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_organisation_idx` ON `people` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `organisation_links` (
	`id` text PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`target_id` text NOT NULL,
	`kind` text NOT NULL,
	`direction` text,
	`contact` text,
	`systematicity` text,
	`term` text,
	`participation` text,
	`object` text,
	`sphere` text DEFAULT '' NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`agreement_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisation_links_source_idx` ON `organisation_links` (`source_id`);--> statement-breakpoint
CREATE INDEX `organisation_links_target_idx` ON `organisation_links` (`target_id`);--> statement-breakpoint
CREATE INDEX `organisation_links_agreement_idx` ON `organisation_links` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreement_modules` (
	`agreement_id` text NOT NULL,
	`module_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`agreement_id`, `module_id`),
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_id`) REFERENCES `interaction_modules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `agreement_obligations` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`party_id` text NOT NULL,
	`description` text NOT NULL,
	`due_on` text,
	`status` text DEFAULT 'open' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `agreement_parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_obligations_agreement_idx` ON `agreement_obligations` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreement_parties` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`signatory_person_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signatory_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_parties_agreement_idx` ON `agreement_parties` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`signed_on` text,
	`valid_from` text,
	`valid_to` text,
	`indefinite` integer DEFAULT false NOT NULL,
	`auto_renew` integer DEFAULT false NOT NULL,
	`notice_days` integer DEFAULT 30 NOT NULL,
	`terminated_on` text,
	`stage` text DEFAULT 'problem_stated' NOT NULL,
	`previous_version_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`previous_version_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreements_previous_idx` ON `agreements` (`previous_version_id`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_type` text NOT NULL,
	`owner_id` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attachments_owner_idx` ON `attachments` (`owner_type`,`owner_id`);--> statement-breakpoint
CREATE TABLE `interaction_modules` (
	`id` text PRIMARY KEY NOT NULL,
	`number` integer NOT NULL,
	`name_kk` text NOT NULL,
	`name_ru` text NOT NULL,
	`name_en` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interaction_modules_number_unique` ON `interaction_modules` (`number`);--> statement-breakpoint
CREATE TABLE `module_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`module_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text NOT NULL,
	`tasks` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `interaction_modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `module_assignments_module_idx` ON `module_assignments` (`module_id`);--> statement-breakpoint
CREATE INDEX `module_assignments_organisation_idx` ON `module_assignments` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `agenda_item_references` (
	`id` text PRIMARY KEY NOT NULL,
	`agenda_item_id` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_item_references_item_idx` ON `agenda_item_references` (`agenda_item_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text DEFAULT 'regular' NOT NULL,
	`title` text NOT NULL,
	`rapporteur_person_id` text,
	`rapporteur_organisation_id` text,
	`duration_minutes` integer,
	`heard` text DEFAULT '' NOT NULL,
	`spoke` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `council_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rapporteur_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rapporteur_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_items_session_idx` ON `agenda_items` (`session_id`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`person_id` text,
	`guest_name` text DEFAULT '' NOT NULL,
	`organisation_id` text,
	`status` text NOT NULL,
	`is_guest` integer DEFAULT false NOT NULL,
	`deputy_person_id` text,
	`deputy_name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `council_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deputy_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_session_idx` ON `attendance` (`session_id`);--> statement-breakpoint
CREATE TABLE `council_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`number` integer NOT NULL,
	`starts_at` text,
	`place` text DEFAULT '' NOT NULL,
	`online_platform` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`chair_person_id` text,
	`secretary_person_id` text,
	`approved_at` text,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`chair_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`secretary_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `council_sessions_period_idx` ON `council_sessions` (`year`,`quarter`);--> statement-breakpoint
CREATE TABLE `decision_progress_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`decision_id` text NOT NULL,
	`session_id` text,
	`noted_on` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `council_sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_progress_notes_decision_idx` ON `decision_progress_notes` (`decision_id`);--> statement-breakpoint
CREATE TABLE `decision_responsibles` (
	`id` text PRIMARY KEY NOT NULL,
	`decision_id` text NOT NULL,
	`organisation_id` text,
	`person_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_responsibles_decision_idx` ON `decision_responsibles` (`decision_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`agenda_item_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`deadline` text,
	`status` text DEFAULT 'open' NOT NULL,
	`votes_for` integer,
	`votes_against` integer,
	`votes_abstained` integer,
	`quorum_override_reason` text,
	`indicator` text DEFAULT '' NOT NULL,
	`closed_at` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `council_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decisions_session_idx` ON `decisions` (`session_id`);--> statement-breakpoint
CREATE INDEX `decisions_status_idx` ON `decisions` (`status`);--> statement-breakpoint
CREATE TABLE `network_views` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`filters` text DEFAULT '{}' NOT NULL,
	`layout` text DEFAULT 'radial' NOT NULL,
	`positions` text DEFAULT '{}' NOT NULL,
	`viewport` text DEFAULT '{"x":0,"y":0,"zoom":1}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `change_history` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`at` text NOT NULL,
	`by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_history_entity_idx` ON `change_history` (`entity`,`entity_id`);
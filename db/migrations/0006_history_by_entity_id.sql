DROP INDEX `change_history_entity_idx`;--> statement-breakpoint
CREATE INDEX `change_history_entity_id_idx` ON `change_history` (`entity_id`);
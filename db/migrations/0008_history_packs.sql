PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_change_history` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`pack` text,
	`pack_size` integer,
	`at` text NOT NULL,
	`by` text NOT NULL,
	`kind` text DEFAULT 'edit' NOT NULL,
	`reverts_batch_id` text
);
--> statement-breakpoint
INSERT INTO `__new_change_history`("id", "batch_id", "entity", "entity_id", "action", "before", "after", "pack", "pack_size", "at", "by", "kind", "reverts_batch_id") SELECT "id", "batch_id", "entity", "entity_id", "action", "before", "after", "pack", "pack_size", "at", "by", "kind", "reverts_batch_id" FROM `change_history`;--> statement-breakpoint
DROP TABLE `change_history`;--> statement-breakpoint
ALTER TABLE `__new_change_history` RENAME TO `change_history`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `change_history_entity_id_idx` ON `change_history` (`entity_id`);--> statement-breakpoint
CREATE INDEX `change_history_batch_idx` ON `change_history` (`batch_id`);--> statement-breakpoint
CREATE INDEX `change_history_reverts_idx` ON `change_history` (`reverts_batch_id`) WHERE reverts_batch_id IS NOT NULL;--> statement-breakpoint
CREATE VIEW `change_history_entries` AS SELECT id, batch_id, entity, entity_id, action, before, after, at, by, kind, reverts_batch_id,
        rowid * 100000 AS seq
      FROM change_history WHERE pack IS NULL
    UNION ALL
    SELECT h.id || '/' || p.key, h.batch_id, h.entity, p.value ->> 0, h.action, json_extract(p.value, '$[1]'), json_extract(p.value, '$[2]'),
        h.at, h.by, h.kind, h.reverts_batch_id, h.rowid * 100000 + p.key
      FROM change_history h, json_each(h.pack) p WHERE h.pack IS NOT NULL;
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamps } from './columns';

/** A saved picture of the network: filters, layout, node positions and viewport (all JSON). */
export const networkViews = sqliteTable('network_views', {
  id: id(),
  name: text().notNull(),
  filters: text().notNull().default('{}'),
  layout: text().notNull().default('radial'),
  positions: text().notNull().default('{}'),
  viewport: text().notNull().default('{"x":0,"y":0,"zoom":1}'),
  ...timestamps,
});

import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamps } from './columns';

/**
 * A saved picture of the network: filters, layout, display options, node positions and
 * viewport (JSON text, checked by the contract's schemas on the way in and parsed
 * leniently on the way out). `position` orders the views in the switcher.
 */
export const networkViews = sqliteTable('network_views', {
  id: id(),
  name: text().notNull(),
  filters: text().notNull().default('{}'),
  layout: text().notNull().default('radial'),
  display: text().notNull().default('{"colourBy":"sector","expandedGroupIds":[]}'),
  positions: text().notNull().default('{}'),
  viewport: text().notNull().default('{"x":0,"y":0,"zoom":1}'),
  position: integer().notNull().default(0),
  ...timestamps,
});

/**
 * Writes resources/schema/kenes-workspace.schema.json from the zod schema:
 *   npx tsx src/main/exports/open/writeSchema.ts
 * tests/main/exports/open-formats.test.ts fails while the file is out of date (its content, not its layout).
 */
import fs from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { SCHEMA_FILE, workspaceJsonSchema } from './schema';

/** Formatted as the repository's prettier formats JSON, so `npm run lint` stays green. */
export const schemaFileText = async (): Promise<string> =>
  format(JSON.stringify(workspaceJsonSchema()), {
    ...(await resolveConfig(SCHEMA_FILE)),
    filepath: SCHEMA_FILE,
  });

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, await schemaFileText());
  console.log(`Wrote ${SCHEMA_FILE}`);
}

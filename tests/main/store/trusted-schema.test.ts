import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src/main/store/database';
import { tempDir } from '../../helpers/workspace';

describe('a workspace file from outside', () => {
  it('cannot make Kenes run its own functions from a view hidden in the file', () => {
    const file = path.join(tempDir(), 'district.kenes');
    const writer = openSqlite(file);
    writer.exec(`CREATE TABLE notes (text TEXT);
      INSERT INTO notes VALUES ('Қорғалжын');
      CREATE VIEW folded AS SELECT kenes_fold(text) AS text FROM notes;`);
    writer.close();

    const reader = openSqlite(file);
    try {
      // Called directly, the function works; from the file's own schema it is refused.
      expect(reader.prepare('SELECT kenes_fold(text) AS t FROM notes').get()).toEqual({ t: 'коргалжын' });
      expect(() => reader.prepare('SELECT text FROM folded').all()).toThrow(/unsafe use of kenes_fold/);
    } finally {
      reader.close();
    }
  });
});

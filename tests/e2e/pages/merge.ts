import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Locator, type Page } from '@playwright/test';
import { packAttachmentFiles } from '../../../src/main/store/attachmentFiles';

/** Settings › Merge, as the regional secretary sees it (Kazakh labels). */
export class MergePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Баптаулар', { exact: true }).click();
    await this.page.getByRole('tab', { name: 'Біріктіру' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Аудандық кеңестің файлын біріктіру' }),
    ).toBeVisible();
  }

  /** Picks the file in the drop zone's file input, as the file dialog would. */
  async pick(file: string): Promise<void> {
    await this.page.locator('input[type=file]').setInputFiles(file);
  }

  counts(): Locator {
    return this.page.getByRole('table', { name: 'Жазбалар түрі бойынша' });
  }

  conflict(label: string): Locator {
    return this.page.getByTestId('merge-conflict').filter({ hasText: label });
  }

  mergeButton(): Locator {
    return this.page.getByRole('button', { name: 'Біріктіру', exact: true });
  }
}

/** A copy of a workspace file (VACUUM INTO) into a fresh folder as its kenes.sqlite: a district that began as the region's copy. */
export const copyWorkspace = (dataDir: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-e2e-district-'));
  const source = new Database(path.join(dataDir, 'kenes.sqlite'), { readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(path.join(dir, 'kenes.sqlite'));
  } finally {
    source.close();
  }
  return dir;
};

/** The district's workspace saved as a .kenes file, its scans packed inside, as "Save a copy as…" writes it. */
export const saveKenesFile = (dataDir: string, fileName: string): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-e2e-file-')), fileName);
  const source = new Database(path.join(dataDir, 'kenes.sqlite'), { readonly: true });
  try {
    source.prepare('VACUUM INTO ?').run(file);
  } finally {
    source.close();
  }
  const copy = new Database(file);
  try {
    packAttachmentFiles(copy, dataDir);
  } finally {
    copy.close();
  }
  return file;
};

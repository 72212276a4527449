import { expect, type Locator, type Page } from '@playwright/test';

/** The import wizard (Импорт), as a secretary sees it in Kazakh. */
export class ImportScreen {
  readonly heading: Locator;
  readonly rowsTable: Locator;
  readonly columnsTable: Locator;
  readonly skipInvalid: Locator;
  readonly importButton: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Кестеден импорттау', level: 1 });
    this.rowsTable = page.getByRole('region', { name: 'Файлдың жолдары' });
    this.columnsTable = page.getByRole('table', { name: 'Файлдың бағандары' });
    this.skipInvalid = page.getByRole('checkbox', { name: 'Ақауы бар жолдарды өткізіп жіберу' });
    this.importButton = page.getByRole('button', { name: 'Импорттау…', exact: true });
    this.refusal = page.getByRole('alert').filter({ hasText: 'Бұл файлды импорттау мүмкін емес' });
  }

  /** From the organisations registry's header, as she would reach it. */
  async openFromRegistry(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Ұйымдар', { exact: true }).click();
    await this.page.getByRole('link', { name: 'Импорт…' }).click();
    await expect(this.heading).toBeVisible();
  }

  /** Picks a file through the drop zone's file dialog. */
  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /Файлды таңдаңыз немесе осында сүйреп әкеліңіз/ }).click();
    await (await chooser).setFiles(file);
  }

  /** The Select that maps a column (by its header in the file) to a field. */
  fieldOf(header: string): Locator {
    return this.page.getByRole('combobox', { name: `«${header}» бағанының өрісі` });
  }

  async toCheck(): Promise<void> {
    await this.page.getByRole('button', { name: 'Жолдарды тексеру' }).click();
    await expect(this.rowsTable).toBeVisible();
  }

  /** A count above the rows ("Жолдар", "Дайын", "Ақауы бар", "Қайталанатын") or in the report. */
  count(title: string): Locator {
    return this.page
      .locator('.kenes-import-counts .ant-statistic')
      .filter({ has: this.page.locator('.ant-statistic-header', { hasText: new RegExp(`^${title}$`) }) })
      .locator('.ant-statistic-content');
  }

  /** The "Show" switch of the Check step and the report: its options start with these words. */
  async show(option: string): Promise<void> {
    await this.page
      .locator('.ant-segmented-item')
      .filter({ hasText: new RegExp(`^${option}`) })
      .click();
  }

  /** The rows shown in the Check step's table (virtual: only those scrolled into view exist). */
  rows(): Locator {
    return this.rowsTable.locator('.ant-table-row');
  }

  /** A row of the Check step, by its row number in the spreadsheet. */
  row(rowNumber: number): Locator {
    return rowByNumber(this.rowsTable, rowNumber);
  }

  /** A line of the report's per-row list. */
  reportRow(rowNumber: number): Locator {
    return rowByNumber(this.page.getByRole('region', { name: 'Әр жолдың нәтижесі' }), rowNumber);
  }

  /** What to do with the duplicate in a row. */
  async chooseForDuplicate(
    rowNumber: number,
    choice: 'Өткізіп жіберу' | 'Жазбаны жаңарту' | 'Жаңа жазба ретінде',
  ) {
    await this.page
      .getByRole('combobox', { name: `${rowNumber}-жол: қайталанатын жазбамен не істеу керек` })
      .click();
    await this.page.getByRole('option', { name: choice, exact: true }).click();
  }

  /** Confirms on the Import step and waits for the report. */
  async confirmImport(): Promise<void> {
    await this.importButton.click();
    await expect(this.page.getByRole('heading', { name: 'Импортқа дайын' })).toBeVisible();
    await this.page.getByRole('button', { name: 'Импорттау', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Импорт аяқталды' })).toBeVisible({
      timeout: 30_000,
    });
  }
}

const rowByNumber = (table: Locator, rowNumber: number): Locator =>
  table.locator('.ant-table-row').filter({
    has: table.page().locator('.kenes-import-row-number', { hasText: new RegExp(`^${rowNumber}$`) }),
  });

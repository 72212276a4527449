import { expect, type Locator, type Page, type Request } from '@playwright/test';

/** The roles as the cell editor offers them, and as a cell's accessible name ends (Kazakh). */
export const ROLE_CHOICE = {
  lead: 'Жетекші',
  participant: 'Қатысушы',
  none: 'Бұл модульге кірмейді',
} as const;
export const ROLE_IN_NAME = { lead: 'жетекші', participant: 'қатысушы', none: 'бекітілмеген' } as const;
export type CellRole = keyof typeof ROLE_CHOICE;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The modules page: coverage warnings above the organisations × modules matrix (Kazakh labels). */
export class ModulesPage {
  readonly matrix: Locator;
  readonly coverage: Locator;
  readonly search: Locator;

  /** API calls on their way: after a save the page reloads its data, and the layout moves when it lands. */
  private readonly inFlight = new Set<Request>();

  constructor(readonly page: Page) {
    page.on('request', (r) => {
      if (r.resourceType() === 'fetch') this.inFlight.add(r);
    });
    page.on('requestfinished', (r) => this.inFlight.delete(r));
    page.on('requestfailed', (r) => this.inFlight.delete(r));
    this.matrix = page.getByRole('table', { name: 'Ұйымдар мен модульдер' });
    this.coverage = page.locator('.kenes-coverage');
    this.search = page.getByLabel('Атауы бойынша іздеу');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Модульдер', { exact: true }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Өзара іс-қимыл модульдері', level: 1 }),
    ).toBeVisible();
    await expect(this.matrix).toBeVisible();
  }

  /** The cell of an organisation (by short name) in a module, whatever its role. */
  cell(organisation: string, module: number): Locator {
    return this.matrix.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(organisation)} — ${module}-модуль: `),
    });
  }

  async expectRole(organisation: string, module: number, role: CellRole): Promise<void> {
    await expect(this.cell(organisation, module)).toHaveAccessibleName(
      `${organisation} — ${module}-модуль: ${ROLE_IN_NAME[role]}`,
    );
  }

  /** Waits until the data the last change asked for has arrived, so nothing moves under the pointer. */
  async settled(): Promise<void> {
    await expect.poll(() => this.inFlight.size).toBe(0);
  }

  editor(module: number): Locator {
    return this.page.getByRole('dialog', { name: new RegExp(` — ${module}-модуль$`) });
  }

  /**
   * Finds the organisation with the search box (its short name unless `search` says
   * otherwise), opens its cell, picks the role and saves.
   */
  async assign(
    organisation: string,
    module: number,
    role: CellRole,
    { tasks, search }: { tasks?: string; search?: string } = {},
  ): Promise<void> {
    await this.settled();
    await this.search.fill(search ?? organisation);
    await this.cell(organisation, module).click();
    const editor = this.editor(module);
    await editor.getByRole('radio', { name: ROLE_CHOICE[role] }).check();
    if (tasks !== undefined) await editor.getByLabel('Ұйымның осы модульдегі міндеттері').fill(tasks);
    await editor.getByRole('button', { name: 'Сақтау' }).click();
    await expect(editor).toBeHidden();
    await this.expectRole(organisation, module, role);
  }

  list(name: string): Locator {
    return this.coverage.getByRole('list', { name });
  }

  /** Module numbers under "modules without a lead". */
  async modulesWithoutLead(): Promise<number[]> {
    const texts = await this.list('Жетекшісі жоқ модульдер').getByRole('button').allTextContents();
    return texts.map((t) => Number.parseInt(t, 10));
  }

  /** Module number → the sector names shown as missing for it. */
  async missingSectors(): Promise<Map<number, string[]>> {
    const result = new Map<number, string[]>();
    for (const item of await this.list('Ұсынылатын саласы жетіспейтін модульдер')
      .getByRole('listitem')
      .all()) {
      const number = Number.parseInt(await item.locator('.kenes-coverage-module').innerText(), 10);
      result.set(number, await item.getByRole('button').allInnerTexts());
    }
    return result;
  }

  async organisationsInNoModule(): Promise<string[]> {
    return this.list('Ешбір модульге кірмеген ұйымдар').getByRole('button').allInnerTexts();
  }
}

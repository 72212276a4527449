import { expect, type Locator, type Page } from '@playwright/test';
import { kkDate } from './agreements';

export interface DecisionInput {
  text: string;
  /** Parts of organisation names to type in the select, one each. */
  responsibleOrganisations?: string[];
  responsiblePeople?: string[];
  partners?: string[];
  /** YYYY-MM-DD */
  deadline?: string;
  indicator?: string;
  /** Required when the sitting has no quorum. */
  overrideReason?: string;
  vote?: { for: number; against: number; abstained: number; chair?: 'Жақтап' | 'Қарсы' | 'Қалыс қалды' };
}

/** Picks each text in a multiple select, typing it and taking the first match. */
const chooseEach = async (combobox: Locator, texts: string[]): Promise<void> => {
  for (const text of texts) {
    await combobox.click();
    await combobox.fill(text);
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await combobox.press('Enter');
  }
  await combobox.press('Escape');
};

/** The drawer that records or edits a decision, in Kazakh. */
export class DecisionDrawer {
  constructor(readonly root: Locator) {}

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** The warning shown when the sitting has no quorum. */
  noQuorumWarning(): Locator {
    return this.root.getByRole('alert').filter({ hasText: 'Отырыста кворум жоқ' });
  }

  overrideReason(): Locator {
    return this.field('Кворумсыз шешім қабылдау себебі');
  }

  async fill(d: Partial<DecisionInput>): Promise<void> {
    if (d.overrideReason !== undefined) await this.overrideReason().fill(d.overrideReason);
    if (d.text !== undefined) await this.field('Шешім (ШЕШІМ)').fill(d.text);
    if (d.responsibleOrganisations)
      await chooseEach(this.field('Жауапты ұйымдар'), d.responsibleOrganisations);
    if (d.responsiblePeople) await chooseEach(this.field('Жауапты адамдар'), d.responsiblePeople);
    if (d.partners) await chooseEach(this.field('Серіктестер'), d.partners);
    if (d.deadline) {
      const input = this.field('Іске асыру мерзімі');
      await input.click();
      await input.fill(kkDate(d.deadline));
      await input.press('Enter');
    }
    if (d.indicator !== undefined) await this.field('Іске асыру индикаторы').fill(d.indicator);
    if (d.vote) {
      await this.root.getByText('Дауыс беру өткізілді', { exact: true }).click();
      await this.root.getByRole('spinbutton', { name: 'Жақтап' }).fill(String(d.vote.for));
      await this.root.getByRole('spinbutton', { name: 'Қарсы' }).fill(String(d.vote.against));
      await this.root.getByRole('spinbutton', { name: 'Қалыс қалды' }).fill(String(d.vote.abstained));
      if (d.vote.chair)
        await this.root
          .getByRole('radiogroup', { name: 'Төраға дауыс берді' })
          .getByText(d.vote.chair, { exact: true })
          .click();
    }
  }

  /** The outcome the drawer computes from the vote: "Қабылданды" or "Қабылданбады". */
  outcome(): Locator {
    return this.root.getByRole('status').filter({ hasText: 'Нәтижесі' });
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Сақтау' }).click();
  }

  /** Saves and waits for the drawer to close. */
  async saveAndClose(): Promise<void> {
    await this.save();
    await expect(this.root).toBeHidden();
  }
}

/** The decisions on a sitting's agenda items, in Kazakh (the agenda tab). */
export class DecisionsScreen {
  constructor(readonly page: Page) {}

  /** The decisions block of agenda item n. */
  ofItem(position: number): Locator {
    return this.page.getByRole('region', { name: `${position}-мәселе бойынша шешімдер` });
  }

  /** A decision card by its number: "2.1". */
  decision(number: string): Locator {
    return this.page.getByRole('article', { name: `${number} шешім` });
  }

  async openNew(position: number): Promise<DecisionDrawer> {
    await this.ofItem(position).getByRole('button', { name: 'Шешім жазу' }).click();
    const drawer = new DecisionDrawer(this.page.getByRole('dialog', { name: 'Шешім жазу' }));
    await expect(drawer.root).toBeVisible();
    return drawer;
  }

  async openEdit(number: string): Promise<DecisionDrawer> {
    await this.decision(number).getByRole('button', { name: 'Өзгерту' }).click();
    const drawer = new DecisionDrawer(this.page.getByRole('dialog', { name: `${number} шешімді өзгерту` }));
    await expect(drawer.root).toBeVisible();
    return drawer;
  }

  /** Records a decision on item `position` and waits for its card. */
  async addDecision(position: number, d: DecisionInput): Promise<void> {
    const drawer = await this.openNew(position);
    await drawer.fill(d);
    await drawer.saveAndClose();
    await expect(this.ofItem(position).getByRole('article').filter({ hasText: d.text })).toBeVisible();
  }

  async setStatus(
    number: string,
    status: 'Ашық' | 'Орындалуда' | 'Орындалды' | 'Күші жойылды',
  ): Promise<void> {
    const select = this.page.getByRole('combobox', { name: `${number} шешімнің мәртебесі` });
    await select.click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    await expect(this.page.getByText(`${number} шешімнің мәртебесі өзгертілді.`).first()).toBeVisible();
  }

  async addProgressNote(number: string, text: string): Promise<void> {
    const card = this.decision(number);
    await card.getByLabel(`${number} шешімнің орындалу барысы`).fill(text);
    await card.getByRole('button', { name: 'Қосу' }).click();
    await expect(card).toContainText(text);
  }
}

/** The open decisions across sittings (route /sessions/decisions), in Kazakh. */
export class OpenDecisionsScreen {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Орындалмаған шешімдер' });
  }

  /** From the year of sittings, by its button. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Отырыстар', { exact: true }).click();
    await this.page.getByRole('button', { name: 'Орындалмаған шешімдер' }).click();
    await expect(this.page.getByRole('heading', { name: 'Орындалмаған шешімдер', level: 1 })).toBeVisible();
  }

  rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  async overdueOnly(on = true): Promise<void> {
    const box = this.page.getByRole('checkbox', { name: 'Тек мерзімі өткендер' });
    if (on) await box.check();
    else await box.uncheck();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { chooseByTyping } from './registry';

const DAY = 86_400_000;

/** A calendar day relative to today (local), so an agreement is active when made whatever the date of the run. */
export const isoFromToday = (days: number): string => {
  const d = new Date(Date.now() + days * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Three organisations of the Akmola model: what to type to find each, the name documents print, a role. */
export const akmolaParties = [
  { search: 'білім басқармасы', name: 'Ақмола облысының білім басқармасы', role: 'Үйлестіруші' },
  { search: 'оқу-әдістемелік', name: 'Облыстық оқу-әдістемелік кабинеті', role: 'Әдістемелік сүйемелдеу' },
  {
    search: 'консультация №1',
    name: 'Психологиялық-медициналық-педагогикалық консультация №1',
    role: 'Бағалау',
  },
];

/** A calendar day as the Kazakh interface shows and takes it: DD.MM.YYYY. */
export const kkDate = (iso: string): string => iso.split('-').reverse().join('.');

/** The agreements screens, as a council secretary sees them in Kazakh. */
export class AgreementsScreen {
  readonly table: Locator;
  readonly count: Locator;
  readonly filters: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Келісімдер тізілімі' });
    this.count = page.locator('.kenes-result-count');
    this.filters = page.getByRole('region', { name: 'Сүзгілер' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Келісімдер', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Келісімдер', level: 1 })).toBeVisible();
  }

  /** Opens the blank editor and returns it. */
  async startNew(): Promise<AgreementEditor> {
    await this.page.getByRole('button', { name: 'Жаңа келісім' }).first().click();
    const editor = new AgreementEditor(this.page, this.page.getByRole('dialog', { name: 'Жаңа келісім' }));
    await expect(editor.root).toBeVisible();
    return editor;
  }

  row(title: string): Locator {
    return this.table.locator('tbody tr.ant-table-row', { hasText: title });
  }

  /** Opens an agreement from its row; the drawer is named by number and title. */
  async openAgreement(title: string): Promise<AgreementEditor> {
    await this.row(title).getByRole('button', { name: title }).click();
    const editor = new AgreementEditor(this.page, this.page.getByRole('dialog', { name: new RegExp(title) }));
    await expect(editor.root).toBeVisible();
    return editor;
  }
}

/** The agreement editor drawer. */
export class AgreementEditor {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  async fillDate(label: string, iso: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(kkDate(iso));
    await input.press('Enter');
    await expect(input).toHaveValue(kkDate(iso));
  }

  /** Chooses the organisation of party n (1-based), adding a row when the form has fewer. */
  async chooseParty(n: number, search: string): Promise<void> {
    const select = this.field(`${n}-тарап: ұйым`);
    if ((await select.count()) === 0) await this.root.getByRole('button', { name: 'Тарап қосу' }).click();
    await chooseByTyping(select, search);
  }

  async setRole(n: number, role: string): Promise<void> {
    await this.root
      .getByRole('group', { name: `${n}-тарап` })
      .getByLabel('Рөлі')
      .fill(role);
  }

  /** Adds an obligation row and fills it: description, responsible party, due date. */
  async addObligation(n: number, description: string, partySearch: string, dueIso: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Міндеттеме қосу' }).click();
    await this.field(`${n}-міндеттеме`).fill(description);
    await chooseByTyping(this.field(`${n}-міндеттемеге жауапты тарап`), partySearch);
    await this.fillDate(`${n}-міндеттеменің орындалу мерзімі`, dueIso);
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Сақтау' }).click();
  }

  /**
   * Opens the print preview of the saved draft from the printer beside its DOCX button and
   * waits until the pages are laid out.
   */
  async openPrintPreview(language: 'қазақша' | 'орысша'): Promise<PrintPreview> {
    await this.root.getByRole('button', { name: `Басып шығару: ${language}` }).click();
    const preview = new PrintPreview(
      this.page,
      this.page.getByRole('dialog', {
        name: `Басып шығаруды алдын ала қарау: келісім жобасы, ${language}`,
      }),
    );
    await expect(preview.pages).toBeVisible();
    await expect(preview.pages).toHaveAttribute('aria-busy', 'false');
    return preview;
  }

  async close(): Promise<void> {
    await this.root
      .getByRole('button', { name: /Болдырмау|Жабу/ })
      .first()
      .click();
    await expect(this.root).toBeHidden();
  }
}

/** What the user fills in for a new agreement: parties by what to type to find them. */
export interface AgreementDraft {
  number: string;
  title: string;
  subject: string;
  parties: { search: string; role: string }[];
  /** Each obligation with the index of its responsible party in `parties`. */
  obligations: { text: string; party: number; dueIso: string }[];
  signedIso: string;
  fromIso: string;
  toIso: string;
}

/** Fills the blank editor with a whole agreement (not saved). */
export const fillAgreement = async (editor: AgreementEditor, draft: AgreementDraft): Promise<void> => {
  await editor.field('Нөмірі').fill(draft.number);
  await editor.field('Атауы').fill(draft.title);
  await editor.field('Келісімнің мәні').fill(draft.subject);
  for (const [i, party] of draft.parties.entries()) {
    await editor.chooseParty(i + 1, party.search);
    await editor.setRole(i + 1, party.role);
  }
  for (const [i, o] of draft.obligations.entries()) {
    await editor.addObligation(i + 1, o.text, draft.parties[o.party]!.search, o.dueIso);
  }
  await editor.fillDate('Қол қойылған күні', draft.signedIso);
  await editor.fillDate('Күшіне енген күні', draft.fromIso);
  await editor.fillDate('Аяқталу күні', draft.toIso);
};

/** The print preview of a drafted agreement: its pages, Print and Close. */
export class PrintPreview {
  readonly pages: Locator;
  readonly printButton: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.pages = root.getByRole('document', { name: 'Келісім жобасының беттері' });
    this.printButton = root.getByRole('button', { name: 'Басып шығару' });
  }

  async close(): Promise<void> {
    // The footer's button, not the corner cross (which has no text of its own).
    await this.root.getByRole('button', { name: 'Жабу' }).filter({ hasText: 'Жабу' }).click();
    await expect(this.root).toBeHidden();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { kkDate } from './agreements';
import { chooseByTyping } from './registry';
import type { KenesServer } from '../support/kenes-server';
import { callKenes } from '../support/api';

/** A council member as the test puts them in the register: name, role, where they work. */
export interface SeedPerson {
  fullName: string;
  councilRole: 'chair' | 'deputy_chair' | 'secretary' | 'member' | 'invited';
  /** Part of the name of an organisation of the workspace (the Akmola model's, say). */
  organisation?: string;
}

/** The Akmola model brings its chair, Ибраев М.У. (DOMAIN.md §2); these five make a council of six. */
export const akmolaChair = 'Ибраев М.У.';
export const akmolaCouncil: SeedPerson[] = [
  { fullName: 'Нұрланова Сәуле Болатқызы', councilRole: 'secretary', organisation: 'білім басқармасы' },
  { fullName: 'Бурдинская Ольга Владимировна', councilRole: 'member', organisation: 'оқу-әдістемелік' },
  { fullName: 'Жақсылықов Нұрлан Қайратұлы', councilRole: 'member', organisation: 'консультация №1' },
  { fullName: 'Құрманова Айгүл Бейсенқызы', councilRole: 'member' },
  { fullName: 'Оспанова Дина Маратқызы', councilRole: 'member' },
];

/**
 * Puts the council's members in the register and makes the chair and secretary the
 * council's officers: the set-up a secretary does once under Settings, done here
 * through the API so that session tests start where the sessions screens begin.
 */
export const seedCouncil = async (kenes: KenesServer, people: SeedPerson[] = akmolaCouncil) => {
  const ids = new Map<string, string>();
  for (const person of people) {
    let organisationId: string | null = null;
    if (person.organisation) {
      const found = await callKenes<{ items: { id: string }[] }>(kenes, 'organisations:list', {
        search: person.organisation,
        pageSize: 1,
      });
      organisationId = found.items[0]?.id ?? null;
    }
    const created = await callKenes<{ id: string }>(kenes, 'people:create', {
      fullName: person.fullName,
      councilRole: person.councilRole,
      organisationId,
    });
    ids.set(person.fullName, created.id);
  }
  // Only the officers named here change: the model's own chair stays unless replaced.
  const patch: Record<string, string> = {};
  for (const [role, field] of [
    ['chair', 'chairPersonId'],
    ['secretary', 'secretaryPersonId'],
  ] as const) {
    const id = ids.get(people.find((p) => p.councilRole === role)?.fullName ?? '');
    if (id) patch[field] = id;
  }
  if (Object.keys(patch).length > 0) await callKenes(kenes, 'council:update', { patch });
  return ids;
};

/** Fills an antd DatePicker the way a keyboard user does: DD.MM.YYYY and Enter. */
const fillDate = async (input: Locator, iso: string): Promise<void> => {
  await input.click();
  await input.fill(kkDate(iso));
  await input.press('Enter');
};

export interface SittingPlan {
  date: string;
  time?: string;
  place?: string;
  onlinePlatform?: string;
  /** The cadence period whose "Plan" button to use (1–4 for quarters); the header button when absent. */
  period?: number;
}

/** The year of sittings by quarter, in Kazakh. */
export class SessionsScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByText('Отырыстар', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Отырыстар', level: 1 })).toBeVisible();
  }

  /** A quarter's card: "2-тоқсан". */
  period(n: number): Locator {
    return this.page.getByRole('region', { name: `${n}-тоқсан` });
  }

  /** The warning a quarter shows while it has no sitting. */
  missingWarning(n: number): Locator {
    return this.period(n).getByRole('alert');
  }

  /** The year selector ("Жыл"); its text is the year shown. */
  yearSelect(): Locator {
    return this.page.locator('.kenes-year-select', { has: this.page.getByRole('combobox', { name: 'Жыл' }) });
  }

  /** Plans a sitting through the drawer and lands on its page. */
  async planSitting(plan: SittingPlan): Promise<SittingScreen> {
    const button = plan.period
      ? this.period(plan.period).getByRole('button', { name: /Отырысты жоспарлау/ })
      : this.page.getByRole('button', { name: 'Отырысты жоспарлау' }).first();
    await button.click();
    const drawer = new SittingDrawer(this.page.getByRole('dialog', { name: 'Отырысты жоспарлау' }));
    await expect(drawer.root).toBeVisible();
    await drawer.fill(plan);
    await drawer.save();
    await expect(drawer.root).toBeHidden();
    const sitting = new SittingScreen(this.page);
    await expect(sitting.heading).toContainText(kkDate(plan.date));
    return sitting;
  }

  /** Opens sitting № n from the year's list. */
  async openSitting(n: number): Promise<SittingScreen> {
    await this.page.getByRole('link', { name: new RegExp(`^№ ${n} — `) }).click();
    const sitting = new SittingScreen(this.page);
    await expect(sitting.heading).toContainText(`№ ${n} — `);
    return sitting;
  }
}

/** The plan/edit drawer of a sitting. */
export class SittingDrawer {
  constructor(readonly root: Locator) {}

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  async fill(plan: Partial<SittingPlan>): Promise<void> {
    if (plan.date) await fillDate(this.field('Күні'), plan.date);
    if (plan.time !== undefined) await this.field('Уақыты').fill(plan.time);
    if (plan.place !== undefined) await this.field('Өтетін орны').fill(plan.place);
    if (plan.onlinePlatform !== undefined) await this.field('Онлайн платформа').fill(plan.onlinePlatform);
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Сақтау' }).click();
  }
}

export interface AgendaItemInput {
  title: string;
  /** What to type to find the rapporteur among the people. */
  rapporteur?: string;
  durationMinutes?: number;
  heard?: string;
}

/** One sitting's page, in Kazakh. */
export class SittingScreen {
  readonly heading: Locator;
  readonly steps: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.steps = page.getByRole('region', { name: 'Отырыстың мәртебесі' });
  }

  /** "Күн тәртібі", "Қатысу" or "Хаттама". */
  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** An agenda item's card by its number: "2. …". */
  agendaItem(position: number): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${position}\\. `) });
  }

  async addAgendaItem(item: AgendaItemInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Мәселе қосу' }).click();
    const root = this.page.getByRole('dialog', { name: 'Күн тәртібінің жаңа мәселесі' });
    await expect(root).toBeVisible();
    await root.getByLabel('Атауы', { exact: true }).fill(item.title);
    if (item.rapporteur)
      await chooseByTyping(root.getByLabel('Баяндамашы', { exact: true }), item.rapporteur);
    if (item.durationMinutes)
      await root.getByLabel('Жоспарланған ұзақтығы, минут').fill(String(item.durationMinutes));
    if (item.heard) await root.getByLabel('Тыңдалды (ТЫҢДАЛДЫ / СЛУШАЛИ)').fill(item.heard);
    await root.getByRole('button', { name: 'Сақтау' }).click();
    await expect(root).toBeHidden();
  }

  /** The step shown as current: "Жоспарланған", "Өткізілді"… */
  currentStep(): Locator {
    return this.steps.locator('.ant-steps-item-process .ant-steps-item-title');
  }

  /** Clicks a status button and waits until it has done its work (the button changes). */
  private async step(button: Locator): Promise<void> {
    const label = (await button.textContent())?.trim() ?? '';
    await button.click();
    await expect(this.steps.getByRole('button', { name: label })).toHaveCount(0);
  }

  /** planned → held → minutes drafted (approval has its own method: it asks first). */
  async advanceStatus(): Promise<void> {
    await this.step(this.steps.getByRole('button', { name: /Өткізілді деп белгілеу|Хаттама жобасы дайын/ }));
  }

  /** One step back, where the sitting allows it. */
  async previousStatus(): Promise<void> {
    await this.step(this.steps.getByRole('button', { name: /қайтару$/ }));
  }

  /** Approves the minutes, confirming the warning that the sitting will be locked. */
  async approve(): Promise<void> {
    await this.steps.getByRole('button', { name: 'Хаттаманы бекіту' }).click();
    const confirm = this.page.getByRole('dialog').filter({ hasText: 'құлыпталады' });
    await confirm.getByRole('button', { name: 'Бекіту және құлыптау' }).click();
    await expect(this.lockBanner()).toBeVisible();
  }

  lockBanner(): Locator {
    return this.page.getByText('Хаттама бекітілді: отырыс құлыпталған');
  }

  async addAmendment(text: string): Promise<void> {
    await this.page.getByLabel('Түзетудің мәтіні').fill(text);
    await this.page.getByRole('button', { name: 'Түзету қосу' }).click();
    await expect(this.page.getByText(text)).toBeVisible();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** The Kazakh words of the three marks, as the attendance table shows them. */
const MARK = { present: 'Қатысты', absent: 'Қатыспады', excused: 'Дәлелді себеппен' } as const;
export type Mark = keyof typeof MARK;

export interface GuestInput {
  /** A name to type; when `fromRegister`, the person of the register whose name it matches. */
  name: string;
  fromRegister?: boolean;
  /** Part of the name of their organisation. */
  organisation?: string;
}

/** The attendance tab of a sitting, in Kazakh. Open the tab first (SittingScreen.tab('Қатысу')). */
export class AttendanceScreen {
  readonly root: Locator;
  readonly quorum: Locator;
  readonly members: Locator;
  readonly guests: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Қатысу', exact: true });
    this.quorum = this.root.getByTestId('quorum');
    this.members = this.root.getByRole('table', { name: 'Отырысқа қатысқан кеңес мүшелері' });
    this.guests = this.root.getByRole('table', { name: 'Отырысқа шақырылғандар' });
  }

  /** The mark buttons of one member: "<name> қатысуы". */
  marksOf(name: string): Locator {
    return this.root.getByRole('radiogroup', { name: `${name} қатысуы` });
  }

  async mark(names: string[], mark: Mark): Promise<void> {
    for (const name of names) {
      const group = this.marksOf(name);
      await group.getByText(MARK[mark], { exact: true }).click();
      await expect(group.getByRole('radio', { name: MARK[mark] })).toBeChecked();
    }
  }

  markPresent(names: string[]): Promise<void> {
    return this.mark(names, 'present');
  }

  markAbsent(names: string[]): Promise<void> {
    return this.mark(names, 'absent');
  }

  /** Excused, with the deputy who came instead (a name typed in, or from the register). */
  async markExcused(name: string, deputy?: string): Promise<void> {
    await this.mark([name], 'excused');
    if (!deputy) return;
    const input = this.root.getByRole('combobox', { name: `${name} орнына келген` });
    await input.fill(deputy);
    await input.press('Escape');
  }

  async markEveryonePresent(): Promise<void> {
    await this.root.getByRole('button', { name: 'Барлығын қатысты деп белгілеу' }).click();
  }

  async addGuest(guest: GuestInput): Promise<void> {
    const who = this.root.getByRole('combobox', { name: 'Тізілімдегі адам немесе аты-жөні' });
    await who.fill(guest.name);
    if (guest.fromRegister) {
      await this.page
        .getByRole('option', { name: new RegExp(guest.name) })
        .first()
        .click();
    } else {
      await who.press('Escape');
    }
    if (guest.organisation) {
      const organisation = this.root.getByRole('combobox', { name: 'Оның ұйымы' });
      await organisation.click();
      await organisation.fill(guest.organisation);
      await expect(organisation).toHaveAttribute('aria-expanded', 'true');
      await organisation.press('Enter');
    }
    await this.root.getByRole('button', { name: 'Шақырылғанды қосу' }).click();
    await expect(this.guests).toContainText(guest.name);
  }

  async removeGuest(name: string): Promise<void> {
    await this.root.getByRole('button', { name: `${name} алып тастау` }).click();
  }

  /** Saves the marks in one call and waits for the confirmation. */
  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Сақтау' }).click();
    await expect(this.page.getByText('Қатысу сақталды.')).toBeVisible();
    await expect(this.root.getByRole('button', { name: 'Сақтау' })).toBeDisabled();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Болдырмау' }).click();
  }

  /** "Қатысқаны 6 мүшенің 3: кворум жоқ, 4 қажет" — recomputed at every click. */
  async quorumText(): Promise<string> {
    return ((await this.quorum.textContent()) ?? '').trim();
  }
}

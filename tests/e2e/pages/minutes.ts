import { expect, type Locator, type Page } from '@playwright/test';
import type { KenesServer } from '../support/kenes-server';
import { callKenes } from '../support/api';
import type { Person, SessionDetail } from '../../../src/shared/model';

export const SITTING = {
  /** The Akmola model's chair (DOMAIN.md §2), as the template enters him. */
  chair: 'Ибраев М.У.',
  secretary: 'Нұрланова Сәуле Болатқызы',
  members: ['Әбенова Гүлнар Серікқызы', 'Бурдинская Ольга Владимировна', 'Жақсылықов Нұрлан Қайратұлы'],
  item: 'Аутизмі бар балаларды қолдау жоспары туралы',
  heard: 'Өңірдегі ерекше білім беру қажеттіліктері бар балаларды тексеру нәтижелері баяндалды.',
  decision: 'Аутизмі бар балаларды қолдаудың өңірлік жоспарын әзірлеу',
  amendment: 'Орындау мерзімі 2027 жылғы 1 сәуірге ауыстырылды',
};

/**
 * A held and approved sitting of five members (four present), with one item, a decision
 * by vote and an amendment after approval: recorded through the API, since planning and
 * recording sittings have screens and tests of their own.
 */
export const recordApprovedSitting = async (kenes: KenesServer): Promise<SessionDetail> => {
  const person = (fullName: string, councilRole: string) =>
    callKenes<Person>(kenes, 'people:create', { fullName, councilRole });
  const council = await callKenes<{ chairPersonId: string }>(kenes, 'council:get', {});
  const chair = { id: council.chairPersonId };
  const secretary = await person(SITTING.secretary, 'secretary');
  const members = [];
  for (const name of SITTING.members) members.push(await person(name, 'member'));
  const session = await callKenes<SessionDetail>(kenes, 'sessions:create', {
    date: '2026-12-15',
    time: '10:00',
    place: 'Көкшетау қ., Абай к-сі, 96',
    chairPersonId: chair.id,
    secretaryPersonId: secretary.id,
  });
  await callKenes(kenes, 'sessions:setAttendance', {
    sessionId: session.id,
    members: [chair, secretary, members[0]!, members[1]!].map((m) => ({ personId: m.id, status: 'present' })),
    guests: [],
  });
  await callKenes(kenes, 'sessions:setStatus', { id: session.id, status: 'held' });
  const item = await callKenes<{ id: string }>(kenes, 'agenda:add', {
    sessionId: session.id,
    title: SITTING.item,
    rapporteurPersonId: secretary.id,
    heard: SITTING.heard,
  });
  await callKenes(kenes, 'decisions:create', {
    agendaItemId: item.id,
    text: SITTING.decision,
    deadline: '2027-03-01',
    vote: { for: 3, against: 1, abstained: 0 },
  });
  await callKenes(kenes, 'sessions:setStatus', { id: session.id, status: 'minutes_drafted' });
  await callKenes(kenes, 'sessions:setStatus', { id: session.id, status: 'approved' });
  return callKenes<SessionDetail>(kenes, 'sessions:amend', {
    id: session.id,
    text: SITTING.amendment,
  });
};

/** The "Хаттама" tab of a sitting: language, preview pages, downloads and print. */
export class MinutesTab {
  readonly pages: Locator;

  constructor(readonly page: Page) {
    this.pages = page.getByRole('document', { name: 'Хаттаманың беттері' });
  }

  async open(kenes: KenesServer, sessionId: string): Promise<void> {
    await this.page.goto(`${kenes.origin}/#/sessions/${sessionId}`);
    await this.page.getByRole('tab', { name: 'Хаттама' }).click();
    await expect(this.pages).toHaveAttribute('aria-busy', 'false');
  }

  /** "Қазақша" or "Орысша": the language the minutes are written in. */
  async chooseLanguage(label: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Хаттаманың тілі' })
      .getByText(label, { exact: true })
      .click();
    await expect(this.pages).toHaveAttribute('aria-busy', 'false');
  }

  /** Clicks a download button and returns the saved file's path and suggested name. */
  async download(
    button: 'DOCX жүктеу' | 'PDF жүктеу',
    saveTo: string,
  ): Promise<{ file: string; name: string }> {
    const event = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const download = await event;
    await download.saveAs(saveTo);
    return { file: saveTo, name: download.suggestedFilename() };
  }
}

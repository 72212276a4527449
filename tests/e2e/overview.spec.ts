import { test, expect } from './support/fixtures';
import { startKenes, type KenesServer } from './support/kenes-server';
import { startFromAkmolaModel } from './pages/registry';
import { OverviewScreen } from './pages/overview';
import { callKenes } from './support/api';
import { FIGURE_13 } from '../helpers/fixtures';

/** The workspace clock of this test: 20 November 2026, the fourth quarter under way. */
const NOW = '2026-11-20T10:00:00';

const firstOfType = async (kenes: KenesServer, typeCode: string): Promise<string> => {
  const page = await callKenes<{ items: { id: string }[] }>(kenes, 'organisations:list', {
    typeCodes: [typeCode],
    pageSize: 1,
  });
  return page.items[0]!.id;
};

/**
 * What other screens would have made by now, through the HTTP API: a September sitting held
 * with one decision overdue, the December sitting planned, an agreement in its notice period.
 */
const councilAtWork = async (kenes: KenesServer) => {
  const september = await callKenes<{ id: string; attendance: { personId: string; councilRole: string }[] }>(
    kenes,
    'sessions:create',
    { date: '2026-09-17', time: '10:00', place: 'Көкшетау қ., Абай к-сі, 96' },
  );
  const chair = september.attendance.find((a) => a.councilRole === 'chair')!;
  await callKenes(kenes, 'sessions:setAttendance', {
    sessionId: september.id,
    members: [{ personId: chair.personId, status: 'present' }],
    guests: [],
  });
  await callKenes(kenes, 'sessions:setStatus', { id: september.id, status: 'held' });
  const item = await callKenes<{ id: string }>(kenes, 'agenda:add', {
    sessionId: september.id,
    title: 'ПМПК-ның қашықтан кеңес беруі туралы',
  });
  await callKenes(kenes, 'decisions:create', {
    agendaItemId: item.id,
    text: 'ПМПК-ның қашықтан кеңес беру тәртібін әзірлеу',
    deadline: '2026-10-30',
  });
  await callKenes(kenes, 'sessions:create', {
    date: '2026-12-03',
    time: '10:00',
    place: 'Көкшетау, облыстық білім басқармасы, 2-зал',
  });
  await callKenes(kenes, 'agreements:create', {
    number: '7',
    title: 'Ерекше білім беру қажеттілігі бар балаларды қолдау туралы келісім',
    kind: 'cooperation',
    signedOn: '2025-12-11',
    validFrom: '2025-12-11',
    validTo: '2026-12-10',
    noticeDays: 30,
    parties: [
      { organisationId: await firstOfType(kenes, 'SPED.PMPK'), role: 'Консультация' },
      { organisationId: await firstOfType(kenes, 'EDU.SCHOOL'), role: 'Мектеп' },
    ],
  });
};

test('the overview shows a secretary the council at a glance, in Kazakh, on the workspace clock', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let kenes: KenesServer | undefined;
  try {
    kenes = await startKenes(undefined, { now: NOW });
    await page.setViewportSize({ width: 1366, height: 768 });
    await startFromAkmolaModel(page, kenes.url);
    const overview = new OverviewScreen(page);
    await expect(overview.heading).toBeVisible();

    // A new Akmola workspace: the Figure 13 counts, no sitting, nothing to chase yet.
    expect(await overview.typeCounts()).toEqual(FIGURE_13);
    const types = overview.card('Ұйымдар түрлері бойынша');
    await expect(types.locator('.ant-statistic')).toHaveText('Барлық ұйымдар124');
    const next = overview.card('Келесі отырыс');
    await expect(next).toContainText('Отырыс жоспарланбаған');
    await expect(next.getByRole('alert')).toHaveText(
      '2026 жылғы 4-тоқсанда отырыс әлі жоқ (01.10.2026 – 31.12.2026).',
    );
    await expect(next.getByRole('button', { name: 'Отырысты жоспарлау' })).toBeVisible();
    await expect(overview.card('Бақылаудағы шешімдер')).toContainText('Орындалмаған шешім жоқ.');
    await expect(overview.card('Мерзімі бітетін келісімдер')).toContainText(
      'Ескерту мерзіміндегі келісім жоқ.',
    );
    const modules = overview.card('Жетекшісі жоқ модульдер');
    await expect(modules.locator('.ant-statistic-content')).toHaveText('12/ 12');
    const recent = overview.card('Соңғы өзгерістер');
    await expect(recent.locator('li')).toHaveCount(1);
    await expect(recent).toContainText('Жұмыс кеңістігі құрылды');
    await expect(recent.locator('time')).toHaveText('бірнеше секунд бұрын');
    await page.screenshot({ path: test.info().outputPath('overview-new-kk.png') });

    // The council at work; the overview reads it afresh when opened again.
    await councilAtWork(kenes);
    await page.getByRole('navigation').getByText('Ұйымдар', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Ұйымдар', level: 1 })).toBeVisible();
    await overview.open();
    await expect(next.locator('.kenes-countdown')).toContainText('13күн');
    await expect(next).toContainText('№ 2 отырыс');
    await expect(next).toContainText('03.12.2026, 10:00');
    await expect(next).toContainText('Көкшетау, облыстық білім басқармасы, 2-зал');
    await expect(next.getByRole('alert')).toHaveCount(0);
    const decisions = overview.card('Бақылаудағы шешімдер');
    await expect(decisions.locator('.ant-statistic-content')).toHaveText(['1', '1']);
    const overdue = decisions.getByRole('list', { name: 'Мерзімі өткендер' });
    await expect(overdue).toContainText('2.1');
    await expect(overdue).toContainText('ПМПК-ның қашықтан кеңес беру тәртібін әзірлеу');
    await expect(overdue).toContainText('Мерзімі: 30.10.2026 · № 1 отырыс, 17.09.2026');
    const agreements = overview.card('Мерзімі бітетін келісімдер');
    await expect(agreements).toContainText('20 күн қалды');
    await expect(recent.locator('li').first()).toContainText('Келісім');
    await expect(recent.locator('li').first()).toContainText('Құрылды: № 7');
    await page.screenshot({ path: test.info().outputPath('overview-kk-1366x768.png') });
    await page.screenshot({ path: test.info().outputPath('overview-kk-full.png'), fullPage: true });

    // The same in Russian: the countdown, the decision and the change log follow the language.
    await page.getByRole('radiogroup', { name: 'Тіл' }).getByRole('radio', { name: 'Русский' }).check();
    await expect(page.getByRole('heading', { name: 'Ближайшее заседание', level: 2 })).toBeVisible();
    await expect(page.locator('.kenes-countdown')).toContainText('13дней');
    await expect(page.getByText('Заседание № 2', { exact: true })).toBeVisible();
    await expect(page.getByText('Осталось 20 дней', { exact: true })).toBeVisible();
    await expect(page.locator('.kenes-overview-card time').first()).toHaveText('несколько секунд назад');
    await page.screenshot({ path: test.info().outputPath('overview-ru-1366x768.png') });
    await page.getByRole('radiogroup', { name: 'Язык' }).getByRole('radio', { name: 'Қазақша' }).check();
    await expect(overview.heading).toBeVisible();

    // An agreement opens from the overview.
    await agreements.getByRole('button', { name: /№ 7/ }).click();
    await expect(page).toHaveURL(/#\/agreements\/[0-9a-f-]{36}$/);

    // A type opens the registry filtered by it.
    await page.goBack();
    await expect(overview.heading).toBeVisible();
    await types.getByRole('button', { name: /^Тізілімде көрсету: ПМПК — / }).click();
    await expect(page.getByText('4 ұйым', { exact: true })).toBeVisible();
  } finally {
    await kenes?.stop();
  }
});

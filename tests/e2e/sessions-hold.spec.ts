import fs from 'node:fs';
import { test, expect } from './support/fixtures';
import { startFromAkmolaModel } from './pages/registry';
import { SessionsScreen, akmolaChair, seedCouncil } from './pages/sessions';
import { AttendanceScreen } from './pages/attendance';
import { DecisionsScreen, OpenDecisionsScreen } from './pages/decisions';
import { MinutesTab } from './pages/minutes';
import { pdfPagePictures } from './support/pdf-pictures';
import { readDocx } from '../helpers/docx-reader';
import { readPdfPages } from '../helpers/pdf-reader';

/** The workspace clock: 15 February 2027; the sitting was held on the 10th. */
const NOW = '2027-02-15T09:00:00';
test.use({ kenesNow: NOW });
const itemTitle = 'Ерекше білім беру қажеттіліктері бар балаларды ерте анықтау туралы';
const secretary = 'Нұрланова Сәуле Болатқызы';
const [burdinskaya, zhaksylykov, kurmanova, ospanova] = [
  'Бурдинская Ольга Владимировна',
  'Жақсылықов Нұрлан Қайратұлы',
  'Құрманова Айгүл Бейсенқызы',
  'Оспанова Дина Маратқызы',
];

test('a secretary takes attendance with a live quorum, records decisions and follows them up', async ({
  page,
  kenes,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromAkmolaModel(page, kenes.url);
  await seedCouncil(kenes);

  const year = new SessionsScreen(page);
  await year.open();
  const sitting = await year.planSitting({
    period: 1,
    date: '2027-02-10',
    time: '10:00',
    place: 'Көкшетау, облыстық білім басқармасы, 2-зал',
  });
  await sitting.addAgendaItem({ title: itemTitle, rapporteur: 'Бурдинская' });
  await sitting.advanceStatus();

  // Attendance: six members, a quorum needs four. Recomputed at every click, before saving.
  await sitting.tab('Қатысу');
  const attendance = new AttendanceScreen(page);
  await expect(attendance.quorum).toContainText('Қатысқаны 6 мүшенің 0: кворум жоқ, 4 қажет');
  await attendance.markPresent([akmolaChair, secretary, burdinskaya]);
  await expect(attendance.quorum).toContainText('Қатысқаны 6 мүшенің 3: кворум жоқ, 4 қажет');
  await expect(attendance.quorum).toHaveClass(/ant-alert-error/);
  await attendance.markAbsent([zhaksylykov, ospanova]);
  await attendance.markExcused(kurmanova, 'Серікова Динара Қанатқызы');
  await attendance.addGuest({ name: 'Ахметова Жанар Болатқызы', organisation: 'консультация №1' });
  await expect(page.getByText('Қатысудағы өзгерістер сақталмаған.')).toBeVisible();
  await attendance.save();
  // Saved as marked: the deputy and the guest with her organisation are kept.
  await page.reload();
  await sitting.tab('Қатысу');
  await expect(attendance.quorum).toContainText('6 мүшенің 3: кворум жоқ');
  await expect(attendance.root.getByRole('combobox', { name: `${kurmanova} орнына келген` })).toHaveValue(
    'Серікова Динара Қанатқызы',
  );
  await expect(attendance.guests).toContainText('Ахметова Жанар Болатқызы');
  await expect(attendance.guests).toContainText('консультация');

  // A decision without a quorum needs the reason, which is kept for the minutes.
  await sitting.tab('Күн тәртібі');
  const decisions = new DecisionsScreen(page);
  const first = await decisions.openNew(2);
  await expect(first.noQuorumWarning()).toContainText('6 мүшенің 3 қатысты, кворумға 4 қажет');
  await first.fill({ text: 'Ерте араласу қызметінің өңірлік жоспарын әзірлеу' });
  await first.save();
  await expect(first.root.getByText('Себебін көрсетіңіз: кворум болмаса, бұл міндетті.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('decision-drawer-no-quorum-kk.png') });
  const reason = 'Кеңес қатысқан мүшелердің құрамымен шешім қабылдауға келісті';
  await first.fill({ overrideReason: reason });
  await first.saveAndClose();
  await expect(decisions.decision('2.1')).toContainText(reason);

  // One more member arrives: the quorum is reached and the warning goes.
  await sitting.tab('Қатысу');
  await attendance.markPresent([zhaksylykov]);
  await expect(attendance.quorum).toContainText('Қатысқаны 6 мүшенің 4: кворум бар (4 қажет)');
  await expect(attendance.quorum).toHaveClass(/ant-alert-success/);
  await page.screenshot({ path: test.info().outputPath('attendance-kk.png'), fullPage: true });
  // Leaving with unsaved marks asks first; staying keeps them.
  await page.getByRole('navigation').getByText('Отырыстар', { exact: true }).click();
  const leave = page.getByRole('dialog').filter({ hasText: 'Қатысуды сақтамай шығасыз ба?' });
  await leave.getByRole('button', { name: 'Өңдеуді жалғастыру' }).click();
  await expect(leave).toBeHidden();
  await expect(attendance.quorum).toContainText('6 мүшенің 4: кворум бар');
  await attendance.save();

  await sitting.tab('Күн тәртібі');
  const second = await decisions.openNew(2);
  await expect(second.noQuorumWarning()).toHaveCount(0);
  await second.fill({
    text: 'ПМПК мамандарына аутизм спектрі бұзылыстары бойынша семинар өткізу',
    responsibleOrganisations: ['консультация №1'],
    responsiblePeople: ['Жақсылықов'],
    partners: ['оқу-әдістемелік'],
    deadline: '2027-02-12',
    indicator: '40 маман оқытылды',
    vote: { for: 2, against: 2, abstained: 0, chair: 'Жақтап' },
  });
  // A tie settled by the chair's vote (the council's default rule).
  await expect(second.outcome()).toContainText('Қабылданды');
  await page.screenshot({ path: test.info().outputPath('decision-drawer-kk.png') });
  await second.saveAndClose();
  const seminar = decisions.decision('2.2');
  await expect(seminar).toContainText('Мерзімі өтті');
  await expect(seminar).toContainText('12.02.2027');
  await expect(seminar).toContainText('40 маман оқытылды');
  await expect(seminar).toContainText('Жақтап 2, қарсы 2, қалыс 0; төраға: жақтап');
  await expect(seminar.locator('.ant-descriptions-item').filter({ hasText: 'Серіктестер' })).toContainText(
    'оқу-әдістемелік',
  );
  await expect(seminar.locator('.ant-descriptions-item').filter({ hasText: 'Жауаптылар' })).toContainText(
    'Жақсылықов Нұрлан Қайратұлы',
  );

  // The open decisions across sittings: the overdue one first, then followed up in place.
  const open = new OpenDecisionsScreen(page);
  await open.open();
  await expect(open.rows()).toHaveCount(2);
  await expect(open.rows().first()).toContainText('семинар');
  await expect(open.rows().first()).toContainText('Мерзімі өтті');
  await expect(page.getByRole('status').filter({ hasText: 'мерзімі өтті' })).toContainText(
    '2 ашық шешімнің 1 мерзімі өтті',
  );
  await open.overdueOnly();
  await expect(open.rows()).toHaveCount(1);
  await expect(open.rows().first()).toContainText('№ 1, 10.02.2027');
  const note = 'Семинар наурыздың бірінші аптасына ауыстырылды';
  await open.rows().first().getByLabel('2.2 шешімнің орындалу барысы').fill(note);
  await open.rows().first().getByRole('button', { name: 'Қосу' }).click();
  await expect(open.rows().first()).toContainText(note);
  await open.overdueOnly(false);
  const plan = open.row('өңірлік жоспарын');
  await plan.getByRole('combobox', { name: '2.1 шешімнің мәртебесі' }).click();
  await page.getByRole('option', { name: 'Орындалды', exact: true }).click();
  await expect(open.rows()).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('open-decisions-kk.png'), fullPage: true });

  // The sitting's link leads back to it, where 2.1 now shows as done.
  await open.rows().first().getByRole('button', { name: '№ 1, 10.02.2027' }).click();
  await expect(decisions.decision('2.1')).toContainText('Орындалды');
  await expect(decisions.decision('2.2').getByText(note)).toBeVisible();

  // Approved minutes lock the record; following the decisions up goes on.
  await sitting.advanceStatus();
  await sitting.approve();
  await expect(decisions.ofItem(2).getByRole('button', { name: 'Шешім жазу' })).toHaveCount(0);
  await expect(decisions.decision('2.2').getByRole('button', { name: 'Өзгерту' })).toHaveCount(0);
  await decisions.setStatus('2.2', 'Орындалуда');
  await expect(decisions.decision('2.2')).toContainText('Орындалуда');
  await page.screenshot({ path: test.info().outputPath('sitting-decisions-kk.png'), fullPage: true });
  await sitting.tab('Қатысу');
  await expect(attendance.root).toContainText('хаттамасы бекітілген');
  await expect(attendance.marksOf(akmolaChair)).toHaveCount(0);
  await expect(attendance.members.getByRole('row').filter({ hasText: kurmanova })).toContainText(
    'Дәлелді себеппенСерікова Динара Қанатқызы',
  );
  await expect(attendance.root.getByRole('button', { name: 'Сақтау' })).toHaveCount(0);

  // The Kazakh minutes of what was recorded on these screens, as the chair will sign them.
  await sitting.tab('Хаттама');
  const minutes = new MinutesTab(page);
  await expect(minutes.pages).toHaveAttribute('aria-busy', 'false');
  await expect(minutes.pages).toContainText('ХАТТАМА № 1');
  const docx = await minutes.download('DOCX жүктеу', test.info().outputPath('minutes-kk.docx'));
  const doc = readDocx(fs.readFileSync(docx.file).toString('base64'));
  const pdf = await minutes.download('PDF жүктеу', test.info().outputPath('minutes-kk.pdf'));
  const pdfBytes = fs.readFileSync(pdf.file);
  const printed = (await readPdfPages(pdfBytes)).join(' ');
  for (const text of [doc.text, printed.replace(/\s+/g, ' ')]) {
    for (const expected of [
      'ХАТТАМА № 1',
      'Төрағалық етті:',
      'Хатшы:',
      'Қатысқандар:',
      'Шақырылғандар:',
      'Ахметова Жанар Болатқызы',
      'КҮН ТӘРТІБІ:',
      itemTitle,
      'ТЫҢДАЛДЫ:',
      'ШЕШІМ ҚАБЫЛДАНДЫ:',
      'ПМПК мамандарына аутизм спектрі бұзылыстары бойынша семинар өткізу',
      reason,
      '40 маман оқытылды',
      'Төраға',
      'С.Б. Нұрланова',
    ])
      expect(text, expected).toContain(expected);
  }
  // Looked at, page by page, beside the test's output.
  const pictures = await pdfPagePictures(browser, pdfBytes, test.info().outputPath('minutes-kk-page'));
  expect(pictures.length).toBeGreaterThan(0);
  await sitting.tab('Қатысу');

  // The same screen in Russian.
  await page.getByRole('radiogroup', { name: 'Тіл' }).getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('region', { name: 'Явка', exact: true })).toContainText(
    'Присутствуют 4 из 6: кворум есть (нужно 4)',
  );
  await page.screenshot({ path: test.info().outputPath('attendance-ru.png'), fullPage: true });
});

import { test, expect } from './support/fixtures';
import { startFromAkmolaModel } from './pages/registry';
import { SessionsScreen, akmolaChair, seedCouncil } from './pages/sessions';

/** The workspace clock of this test: mid-February 2027, the first quarter under way. */
const NOW = '2027-02-15T09:00:00';
test.use({ kenesNow: NOW });
const place = 'Көкшетау, облыстық білім басқармасы, 2-зал';
const itemTitle = 'Ерекше білім беру қажеттіліктері бар балаларды ерте анықтау туралы';

test('a secretary plans the next quarter’s sitting, prepares its agenda and takes it to approval', async ({
  page,
  kenes,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromAkmolaModel(page, kenes.url);
  await seedCouncil(kenes);

  const year = new SessionsScreen(page);
  await year.open();
  // The year of the workspace clock, not of the computer running the test.
  await expect(year.yearSelect()).toHaveText('2027');
  await expect(year.missingWarning(1)).toContainText('Бұл кезеңге отырыс жоспарланбаған');
  await expect(year.missingWarning(2)).toContainText('Бұл кезеңге отырыс жоспарланбаған');
  await page.screenshot({ path: test.info().outputPath('sessions-year-empty.png'), fullPage: true });

  // A bad time is refused in Kazakh, and nothing typed is lost.
  await year
    .period(2)
    .getByRole('button', { name: /Отырысты жоспарлау/ })
    .click();
  const drawer = page.getByRole('dialog', { name: 'Отырысты жоспарлау' });
  // The council's chair and secretary are there already.
  await expect(drawer.locator('.ant-form-item').filter({ hasText: 'Төраға' }).first()).toContainText(
    akmolaChair,
  );
  await drawer.getByLabel('Уақыты', { exact: true }).fill('25:70');
  await drawer.getByLabel('Өтетін орны', { exact: true }).fill(place);
  await drawer.getByRole('button', { name: 'Сақтау' }).click();
  await expect(drawer.getByText('Пішімі дұрыс емес.')).toBeVisible();
  await expect(drawer.getByLabel('Өтетін орны', { exact: true })).toHaveValue(place);
  await drawer.getByRole('button', { name: 'Болдырмау' }).click();
  await page.getByRole('button', { name: 'Өзгерістерден бас тарту' }).click();

  const sitting = await year.planSitting({ period: 2, date: '2027-04-15', time: '10:00', place });
  await expect(sitting.heading).toHaveText('№ 1 — 15.04.2027');
  await expect(page.getByText(akmolaChair, { exact: true })).toBeVisible();
  await expect(page.getByText('Нұрланова Сәуле Болатқызы', { exact: true })).toBeVisible();
  // The first item is always the review of earlier decisions.
  await expect(sitting.agendaItem(1)).toContainText('Бұрын қабылданған шешімдердің орындалуы туралы');

  await sitting.addAgendaItem({ title: itemTitle, rapporteur: 'Бурдинская', durationMinutes: 20 });
  await expect(sitting.agendaItem(2)).toContainText(itemTitle);
  await expect(sitting.agendaItem(2)).toContainText('Баяндамашы: Бурдинская Ольга Владимировна');
  await expect(page.getByText('Жоспарланған уақыт: 20 мин')).toBeVisible();
  // The report itself, attached to the item (the server checks the bytes, not the name).
  await sitting
    .agendaItem(2)
    .locator('input[type=file]')
    .setInputFiles({
      name: 'баяндама.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
  await expect(sitting.agendaItem(2).getByText('баяндама.pdf', { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('sitting-planned.png'), fullPage: true });

  // Back in the year: numbered in its quarter, and that quarter's warning gone.
  await page.getByRole('link', { name: 'Барлық отырыстар' }).click();
  await expect(year.period(2).getByRole('link', { name: '№ 1 — 15.04.2027, 10:00' })).toBeVisible();
  await expect(year.period(2)).toContainText('Жоспарланған');
  await expect(year.period(2)).toContainText('Күн тәртібінде 2 мәселе');
  await expect(year.missingWarning(2)).toHaveCount(0);
  await expect(year.missingWarning(1)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('sessions-year-planned.png'), fullPage: true });

  const opened = await year.openSitting(1);
  await opened.advanceStatus();
  await expect(opened.steps.getByRole('button', { name: 'Хаттама жобасы дайын' })).toBeVisible();
  // Held with nobody marked present: the quorum warning is red and says so.
  await expect(page.getByRole('alert').filter({ hasText: 'Кворум жоқ' })).toContainText(
    '6 мүшенің 0 қатысуда, 4 қажет',
  );
  await opened.previousStatus();
  await expect(opened.steps.getByRole('button', { name: 'Өткізілді деп белгілеу' })).toBeVisible();
  await opened.advanceStatus();
  await opened.advanceStatus();
  await opened.approve();
  await expect(page.getByRole('button', { name: 'Мәселе қосу' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Өзгерту' })).toHaveCount(0);
  await opened.addAmendment('2.1-шешімнің орындалу мерзімі 2027 жылғы 1 маусымға ауыстырылды.');
  await page.screenshot({ path: test.info().outputPath('sitting-approved.png'), fullPage: true });

  // The same sitting in Russian and English: every word of the screen follows the language.
  await page.getByRole('radiogroup', { name: 'Тіл' }).getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByText('Протокол утверждён: заседание заблокировано')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Повестка' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Язык' }).getByRole('radio', { name: 'English' }).check();
  await expect(page.getByText('The minutes are approved: the sitting is locked')).toBeVisible();
  await page.getByRole('link', { name: 'All sittings' }).click();
  await expect(page.getByRole('region', { name: 'Quarter 2' })).toContainText('Approved');
  await expect(page.getByRole('region', { name: 'Quarter 3' })).toContainText(
    'No sitting planned in this period',
  );
});

/**
 * The minutes of a long sitting (issue 5, item 9): 30 agenda items, 100 decisions with
 * responsibles, deadlines and votes, 60 attendees (50 members and 10 guests), generated
 * through the dispatcher as DOCX and as PDF, in Kazakh and in Russian. Target: ≤ 1 s each,
 * on the median of a few runs after a warm-up. The first call of a run of the app also loads
 * the writer (PDFKit and the DejaVu fonts, docx): it is printed beside, not held to the target.
 */
import type { Benchmark } from './harness';
import { median, time } from './harness';
import { openBenchWorkspace, type BenchWorkspace } from './fixtures/workspace';
import { organisationInputs } from './fixtures/network';
import { createDispatcher } from '../src/main/api/dispatch';
import { createServiceContext } from '../src/main/services/context';
import { workspaceCalls } from '../src/shared/api/workspace';
import { organisationCalls } from '../src/shared/api/organisations';
import { personCalls } from '../src/shared/api/people';
import { agendaCalls, decisionCalls, sessionCalls } from '../src/shared/api/sessions';
import type { ApiResult } from '../src/shared/api/contract';
import type { ExportedFile } from '../src/shared/api/exports';

const SIZE = { items: 30, decisions: 100, members: 50, guests: 10, runs: 5 };
const TARGET_MS = 1000;

const SURNAMES = [
  'Әбенова',
  'Жақсылықов',
  'Құрманова',
  'Оспанова',
  'Сейтқали',
  'Төлеуов',
  'Үсенова',
  'Ғабитов',
];
const GIVEN = ['Гүлнар', 'Нұрлан', 'Айгүл', 'Дина', 'Әсел', 'Бауыржан', 'Мәдина', 'Ерлан'];
const FATHERS = ['Серікқызы', 'Қайратұлы', 'Бейсенқызы', 'Маратқызы', 'Нұрланқызы', 'Ерланұлы', 'Асқарқызы'];
const name = (i: number): string =>
  `${SURNAMES[i % SURNAMES.length]} ${GIVEN[(i * 3) % GIVEN.length]} ${FATHERS[(i * 5) % FATHERS.length]}`;

const HEARD =
  'Баяндамашы өңірдегі ерекше білім беру қажеттіліктері бар балаларды қолдау бойынша жұмыстың барысын, ' +
  'психологиялық-медициналық-педагогикалық консультациялардың тексеру нәтижелерін және ресурстық ' +
  'орталықтардың мамандарды даярлау жоспарын баяндады.';

/** The sitting: members all present (the votes need them), guests with their organisations. */
export const recordSitting = (ws: BenchWorkspace): string => {
  ws.invoke(workspaceCalls.initialise, {
    template: 'empty',
    councilName: 'Ақмола облысында инклюзивті білім беруді дамыту жөніндегі үйлестіру кеңесі',
  });
  const orgs = ws.invoke(organisationCalls.createMany, { items: organisationInputs(40, 7) }).ids;
  const person = (i: number, councilRole: 'chair' | 'secretary' | 'member' | 'invited') =>
    ws.invoke(personCalls.create, {
      fullName: name(i),
      position: i % 3 === 0 ? 'директор' : 'әдіскер',
      organisationId: orgs[i % orgs.length],
      councilRole,
    }).id;
  const members = Array.from({ length: SIZE.members }, (_, i) =>
    person(i, i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member'),
  );
  const guests = Array.from({ length: SIZE.guests }, (_, i) => person(SIZE.members + i, 'invited'));
  const session = ws.invoke(sessionCalls.create, {
    date: '2026-12-15',
    time: '10:00',
    place: 'Көкшетау қ., Абай к-сі, 96',
    chairPersonId: members[0],
    secretaryPersonId: members[1],
  });
  ws.invoke(sessionCalls.setAttendance, {
    sessionId: session.id,
    members: members.map((personId) => ({ personId, status: 'present' as const })),
    guests: guests.map((personId, i) => ({ personId, organisationId: orgs[i] })),
  });
  ws.invoke(sessionCalls.setStatus, { id: session.id, status: 'held' });
  const items = Array.from(
    { length: SIZE.items - 1 },
    (_, i) =>
      ws.invoke(agendaCalls.add, {
        sessionId: session.id,
        title: `Инклюзивті білім беруді дамытудың ${i + 1}-бағыты туралы`,
        rapporteurPersonId: members[2 + (i % (SIZE.members - 2))],
        heard: HEARD,
        spoke: `${name(i + 7)} ұсыныстар айтты.`,
      }).id,
  );
  for (let d = 0; d < SIZE.decisions; d += 1) {
    ws.invoke(decisionCalls.create, {
      agendaItemId: items[d % items.length]!,
      text: `${d + 1}-ұсынымды орындау жөнінде іс-шаралар жоспарын әзірлеу және облыстық басқармаға ұсыну`,
      responsibleOrganisationIds: [orgs[d % orgs.length]!, orgs[(d + 11) % orgs.length]!],
      responsiblePersonIds: [members[(d + 3) % SIZE.members]!],
      deadline: `2027-0${1 + (d % 9)}-15`,
      indicator: 'Жоспар бекітілді',
      vote: d % 4 === 0 ? { for: 45, against: 3, abstained: 2 } : null,
    });
  }
  return session.id;
};

const minutes: Benchmark = {
  name: 'minutes',
  description: `minutes of a sitting with ${SIZE.items} agenda items, ${SIZE.decisions} decisions and ${SIZE.members + SIZE.guests} attendees, as DOCX and PDF`,
  run: async (report) => {
    const ws = openBenchWorkspace('minutes');
    try {
      const seeded = time(() => recordSitting(ws));
      report.timing('recording the sitting (setup)', seeded.ms);
      const sessionId = seeded.value;
      const dispatch = createDispatcher(createServiceContext(ws.workspace), {
        logError: (channel, error) => console.error(`[bench] ${channel} failed:`, error),
      });
      const generate = async (channel: string, language: 'kk' | 'ru') => {
        const started = performance.now();
        const result = (await dispatch(channel, { sessionId, language })) as ApiResult<ExportedFile>;
        const ms = performance.now() - started;
        if (!result.ok) throw new Error(`${channel} refused: ${result.error.message}`);
        return { ms, bytes: Buffer.byteLength(result.value.base64, 'base64') };
      };
      for (const [channel, format] of [
        ['minutes:docx', 'DOCX'],
        ['minutes:pdf', 'PDF'],
      ] as const) {
        report.section(format);
        const first = await generate(channel, 'kk');
        report.timing(`${format}, first call (loads the writer, no target)`, first.ms);
        for (const language of ['kk', 'ru'] as const) {
          const runs: number[] = [];
          let bytes = 0;
          for (let r = 0; r < SIZE.runs; r += 1) {
            const run = await generate(channel, language);
            runs.push(run.ms);
            bytes = run.bytes;
          }
          report.timing(`${format} ${language}, median of ${SIZE.runs}`, median(runs));
          report.figure(`${format} ${language}, file size`, bytes / 1024, 'KiB', 0);
          report.target({
            label: `minutes:${format.toLowerCase()} ${language}, ${SIZE.items} items / ${SIZE.decisions} decisions / ${SIZE.members + SIZE.guests} attendees`,
            actual: median(runs),
            atMost: TARGET_MS,
            unit: 'ms',
          });
        }
      }
    } finally {
      ws.close();
    }
  },
};

export default minutes;

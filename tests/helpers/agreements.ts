import { openTestWorkspace, type TestClock, type TestWorkspace } from './workspace';
import { organisationInput } from './fixtures';
import { moduleCatalogue } from '../../src/shared/reference';
import type { z } from 'zod';
import type { agreementCreate } from '../../src/shared/api/agreements';
import type { Organisation, Person } from '../../src/shared/model';

export type AgreementCreate = z.input<typeof agreementCreate>;

/** A council with three partners, as a methodologist drafting a three-party agreement has them. */
export interface Partners extends TestWorkspace {
  pmpk: Organisation;
  school: Organisation;
  college: Organisation;
  /** The heads who sign for the ПМПК and the school. */
  pmpkHead: Person;
  schoolHead: Person;
  /** Module ids of the catalogue, by module number. */
  module: (number: number) => string;
}

export const withPartners = (clock?: TestClock): Partners => {
  const t = openTestWorkspace(clock ? { clock } : {});
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  const pmpk = t.api.organisations.create(
    organisationInput({
      nameKk: 'Көкшетау қаласының №1 психологиялық-медициналық-педагогикалық консультациясы',
      nameRu: 'Психолого-медико-педагогическая консультация №1 города Кокшетау',
      shortName: 'ПМПК №1',
      typeCode: 'SPED.PMPK',
      headName: 'Сәрсенова Әйгерім Қайратқызы',
    }),
  );
  const school = t.api.organisations.create(
    organisationInput({
      nameKk: 'Қорғалжын ауданының №3 жалпы білім беретін мектебі',
      nameRu: 'Общеобразовательная школа №3 Коргалжынского района',
      typeCode: 'EDU.SCHOOL',
      headName: 'Оспанов Ерлан Бекұлы',
    }),
  );
  const college = t.api.organisations.create(
    organisationInput({
      nameKk: 'Ақмола облысының жоғары педагогикалық колледжі',
      nameRu: 'Высший педагогический колледж Акмолинской области',
      typeCode: 'EDU.PED_COLLEGE',
    }),
  );
  const pmpkHead = t.api.people.create({ fullName: 'Сәрсенова Әйгерім Қайратқызы', organisationId: pmpk.id });
  const schoolHead = t.api.people.create({ fullName: 'Оспанов Ерлан Бекұлы', organisationId: school.id });
  const module = (number: number): string => {
    const found = moduleCatalogue.find((m) => m.number === number);
    if (!found) throw new Error(`no module ${number}`);
    return found.id;
  };
  return { ...t, pmpk, school, college, pmpkHead, schoolHead, module };
};

/** A signed three-party cooperation agreement for a year; the test overrides what it is about. */
export const threeParty = (p: Partners, overrides: Partial<AgreementCreate> = {}): AgreementCreate => ({
  number: '12',
  title: 'Ерекше білім берілуіне қажеттілігі бар балаларды қолдау туралы ынтымақтастық келісімі',
  kind: 'cooperation',
  subject: 'ПМПК, мектеп және колледж арасындағы өзара іс-қимыл',
  signedOn: '2025-01-15',
  validFrom: '2025-01-15',
  validTo: '2026-01-14',
  noticeDays: 30,
  parties: [
    { organisationId: p.pmpk.id, role: 'Консультация', signatoryPersonId: p.pmpkHead.id },
    { organisationId: p.school.id, role: 'Мектеп', signatoryPersonId: p.schoolHead.id },
    { organisationId: p.college.id, role: 'Колледж' },
  ],
  obligations: [
    { organisationId: p.pmpk.id, description: 'Балаларды тексеріп, қорытынды беру', dueOn: '2025-06-01' },
    { organisationId: p.school.id, description: 'Инклюзивті сыныптар ашу', dueOn: '2025-09-01' },
    { organisationId: p.college.id, description: 'Студенттерді тәжірибеге жіберу' },
  ],
  moduleIds: [p.module(1), p.module(3)],
  ...overrides,
});

import type { FileChild } from 'docx';
import type { DocumentLanguage } from '../../../shared/api/exports';
import type { AgreementDetail, AgreementPartyItem } from '../../../shared/model';
import { BLANK, documentText } from './text';
import { Outline, blankLine, centred, placeAndDate, signatureTable, title } from './layout';

export interface AgreementSource {
  agreement: AgreementDetail;
  /** Where the agreement is made: the council's region. */
  place: string;
  /** The interaction modules the agreement serves, named in the document language. */
  moduleNames: string[];
}

/** The organisation's name in the document language; a Russian draft falls back to the Kazakh name. */
export const partyName = (party: AgreementPartyItem, language: DocumentLanguage): string =>
  (language === 'ru'
    ? party.organisationNameRu || party.organisationNameKk
    : party.organisationNameKk
  ).trim();

/** Who signs for the party: the signatory chosen on the agreement, else the organisation's head. */
export const partyHead = (party: AgreementPartyItem): string =>
  (party.signatoryName || party.headName).trim();

/**
 * A cooperation agreement drafted from the record: title, place and date, the parties
 * with their heads, subject, each party's obligations with due dates, term, amendment and
 * termination (DOMAIN.md §8.2 item 5), the matters of §8.3 as standard clauses, final
 * provisions and the signatures. A network-form contract also carries §8.2 items 1–4.
 * What the record does not say is left as a highlighted […] to fill in, never invented.
 */
export const agreementBody = (source: AgreementSource, language: DocumentLanguage): FileChild[] => {
  const t = documentText[language].agreement;
  const { agreement: a } = source;
  const kind = a.kind;
  const parties = a.parties.filter((p) => p.archivedAt === null);
  const heading = t.heading(kind);
  const out = new Outline();

  out.add(title(heading), centred(t.number(a.number.trim()), 160));
  const ownTitle = a.title.trim();
  if (ownTitle && ownTitle.toLocaleUpperCase(language) !== heading) out.add(centred(ownTitle, 160));
  out.add(blankLine(), placeAndDate(source.place.trim() || BLANK, t.signedDate(a.signedOn)), blankLine());

  out.plain(t.preambleIntro);
  parties.forEach((p, i) =>
    out.plain(
      `${i + 1}) ${t.party({ name: partyName(p, language), head: partyHead(p), role: p.role.trim() })}${i < parties.length - 1 ? ';' : ','}`,
    ),
  );
  out.plain(t.preambleOutro(kind));

  out.heading(t.sections.subject(kind));
  const [subject, ...more] = t.subject(kind, a.subject);
  out.clause(subject!);
  for (const line of more) out.plain(line);
  if (source.moduleNames.length > 0) out.clause(t.modules(kind, source.moduleNames));
  out.clause(t.autonomy);

  const network = kind === 'network_contract';
  if (network) {
    out.heading(t.sections.programme);
    for (const line of t.programme) out.clause(line);
    out.heading(t.sections.admission);
    for (const line of t.admission) out.clause(line);
    out.heading(t.sections.services);
    out.clause(t.servicesIntro(kind));
    for (const p of parties) out.item(t.resources(partyName(p, language)));
  } else {
    out.heading(t.sections.cooperation);
    for (const line of t.cooperation(kind)) out.clause(line);
  }

  out.heading(t.sections.obligations);
  for (const p of parties) {
    // A cancelled obligation is no longer part of what the parties promise.
    const own = a.obligations.filter((o) => o.partyId === p.id && o.status !== 'cancelled');
    out.clause(t.obligationsIntro(partyName(p, language)), { keepNext: true });
    if (own.length === 0) out.item(t.noObligations);
    for (const o of own) out.item(t.obligation(o.description, o.dueOn));
  }

  if (network) {
    out.heading(t.sections.documents);
    for (const line of t.documents) out.clause(line);
  }

  out.heading(t.sections.term(kind));
  for (const line of t.term(kind, a)) out.clause(line);

  out.heading(t.sections.amendment(kind));
  for (const line of t.amendment(kind, a.noticeDays)) out.clause(line);

  out.heading(t.sections.final);
  for (const line of t.final(kind, parties.length)) out.clause(line);

  out.heading(t.sections.signatures);
  out.add(
    signatureTable(
      parties.map((p) => ({
        name: partyName(p, language),
        headLabel: t.signature.head,
        head: partyHead(p),
        seal: t.signature.seal,
      })),
    ),
  );
  return out.children;
};

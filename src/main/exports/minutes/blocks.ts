import type { DocumentLanguage } from '../../../shared/api/exports';
import type { DecisionFacts, ItemFacts, MinutesFacts } from './facts';
import { minutesText, PEN, type MinutesText } from './text';

/** A piece of a line; labels such as "ТЫҢДАЛДЫ:" are bold. */
export interface Span {
  text: string;
  bold?: boolean;
}

/**
 * The minutes as an ordered list of typographic blocks, written once and drawn twice: by
 * the DOCX writer and by the PDF writer, so both files say the same thing in the same order.
 */
export type Block =
  /** Centred bold lines at the top: the council, the title. */
  | { type: 'title'; text: string; spaceAfter: number }
  /** The day on the left, the place on the right, on one line. */
  | { type: 'split'; left: string; right: string; leftShare: number }
  /**
   * A paragraph; `indent` gives the first line the body's indent, `under` sets it under the
   * text of the list line above (a rapporteur under an agenda item).
   */
  | {
      type: 'para';
      spans: Span[];
      indent?: boolean;
      under?: boolean;
      keepNext?: boolean;
      spaceBefore?: boolean;
    }
  /** A line of a numbered list (members, agenda): wrapped lines hang under the text. */
  | { type: 'list'; number: string; spans: Span[]; keepNext?: boolean }
  | { type: 'signatures'; rows: { role: string; name: string }[] }
  /** A heading of its own, centred, for what follows the signatures. */
  | { type: 'heading'; text: string };

/** "Ибраев Марат Ұзақбайұлы" → "М.Ұ. Ибраев": initials before the surname, as papers are signed. */
export const signatureName = (fullName: string | null): string => {
  const words = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return PEN.slice(0, 16);
  const [surname, ...given] = words;
  if (given.length === 0) return surname!;
  // A name entered as "Ибраев М.У." already has its initials.
  const initial = (w: string) => (/^(\p{L}\.)+$/u.test(w) ? w : `${w.charAt(0).toLocaleUpperCase()}.`);
  return `${given.map(initial).join('')} ${surname}`;
};

/** A sentence ends with its stop, whether or not the secretary typed one. */
const sentence = (text: string): string => (/[.!?…:;]$/.test(text) ? text : `${text}.`);

/** Free text as typed: one paragraph per line, blank lines dropped. */
const paragraphs = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The space goes with the label: a PDF line starting a run would drop it. */
const label = (text: string, rest?: string): Span[] =>
  rest ? [{ text: `${text} `, bold: true }, { text: rest }] : [{ text, bold: true }];

/** How much of the line the day takes: each side in proportion to its length, within bounds. */
const shareOf = (left: string, right: string): number =>
  Math.min(0.65, Math.max(0.35, left.length / Math.max(1, left.length + right.length)));

const split = (left: string, right: string): Block => ({
  type: 'split',
  left,
  right,
  leftShare: shareOf(left, right),
});

const pen = (): Block => ({ type: 'para', spans: [{ text: PEN }] });

const numbered = (lines: string[]): Block[] =>
  lines.map((line, i) => ({
    type: 'list',
    number: `${i + 1}.`,
    spans: [{ text: sentenceList(line, i, lines.length) }],
  }));

/** List lines end with ";" and the last with ".", as an official list is punctuated. */
const sentenceList = (line: string, i: number, count: number): string => {
  const bare = line.replace(/[;,]$/, '');
  // A line ending in an abbreviation ("с.ғ.к.") keeps its point.
  if (bare.endsWith('.')) return i === count - 1 ? bare : `${bare};`;
  return `${bare}${i === count - 1 ? '.' : ';'}`;
};

const attendance = (f: MinutesFacts, t: MinutesText): Block[] => {
  const out: Block[] = [{ type: 'para', spans: label(t.present), spaceBefore: true, keepNext: true }];
  if (!f.attendanceTaken) return [...out, pen(), pen()];
  out.push({ type: 'para', spans: [{ text: t.count(f.quorum.members, f.quorum.present) }], keepNext: true });
  out.push(...numbered(f.present));
  out.push({ type: 'para', spans: [{ text: t.quorum(f.quorum.reached, f.quorum.needed) }] });
  if (f.overrideReasons.length > 0)
    out.push({ type: 'para', spans: [{ text: t.override(f.overrideReasons) }] });
  if (f.absent.length > 0) {
    out.push({ type: 'para', spans: label(t.absent), spaceBefore: true, keepNext: true });
    out.push(
      ...f.absent.map((a, i): Block => ({
        type: 'list',
        number: `${i + 1}.`,
        spans: [
          {
            text: sentenceList(
              a.excused ? `${a.person} ${t.excused(a.deputy)}` : a.person,
              i,
              f.absent.length,
            ),
          },
        ],
      })),
    );
  }
  return out;
};

const decisionBlocks = (d: DecisionFacts, t: MinutesText, ownReason: boolean): Block[] => {
  const [first = PEN, ...rest] = paragraphs(d.text);
  const out: Block[] = [
    { type: 'para', indent: true, spans: [{ text: `${d.number}. `, bold: true }, { text: sentence(first) }] },
    ...rest.map((line): Block => ({ type: 'para', indent: true, spans: [{ text: line }] })),
  ];
  const detail = (name: string, value: string): void => {
    out.push({ type: 'para', indent: true, spans: label(name, sentence(value)) });
  };
  if (d.responsible.length > 0) detail(t.responsible, d.responsible.join('; '));
  if (d.partners.length > 0) detail(t.partners, d.partners.join('; '));
  if (d.deadline) out.push({ type: 'para', indent: true, spans: [{ text: t.deadline(d.deadline) }] });
  if (d.indicator) detail(t.indicator, d.indicator);
  if (d.vote) out.push({ type: 'para', indent: true, spans: [{ text: t.vote(d.vote) }] });
  if (d.chairDecided) out.push({ type: 'para', indent: true, spans: [{ text: t.chairDecided }] });
  if (d.rejected) out.push({ type: 'para', indent: true, spans: [{ text: t.rejected, bold: true }] });
  if (ownReason && d.overrideReason)
    out.push({
      type: 'para',
      indent: true,
      spans: [{ text: sentence(t.decisionOverride(d.overrideReason)) }],
    });
  return out;
};

const EXECUTION_TITLES = [
  'Бұрын қабылданған шешімдердің орындалуы туралы',
  'Об исполнении ранее принятых решений',
  'On the execution of earlier decisions',
];

/** The first item's title is written in the workspace's language when planned; print it in the document's. */
const itemTitle = (item: ItemFacts, t: MinutesText): string =>
  item.execution && EXECUTION_TITLES.includes(item.title) ? t.executionTitle : item.title;

const itemBlocks = (item: ItemFacts, t: MinutesText, ownReasons: boolean): Block[] => {
  const out: Block[] = [
    {
      type: 'para',
      spans: [{ text: `${item.number}. ${sentence(itemTitle(item, t))}`, bold: true }],
      spaceBefore: true,
      keepNext: true,
    },
  ];
  const heard = paragraphs(item.heard);
  out.push({
    type: 'para',
    spans: label(t.heard, item.rapporteur ? sentence(item.rapporteur) : undefined),
    keepNext: true,
  });
  if (heard.length > 0)
    out.push(...heard.map((line): Block => ({ type: 'para', indent: true, spans: [{ text: line }] })));
  else if (!item.rapporteur || item.reviewed.length === 0) out.push(pen());
  if (item.reviewed.length > 0) {
    out.push({ type: 'para', indent: true, spans: label(t.reviewed), keepNext: true });
    item.reviewed.forEach((r, i) => {
      out.push({
        type: 'list',
        number: `${i + 1})`,
        spans: [{ text: sentence(t.reviewedDecision(r.number, r.sessionNumber, r.sessionYear, r.text)) }],
      });
      for (const note of r.notes)
        out.push({ type: 'para', under: true, spans: [{ text: `${t.progress} ${sentence(note)}` }] });
    });
  }
  const spoke = paragraphs(item.spoke);
  if (spoke.length > 0) {
    out.push({ type: 'para', spans: label(t.spoke), keepNext: true, spaceBefore: true });
    out.push(...spoke.map((line): Block => ({ type: 'para', indent: true, spans: [{ text: line }] })));
  }
  out.push({ type: 'para', spans: label(t.decided), keepNext: true, spaceBefore: true });
  if (item.decisions.length === 0) out.push(pen());
  for (const d of item.decisions) out.push(...decisionBlocks(d, t, ownReasons));
  return out;
};

/** The minutes in the official layout of DOMAIN.md §9.6, top to bottom. */
export const minutesBlocks = (f: MinutesFacts, language: DocumentLanguage): Block[] => {
  const t = minutesText[language];
  const out: Block[] = [
    { type: 'title', text: f.councilName || PEN, spaceAfter: 240 },
    { type: 'title', text: t.title(f.number), spaceAfter: 240 },
    split(
      f.date ? t.date(f.date, f.time) : PEN.slice(0, 20),
      t.place(f.place, f.onlinePlatform) || PEN.slice(0, 20),
    ),
    { type: 'para', spans: label(t.chaired, f.chair ? sentence(f.chair) : PEN), spaceBefore: true },
    { type: 'para', spans: label(t.secretary, f.secretary ? sentence(f.secretary) : PEN) },
    ...attendance(f, t),
  ];
  if (f.guests.length > 0) {
    out.push(
      { type: 'para', spans: label(t.invited), spaceBefore: true, keepNext: true },
      ...numbered(f.guests),
    );
  }
  out.push({ type: 'para', spans: label(t.agenda), spaceBefore: true, keepNext: true });
  for (const item of f.items) {
    out.push({
      type: 'list',
      number: `${item.number}.`,
      spans: [{ text: sentence(itemTitle(item, t)) }],
      keepNext: Boolean(item.rapporteur),
    });
    if (item.rapporteur)
      out.push({
        type: 'para',
        under: true,
        spans: [{ text: `${t.rapporteur} ${sentence(item.rapporteur)}` }],
      });
  }
  if (f.items.length === 0) out.push(pen());
  // A sitting without a quorum and one reason for all states it with the quorum; otherwise
  // (different reasons, or a quorum reached only after a decision was taken) each reason
  // stands under its decision.
  const ownReasons = f.overrideReasons.length !== 1;
  for (const item of f.items) out.push(...itemBlocks(item, t, ownReasons));
  // The signatures never stand alone on a page: the last lines above go with them.
  const last = out.at(-1);
  if (last && (last.type === 'para' || last.type === 'list')) last.keepNext = true;
  out.push({
    type: 'signatures',
    rows: [
      { role: t.signatures.chair, name: signatureName(f.chairName) },
      { role: t.signatures.secretary, name: signatureName(f.secretaryName) },
    ],
  });
  if (f.amendments.length > 0) {
    out.push({ type: 'heading', text: t.amendments });
    if (f.approvedOn)
      out.push({ type: 'para', indent: true, spans: [{ text: sentence(t.approved(f.approvedOn)) }] });
    f.amendments.forEach((a, i) =>
      out.push({
        type: 'list',
        number: `${i + 1}.`,
        spans: [{ text: sentence(t.amendment(a.madeOn, a.text)) }],
      }),
    );
  }
  return out;
};

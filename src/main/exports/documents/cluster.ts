import type { FileChild } from 'docx';
import type { DocumentLanguage } from '../../../shared/api/exports';
import { BLANK, documentText, type CouncilFacts, type MemberLine, type ModuleLine } from './text';
import { Outline, blankLine, centred, gridTable, rightBlock, title } from './layout';

export type ClusterDocument = 'cluster_regulation' | 'concept_programme';

export interface ClusterSource {
  council: CouncilFacts;
  members: MemberLine[];
  modules: ModuleLine[];
}

/** "– …" and "1) …" lines are list items and carry no clause number of their own. */
const isListItem = (line: string): boolean => /^(– |\d+\) )/.test(line);

const PLAN_ROWS = 3;

/**
 * A skeleton of the cluster's regulation or of its concept/programme of joint activity
 * (DOMAIN.md §6): the guide's headings, filled with what the workspace knows (the
 * council's name, region, year founded, chair, core, the member list and the module
 * leads) and highlighted […] fields for what the council has to decide itself.
 */
export const clusterBody = (
  document: ClusterDocument,
  source: ClusterSource,
  language: DocumentLanguage,
): { title: string; fileName: string; children: FileChild[] } => {
  const text = documentText[language].cluster(source.council);
  const skeleton = document === 'cluster_regulation' ? text.regulation : text.concept;
  const out = new Outline();

  out.add(...rightBlock(text.approval, { boldFirst: true, spaceAfter: 480 }));
  out.add(title(skeleton.title));
  if (source.council.region) out.add(centred(`(${source.council.region})`, 120));
  out.add(blankLine());

  for (const section of skeleton.sections) {
    out.heading(section.heading);
    section.paragraphs.forEach((line, i) => {
      // The line that introduces a table stays on the table's page.
      const keepNext = section.table !== undefined && i === section.paragraphs.length - 1;
      if (isListItem(line)) out.plain(line);
      else out.clause(line, { keepNext });
    });
    if (section.table === 'modules') {
      out.add(
        gridTable(
          text.modulesColumns,
          source.modules.map((m) => [
            String(m.number),
            m.name,
            m.leads.length > 0 ? m.leads.join('\n') : BLANK,
            String(m.participants),
          ]),
          [1, 6.5, 5.5, 3.8],
          [true, false, false, true],
        ),
      );
    }
    if (section.table === 'plans') {
      const blankRow = (i: number) => [String(i + 1), BLANK, BLANK, BLANK, BLANK];
      out.add(
        gridTable(
          text.plansColumns,
          Array.from({ length: PLAN_ROWS }, (_, i) => blankRow(i)),
          [1, 6, 4, 2.5, 4],
          [true],
        ),
      );
    }
  }

  out.add(...rightBlock([skeleton.annexLabel], { newPage: true }), title(text.annex.title, 240));
  const rows =
    source.members.length > 0
      ? source.members.map((m, i) => [String(i + 1), m.name, m.district, text.clusterRole[m.role]])
      : [['1', BLANK, BLANK, BLANK]];
  out.add(gridTable(text.annex.columns, rows, [1, 9, 4, 3], [true]));

  return { title: skeleton.title, fileName: skeleton.fileName, children: out.children };
};

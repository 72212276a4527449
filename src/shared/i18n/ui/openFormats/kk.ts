import type { Widen } from '../types';
import type { openFormatsEn } from './en';

export const openFormatsKk: Widen<typeof openFormatsEn> = {
  title: 'Ашық форматтар',
  hint: 'Кеңес деректерін басқа бағдарламаларда пайдалану үшін. Жұмыс кеңістігінің файлында барлық жазба JSON түрінде сақталады; оның құрылымы Kenes-пен бірге берілетін JSON Schema-да сипатталған. Желі файлдарында белсенді ұйымдар мен байланыстар Gephi, yEd және Cytoscape үшін жазылады.',
  workspaceJson: 'Жұмыс кеңістігі (JSON)',
  graphml: 'Желі (GraphML)',
  gexf: 'Желі (GEXF)',
  saved: '{{file}} сақталды.',
};

import type { Widen } from '../types';
import type { openFormatsEn } from './en';

export const openFormatsRu: Widen<typeof openFormatsEn> = {
  title: 'Открытые форматы',
  hint: 'Чтобы работать с данными совета в других программах. Файл рабочего пространства содержит все записи в формате JSON; его структура описана в JSON Schema, которая поставляется с Kenes. Файлы сети содержат действующие организации и связи для Gephi, yEd и Cytoscape.',
  workspaceJson: 'Рабочее пространство (JSON)',
  graphml: 'Сеть (GraphML)',
  gexf: 'Сеть (GEXF)',
  saved: 'Файл {{file}} сохранён.',
};

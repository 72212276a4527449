import { useMemo } from 'react';
import { foldForSearch } from '../../../shared/text/fold';
import { COUNCIL_TYPE_CODE, taxonomy } from '../../../shared/reference';
import type { Labels } from './labels';

/** Matches what the user typed against an option's text the way the server searches: Kazakh and Russian folded. */
export const foldFilter = (input: string, text: unknown): boolean =>
  foldForSearch(typeof text === 'string' ? text : '').includes(foldForSearch(input));

/**
 * Organisation types for a select, grouped by sector, without the council's own type.
 * `count`, when given, adds how many organisations have each type.
 */
export const useTypeOptions = (labels: Labels, count?: (code: string) => number) =>
  useMemo(
    () =>
      taxonomy.sectors.map((sector) => ({
        label: labels.text(sector.name),
        title: labels.text(sector.name),
        options: taxonomy.types
          .filter((type) => type.sector === sector.code && type.code !== COUNCIL_TYPE_CODE)
          .map((type) => ({
            value: type.code,
            label: labels.typeLabel(type.code),
            // The visible option may also show the count; its accessible name stays the type's label.
            'aria-label': labels.typeLabel(type.code),
            count: count?.(type.code) ?? 0,
          })),
      })),
    [labels, count],
  );

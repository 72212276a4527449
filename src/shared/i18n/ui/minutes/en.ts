/** The minutes tab of a sitting: the document's language, its preview, download and print. */
export const minutesEn = {
  languageLabel: 'Language of the minutes',
  language_kk: 'Kazakh',
  language_ru: 'Russian',
  languageHint:
    'The minutes are written in the language the council signs them in, whatever the language of Kenes.',
  docx: 'Download DOCX',
  pdf: 'Download PDF',
  print: 'Print',
  refresh: 'Refresh the preview',
  saved: 'The minutes have been saved.',
  previewLabel: 'Pages of the minutes',
  rendering: 'Laying out the pages…',
  failed: 'The minutes could not be shown here. Download them as DOCX or PDF instead.',
  approved: 'Approved minutes ({{date}}): the sitting is locked.',
  approvedNoDate: 'Approved minutes: the sitting is locked.',
  amendments_one: '{{count}} amendment made after approval is printed after the signatures.',
  amendments_few: '{{count}} amendments made after approval are printed after the signatures.',
  amendments_many: '{{count}} amendments made after approval are printed after the signatures.',
  amendments_other: '{{count}} amendments made after approval are printed after the signatures.',
  draft: 'The minutes are made from the record as it stands; approve them once the chair has signed.',
} as const;

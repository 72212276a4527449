/**
 * The import wizard: a spreadsheet of organisations or people into the workspace.
 * Field names reuse the registry's labels (organisation.*, members.*); only what they
 * lack is here.
 */
export const importWizardEn = {
  open: 'Import…',
  title: 'Import from a spreadsheet',
  subtitle:
    'Bring in a list of organisations or people from Excel (XLSX) or CSV: check the columns and the rows, then import all of it at once.',
  steps: {
    label: 'Steps of the import',
    file: 'File',
    columns: 'Columns',
    check: 'Check',
    import: 'Import',
  },
  kinds: {
    label: 'What to import',
    organisations: 'Organisations',
    people: 'People',
  },
  file: {
    drop: 'Choose a file or drag it here',
    formats:
      'Excel (.xlsx) or CSV (.csv). A CSV file may be saved in UTF-8 or in Windows-1251: both are read.',
    template: 'Download the template',
    templateHint:
      'An empty spreadsheet with the right headers, drop-down lists and a sheet of allowed values.',
    templateIn: 'Download the template in {{language}}',
    templateSaved: '{{file}} saved.',
    uploading: 'Sending {{file}}…',
    reading: 'Reading {{file}}…',
    refusedTitle: 'This file cannot be imported',
    pickAnother: 'Choose another file',
    chosen: 'File: {{file}}',
    chosenCsv: 'File: {{file}} (CSV, {{encoding}})',
  },
  columns: {
    intro:
      'Each column of the file and the field it goes to. Headers in Kazakh, Russian or English are recognised; change any that are wrong, or leave a column out.',
    sheet: 'Sheet',
    tableLabel: 'Columns of the file',
    column: 'Column',
    header: 'Header in the file',
    samples: 'Sample values',
    field: 'Goes to',
    fieldOf: 'Field for column “{{header}}”',
    skip: 'Do not import',
    noHeader: 'Column {{letter}}',
    missingTitle: 'Required fields without a column',
    missingBody: 'Choose a column for: {{fields}}.',
    refreshing: 'Checking the rows again…',
    allMapped: 'All required fields have a column.',
  },
  check: {
    intro:
      'Every row as it will be imported. Rows with problems are marked in red; rows that repeat an existing record are marked as duplicates.',
    tableLabel: 'Rows of the file',
    row: 'Row',
    problems: 'Problems',
    duplicate: 'Duplicate of',
    duplicateInFile: 'Repeats row {{row}} of this file',
    choiceFor: 'Row {{row}}: what to do with the duplicate',
    allDuplicates: 'For all duplicates',
    choices: {
      skip: 'Skip',
      update: 'Update the record',
      import: 'Import as new',
    },
    filter: 'Show',
    filters: {
      all: 'All rows',
      problems: 'With problems',
      duplicates: 'Duplicates',
    },
    counts: {
      rows: 'Rows',
      valid: 'Ready',
      withProblems: 'With problems',
      duplicates: 'Duplicates',
    },
    skipInvalid: 'Skip rows with problems',
    blockedByProblems_one: '{{count}} row has problems: correct the file, or tick “Skip rows with problems”.',
    blockedByProblems_few:
      '{{count}} rows have problems: correct the file, or tick “Skip rows with problems”.',
    blockedByProblems_many:
      '{{count}} rows have problems: correct the file, or tick “Skip rows with problems”.',
    blockedByProblems_other:
      '{{count}} rows have problems: correct the file, or tick “Skip rows with problems”.',
    blockedByMissing: 'Some required fields have no column: go back to Columns.',
    blockedNothing: 'No row would be imported.',
    noRows: 'No rows to show.',
    emptyValue: '—',
  },
  confirm: {
    title: 'Ready to import',
    body: 'From {{file}}, sheet “{{sheet}}”:',
    bodyNoSheet: 'From {{file}}:',
    willCreate: 'New records: {{count}}',
    willUpdate: 'Records updated: {{count}}',
    willSkip: 'Rows skipped: {{count}}',
    backupNote:
      'A backup of the workspace is made first. Everything is written in one go: if anything fails, nothing is written.',
    start: 'Import',
    back: 'Back',
  },
  progress: {
    title: 'Importing…',
    uploaded: 'File sent',
    checked: 'Rows checked',
    writing_one: 'Making a backup and writing {{count}} record',
    writing_few: 'Making a backup and writing {{count}} records',
    writing_many: 'Making a backup and writing {{count}} records',
    writing_other: 'Making a backup and writing {{count}} records',
    failedTitle: 'Nothing was imported',
  },
  report: {
    title: 'Import finished',
    created: 'Created',
    updated: 'Updated',
    skipped: 'Skipped',
    backup: 'Before the import a backup was made: {{file}}.',
    backupHint: 'Settings › Backups can bring the previous state back.',
    tableLabel: 'What became of each row',
    name: 'Name',
    outcome: 'Result',
    outcomes: {
      created: 'Created',
      updated: 'Updated',
      skipped: 'Skipped',
    },
    reasons: {
      duplicate: 'duplicate',
      problems: 'has problems',
    },
    filters: {
      all: 'All',
      created: 'Created',
      updated: 'Updated',
      skipped: 'Skipped',
    },
    openRegistry: 'Open the registry',
    openMembers: 'Open the list of people',
    another: 'Import another file',
  },
  next: 'Next',
  back: 'Back',
  toCheck: 'Check the rows',
  toImport: 'Import…',
} as const;

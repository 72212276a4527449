/** Settings › General: the workspace file (save a copy, open another), restoring backups, the read-only banner. In English. */
export const workspaceFilesEn = {
  card: {
    title: 'Workspace file',
    hint: 'Save a copy of the whole workspace, with the signed scans inside, to take to another computer or keep aside. Open a .kenes file to work in it instead of this workspace: the state now is backed up first and can be had back from the backups list.',
    saveCopy: 'Save a copy as…',
    saved: '{{file}} has been saved.',
    open: 'Open workspace…',
    pickLabel: 'Workspace file to open',
    uploading: 'Sending {{file}}…',
    checking: 'Checking the file…',
  },
  confirm: {
    title: 'Open {{file}}?',
    refusedTitle: '{{file}} cannot be opened',
    council: 'Council',
    noCouncil: 'Not set up yet',
    organisations: 'Organisations',
    sittings: 'Sittings',
    lastChange: 'Last change',
    noChanges: 'None recorded',
    version: 'Schema version',
    versionValue: 'file {{file}}, this Kenes {{app}}',
    size: 'Size',
    unknown: '—',
    ok: 'This file will replace the workspace you have open now. The state now is backed up first (“Before opening another workspace”) and can be had back from the backups list.',
    older:
      'This file was made by an earlier Kenes (schema {{file}}; this Kenes knows {{app}}). The state now is backed up first; then the file is brought up to date, after a backup of it as it came. Both can be had back from the backups list.',
    newer:
      'This file was made by a newer Kenes (schema {{file}}; this Kenes knows {{app}}). It opens read-only: you can look at everything but change nothing. Your own workspace stays as it is, and you can return to it at any time.',
    openButton: 'Open',
    openReadOnlyButton: 'Open read-only',
    close: 'Close',
  },
  restore: {
    hint: 'Copies of the workspace in the data folder: daily ones, and one before every risky step. Restore brings one back; the state just before is kept as a backup too, so a restore can be undone from this list.',
    action: 'Restore',
    actionLabel: 'Restore {{file}}',
    title: 'Restore this backup?',
    body: 'The workspace goes back to the backup “{{kind}}” of {{date}}. The state now is backed up first (“Before a restore”), so this can be undone from the same list.',
    confirm: 'Restore',
  },
  notes: {
    opened: '{{file}} is open. The previous state is in the backup {{backup}}.',
    openedMigrated:
      '{{file}} is open and brought up to date. The previous state is in the backup {{backup}}.',
    openedReadOnly: '{{file}} is open read-only.',
    restored: 'The backup {{file}} has been restored. The state before is in the backup {{backup}}.',
    returned: 'You are back in your own workspace.',
  },
  banner: {
    title: 'Read-only: {{file}}',
    newer:
      'This file was made by a newer Kenes: schema {{file}}, this Kenes knows {{app}}. Update Kenes to edit it. Nothing you see here can be changed, and your own workspace is untouched.',
    back: 'Return to my workspace',
  },
} as const;

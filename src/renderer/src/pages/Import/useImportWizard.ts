import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import { uploadFile } from '../../lib/upload';
import { toApiError } from '../../lib/useApiQuery';
import type { ApiError } from '../../../../shared/api/contract';
import { useKenesStore, selectDataChanged } from '../../store';
import type { DuplicateChoice, ImportKind, ImportMapping } from '../../../../shared/api/imports';
import type { ImportPreview, ImportReport } from '../../../../shared/model';
import { duplicateRowsInput, type ImportDecisions } from './plan';

export const wizardSteps = ['file', 'columns', 'check', 'import'] as const;
export type WizardStep = (typeof wizardSteps)[number];

/** The file on the main side, by upload id: every preview and the commit read it again from there. */
interface Source {
  uploadId: string;
  fileName: string;
}

export type CommitState =
  | { status: 'idle' }
  | { status: 'writing'; records: number }
  | { status: 'failed'; error: ApiError }
  | { status: 'done'; report: ImportReport };

const initialDecisions: ImportDecisions = { skipInvalid: false, duplicateDefault: 'skip', duplicateRows: {} };

const mappingOf = (preview: ImportPreview): ImportMapping =>
  preview.columns.map((c) => ({ column: c.index, field: c.field }));

/**
 * The wizard's state and the calls behind it. The file is sent once; each change of
 * kind, sheet or column mapping asks main for a fresh preview, and an answer that a
 * newer request has overtaken is dropped, so quick changes never show stale rows.
 */
export const useImportWizard = (initialKind: ImportKind) => {
  const dataChanged = useKenesStore(selectDataChanged);
  const [kind, setKindState] = useState<ImportKind>(initialKind);
  const [step, setStep] = useState<WizardStep>('file');
  const [source, setSource] = useState<Source | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewError, setPreviewError] = useState<ApiError | null>(null);
  const [decisions, setDecisions] = useState<ImportDecisions>(initialDecisions);
  const [commit, setCommit] = useState<CommitState>({ status: 'idle' });
  const latest = useRef(0);

  const runPreview = useCallback(
    async (
      from: Source,
      input: { kind: ImportKind; sheet?: string; mapping?: ImportMapping },
    ): Promise<ImportPreview | null> => {
      const ticket = ++latest.current;
      setReading(true);
      setPreviewError(null);
      try {
        const result = await api.imports.preview({ uploadId: from.uploadId, ...input });
        if (ticket !== latest.current) return null;
        setPreview(result);
        // Row numbers may now point at other rows: per-row choices start afresh.
        setDecisions((d) => ({ ...d, duplicateRows: {} }));
        return result;
      } catch (e) {
        if (ticket === latest.current) setPreviewError(toApiError(e));
        return null;
      } finally {
        if (ticket === latest.current) setReading(false);
      }
    },
    [],
  );

  const chooseFile = async (file: File) => {
    latest.current += 1;
    setFileError(null);
    setPreview(null);
    setSource(null);
    setDecisions(initialDecisions);
    setCommit({ status: 'idle' });
    setSent(0);
    let uploaded: Source;
    try {
      uploaded = { uploadId: await uploadFile(file, setSent), fileName: file.name };
    } catch (e) {
      setSent(null);
      setFileError(toApiError(e));
      return;
    }
    setSource(uploaded);
    const result = await runPreview(uploaded, { kind });
    setSent(null);
    if (result) {
      setStep('columns');
      return;
    }
    // Refused as a whole: nothing more will read it, so it need not wait for the sweep.
    setSource(null);
    void api.uploads.discard({ uploadId: uploaded.uploadId }).catch(() => undefined);
  };

  // A whole-file refusal on the File step shows as the file's error, not the preview's.
  const fileRefusal = fileError ?? (step === 'file' && !preview ? previewError : null);

  const setKind = (next: ImportKind) => {
    setKindState(next);
    if (!source) return;
    // The other kind reads other columns: a refusal must show, not the previous kind's rows.
    setPreview(null);
    void runPreview(source, { kind: next });
  };

  const setSheet = (sheet: string) => {
    if (source) void runPreview(source, { kind, sheet });
  };

  /** One column per field: giving a field to a column takes it from any other. */
  const setField = (column: number, field: string | null) => {
    if (!source || !preview) return;
    const mapping = mappingOf(preview).map((m) => {
      if (m.column === column) return { column, field };
      return field !== null && m.field === field ? { ...m, field: null } : m;
    });
    setPreview({
      ...preview,
      columns: preview.columns.map((c) => ({
        ...c,
        field: mapping.find((m) => m.column === c.index)?.field ?? null,
      })),
    });
    void runPreview(source, { kind, ...(preview.sheet ? { sheet: preview.sheet } : {}), mapping });
  };

  const setSkipInvalid = (skipInvalid: boolean) => setDecisions((d) => ({ ...d, skipInvalid }));
  const setDuplicateDefault = (duplicateDefault: DuplicateChoice) =>
    setDecisions((d) => ({ ...d, duplicateDefault, duplicateRows: {} }));
  const setDuplicateRow = (rowNumber: number, choice: DuplicateChoice) =>
    setDecisions((d) => ({ ...d, duplicateRows: { ...d.duplicateRows, [String(rowNumber)]: choice } }));

  const startImport = async (records: number) => {
    if (!source || !preview) return;
    setCommit({ status: 'writing', records });
    try {
      const rows = duplicateRowsInput(preview.rows, decisions);
      const report = await api.imports.commit({
        uploadId: source.uploadId,
        kind: preview.kind,
        ...(preview.sheet ? { sheet: preview.sheet } : {}),
        mapping: mappingOf(preview),
        skipInvalid: decisions.skipInvalid,
        duplicates: { default: decisions.duplicateDefault, ...(rows ? { rows } : {}) },
      });
      setCommit({ status: 'done', report });
      dataChanged();
    } catch (e) {
      setCommit({ status: 'failed', error: toApiError(e) });
    }
  };

  const startOver = () => {
    latest.current += 1;
    if (source) void api.uploads.discard({ uploadId: source.uploadId }).catch(() => undefined);
    setSource(null);
    setSent(null);
    setReading(false);
    setFileError(null);
    setPreview(null);
    setPreviewError(null);
    setDecisions(initialDecisions);
    setCommit({ status: 'idle' });
    setStep('file');
  };

  return {
    kind,
    step,
    setStep,
    source,
    sent,
    reading,
    fileRefusal,
    preview,
    previewError,
    decisions,
    commit,
    chooseFile,
    setKind,
    setSheet,
    setField,
    setSkipInvalid,
    setDuplicateDefault,
    setDuplicateRow,
    startImport,
    startOver,
    /** Back from a failed commit to the Check step, decisions kept. */
    dismissFailure: () => setCommit({ status: 'idle' }),
  };
};

export type ImportWizard = ReturnType<typeof useImportWizard>;

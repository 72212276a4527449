import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import { describeFailure } from '../../lib/errors';
import { uploadFile } from '../../lib/upload';
import { selectDataChanged, useKenesStore } from '../../store';
import type { MergePreview, MergeReport } from '../../../../shared/model';

export type MergeChoice = 'local' | 'theirs';

/** The merge screen's state: the picked file on its way, its preview, the choices, the report. */
export const useMerge = () => {
  const dataChanged = useKenesStore(selectDataChanged);
  const [fileName, setFileName] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const [reading, setReading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [merging, setMerging] = useState(false);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [report, setReport] = useState<MergeReport | null>(null);
  const uploadId = useRef<string | null>(null);

  const forgetUpload = () => {
    const id = uploadId.current;
    uploadId.current = null;
    if (id) void api.uploads.discard({ uploadId: id }).catch(() => undefined);
  };

  const chooseFile = useCallback(async (file: File) => {
    forgetUpload();
    setFileName(file.name);
    setPreview(null);
    setReport(null);
    setRefusal(null);
    setMergeError(null);
    setChoices({});
    setSent(0);
    try {
      const id = await uploadFile(file, setSent);
      uploadId.current = id;
      setReading(true);
      setPreview(await api.merge.preview({ uploadId: id }));
    } catch (e) {
      setRefusal(describeFailure(e));
      forgetUpload();
    } finally {
      setSent(null);
      setReading(false);
    }
  }, []);

  const choose = (key: string, choice: MergeChoice) => setChoices((c) => ({ ...c, [key]: choice }));
  const chooseAll = (choice: MergeChoice) =>
    setChoices(Object.fromEntries((preview?.conflicts ?? []).map((c) => [c.key, choice])));

  const merge = async () => {
    const id = uploadId.current;
    if (!id) return;
    setMerging(true);
    setMergeError(null);
    try {
      const done = await api.merge.apply({ uploadId: id, choices });
      // Merged: main has thrown the upload away.
      uploadId.current = null;
      setReport(done);
      setPreview(null);
      dataChanged();
    } catch (e) {
      setMergeError(describeFailure(e));
    } finally {
      setMerging(false);
    }
  };

  const reset = () => {
    forgetUpload();
    setPreview(null);
    setReport(null);
    setRefusal(null);
    setChoices({});
    setFileName('');
  };

  const open = (preview?.conflicts ?? []).filter((c) => choices[c.key] === undefined).length;
  return {
    fileName,
    sent,
    reading,
    busy: sent !== null || reading || merging,
    refusal,
    preview,
    choices,
    open,
    merging,
    mergeError,
    report,
    chooseFile,
    choose,
    chooseAll,
    merge,
    reset,
  };
};

export type MergeState = ReturnType<typeof useMerge>;

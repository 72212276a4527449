import { z } from 'zod';
import { call } from './contract';
import { uploadId } from './uploads';
import type { MergePreview, MergeReport } from '../model';

/**
 * Merging a district council's workspace file (`.kenes`) into this one, by the records'
 * stable ids. The file arrives as an upload; `preview` reads it and says what would come
 * in, what is unchanged and which records differ; `apply` reads it again (the preview is
 * only advice) and writes it, once every differing record has a choice.
 */

/** One choice per conflict key of the preview: keep this workspace's version or take the district's. */
export const mergeChoice = z.enum(['local', 'theirs']);

export const mergeCalls = {
  preview: call<MergePreview>()('merge:preview', z.strictObject({ uploadId })),
  apply: call<MergeReport>()(
    'merge:apply',
    z.strictObject({
      uploadId,
      choices: z.record(z.string().max(200), mergeChoice),
    }),
  ),
};

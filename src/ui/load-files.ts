import { isLabFileName } from '../state/lab-file';
import { datasets } from './lab.svelte';
import { openLabFile } from './share.svelte';

/**
 * Load every file the user picked or dropped: a `.lab.json` opens as a lab (reviewed like a link),
 * anything else becomes a table of its own (in parallel).
 */
export function loadFiles(files: FileList | null | undefined): void {
  for (const file of files ?? []) {
    if (isLabFileName(file.name)) void openLabFile(file);
    else void datasets.load({ kind: 'file', file, name: file.name });
  }
}

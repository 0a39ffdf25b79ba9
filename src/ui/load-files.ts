import { datasets } from './lab.svelte';

/** Load every file the user picked or dropped, each as its own table (in parallel). */
export function loadFiles(files: FileList | null | undefined): void {
  for (const file of files ?? []) void datasets.load({ kind: 'file', file, name: file.name });
}

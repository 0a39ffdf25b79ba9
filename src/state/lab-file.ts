/**
 * `.lab.json` files: the same lab state a link carries, as readable JSON, for labs too long for a
 * comfortable link and for keeping labs outside the browser. Decoding never throws.
 */
import { LAB_STATE_VERSION, parseLabState, type LabState, type Notice } from './lab-state';
import { compactLabState } from './link';

export const LAB_FILE_FORMAT = 'ecology-lab';
export const LAB_FILE_SUFFIX = '.lab.json';
/** Far above any real lab; a bigger file is refused before it is parsed. */
export const MAX_LAB_FILE_BYTES = 5_000_000;

export function isLabFileName(name: string): boolean {
  return name.toLowerCase().endsWith(LAB_FILE_SUFFIX);
}

export function encodeLabFile(state: LabState): string {
  return `${JSON.stringify({ format: LAB_FILE_FORMAT, ...compactLabState(state) }, null, 2)}\n`;
}

export function decodeLabFile(text: string): { state: LabState; notices: Notice[] } {
  const fail = (code: string) => ({
    ...parseLabState({ version: LAB_STATE_VERSION }),
    notices: [{ code }],
  });
  if (text.length > MAX_LAB_FILE_BYTES) return fail('file.too-large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('file.damaged');
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== LAB_FILE_FORMAT
  )
    return fail('file.not-a-lab');
  return parseLabState(json);
}

/** A file name for a lab, from its title. */
export function labFileName(title: string): string {
  const base =
    title
      .trim()
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .slice(0, 60) || 'lab';
  return `${base}${LAB_FILE_SUFFIX}`;
}

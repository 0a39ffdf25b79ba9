/**
 * Share links: the lab state as JSON, deflate-raw compressed, base64url encoded, in the URL
 * *fragment* (never sent to a server, not in Referer, no 8 KB request-line limits). The envelope is
 * `#lab=<version>.<payload>`. Decoding caps the payload and the inflated size (deflate can expand
 * ~1000:1) and never throws.
 */
import { LAB_STATE_VERSION, parseLabState, type LabState, type Notice } from './lab-state';

export const FRAGMENT_KEY = 'lab';
/** Links longer than this are offered as a `.lab.json` file instead (Superset broke at ~2,300). */
export const COMFORTABLE_LINK_LENGTH = 2000;
const MAX_FRAGMENT = 2_000_000;
const MAX_INFLATED = 1_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Only what differs from the defaults is written (shorter links). */
export function compactLabState(state: LabState): Record<string, unknown> {
  const out: Record<string, unknown> = { version: state.version };
  if (state.title) out.title = state.title;
  if (state.description) out.description = state.description;
  if (state.datasets.length) out.datasets = state.datasets;
  const f = state.filters;
  const filters = Object.fromEntries(
    Object.entries(f).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)),
  );
  if (Object.keys(filters).length) out.filters = filters;
  if (state.sections.length) out.sections = state.sections;
  if (state.mapping) out.mapping = state.mapping;
  if (state.panels.length)
    out.panels = state.panels.map((p) => ({
      key: p.key,
      panel: p.panel,
      version: p.version,
      ...(Object.keys(p.params).length ? { params: p.params } : {}),
      ...(p.width !== 1 ? { width: p.width } : {}),
      ...(p.section ? { section: p.section } : {}),
      ...(p.title ? { title: p.title } : {}),
      ...(p.subtitle ? { subtitle: p.subtitle } : {}),
    }));
  return out;
}

/** The fragment (without `#`) for a lab state. */
export async function encodeLabFragment(state: LabState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compactLabState(state)));
  const deflated = await pipe(json, new CompressionStream('deflate-raw'));
  return `${FRAGMENT_KEY}=${LAB_STATE_VERSION}.${toBase64Url(deflated)}`;
}

/** Whether a URL fragment carries a lab. */
export function hasLabFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${FRAGMENT_KEY}=`);
}

/** A fragment (with or without `#`) → a lab state and notices. Never throws, never hangs. */
export async function decodeLabFragment(
  hash: string,
): Promise<{ state: LabState; notices: Notice[] }> {
  const fail = (code: string) => ({
    ...parseLabState({ version: LAB_STATE_VERSION }),
    notices: [{ code }],
  });
  const fragment = hash.replace(/^#/, '');
  if (fragment.length > MAX_FRAGMENT) return fail('link.too-long');
  const match = new RegExp(`^${FRAGMENT_KEY}=(\\d+)\\.([A-Za-z0-9_-]+)$`).exec(fragment);
  if (!match) return fail('link.malformed');
  let json: unknown;
  try {
    const inflated = await pipe(
      fromBase64Url(match[2] as string),
      new DecompressionStream('deflate-raw'),
      MAX_INFLATED,
    );
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch (error) {
    return fail(
      error instanceof Error && error.message === 'too large' ? 'link.too-large' : 'link.damaged',
    );
  }
  return parseLabState(json);
}

/**
 * A toolkit section owns its toolkit's inputs: they are parsed and validated here, once per change
 * of the inputs or the data, and every panel and alert of the section reads that one result.
 * Pure: no engine, no Svelte.
 */
import { parseParams, type ParseResult, type Schema } from '../panel/params';
import { getToolkit } from '../panel/registry';
import { missingRequirements, type ToolkitDefinition } from '../panel/toolkit';
import type { SectionState } from '../state/lab-state';

export interface ToolkitInputs {
  toolkit: ToolkitDefinition;
  /** The section's raw inputs (as stored). */
  raw: Record<string, unknown>;
  parsed: ParseResult<Record<string, unknown>>;
  /** Tables or columns the toolkit needs that the lab lacks. */
  missing: string[];
}

/** The parsed inputs of one toolkit section (null for a plain section or an unknown toolkit). */
export function parseToolkitInputs(section: SectionState, schema: Schema): ToolkitInputs | null {
  const toolkit = section.toolkit ? getToolkit(section.toolkit.id) : undefined;
  if (!toolkit || !section.toolkit) return null;
  const raw = section.toolkit.inputs;
  return {
    toolkit,
    raw,
    parsed: parseParams({ params: toolkit.inputs }, raw, schema) as ParseResult<
      Record<string, unknown>
    >,
    missing: missingRequirements(toolkit, schema.tables),
  };
}

/** Every toolkit section's parsed inputs, by section id. */
export function parseAllToolkitInputs(
  sections: readonly SectionState[],
  schema: Schema,
): Map<string, ToolkitInputs> {
  const out = new Map<string, ToolkitInputs>();
  for (const section of sections) {
    const inputs = parseToolkitInputs(section, schema);
    if (inputs) out.set(section.id, inputs);
  }
  return out;
}

/**
 * The mission contract (新手沙盘). A mission is one folder `missions/<id>/` exporting `mission`: a
 * goal on the sandbox data, hints, an answer form, and a grader that checks the answer against the
 * generator's ground truth (`ground_truth.json`), never against numbers the lab shows. Goals and
 * graders read the truth, so a mission holds for any seed. Pure: no engine, no Svelte.
 */
import type { Localized } from '../panel/contract';
import type { GroundTruth } from './truth';

/**
 * One answer field. Choices of a data kind (brand, crowd, category, provider) come from the lab's
 * data; `choice` lists its own; `product` is a product id typed by the user.
 */
export type MissionField =
  | {
      name: string;
      label: Localized;
      kind: 'brand' | 'crowd' | 'category' | 'provider' | 'product';
    }
  | {
      name: string;
      label: Localized;
      kind: 'choice';
      options: { value: string; label: Localized }[];
    };

/** An answer: field name → the value picked or typed (ids as numbers, names as text). */
export type MissionAnswer = Record<string, string | number | null>;

export interface MissionGrade {
  correct: boolean;
  /** Why not (or a word of explanation when right), in both languages. */
  feedback: Localized;
}

export interface MissionDefinition {
  /** kebab-case, equals the folder; progress is stored under it. */
  id: string;
  /** 1 easy, 2 medium, 3 hard: the list is ordered by level, then by id. */
  level: 1 | 2 | 3;
  title: Localized;
  /** The task, which may name things from the truth (a category, a crowd). */
  goal(truth: GroundTruth): Localized;
  /** Revealed one at a time. */
  hints: Localized[];
  /** The toolkit the mission is solved with (opened into the lab from the mission), or null for SQL. */
  toolkit: string | null;
  fields: MissionField[];
  grade(answer: MissionAnswer, truth: GroundTruth): MissionGrade;
}

export function defineMission(definition: MissionDefinition): MissionDefinition {
  if (!definition.fields.length) throw new Error(`mission ${definition.id} asks for nothing`);
  if (!definition.hints.length) throw new Error(`mission ${definition.id} has no hint`);
  return definition;
}

/** A grade from a yes/no, with the feedback for each case. */
export function verdict(correct: boolean, right: Localized, wrong: Localized): MissionGrade {
  return { correct, feedback: correct ? right : wrong };
}

/** The entry of a list with the largest value of `score` (the first on ties). */
export function argmax<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || score(item) > score(best)) best = item;
  return best;
}

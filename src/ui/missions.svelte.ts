/**
 * Mission progress, kept in this browser, and the ground truth missions are graded against (the
 * bundled sandbox's `ground_truth.json`, read beside the demo data).
 */
import type { MissionAnswer, MissionDefinition, MissionGrade } from '../missions/contract';
import { isGroundTruth, type GroundTruth } from '../missions/truth';
import { demoUrl } from '../data/demo';

const KEY = 'ecology-lab.missions';

export interface MissionProgress {
  solved: boolean;
  attempts: number;
}

function load(): Record<string, MissionProgress> {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
    return typeof value === 'object' && value !== null
      ? (value as Record<string, MissionProgress>)
      : {};
  } catch {
    return {};
  }
}

export const missionProgress = $state<Record<string, MissionProgress>>(load());

let truth: Promise<GroundTruth | null> | null = null;

/** The sandbox's ground truth, read once (null when it cannot be read: no bundled data). */
export function groundTruth(): Promise<GroundTruth | null> {
  truth ??= fetch(demoUrl('ground_truth.json'))
    .then((r) => (r.ok ? r.json() : null))
    .then((v: unknown) => (isGroundTruth(v) ? v : null))
    .catch(() => null);
  return truth;
}

/** Grade an answer and keep the progress. */
export function submitAnswer(
  mission: MissionDefinition,
  answer: MissionAnswer,
  truth: GroundTruth,
): MissionGrade {
  const grade = mission.grade(answer, truth);
  const before = missionProgress[mission.id] ?? { solved: false, attempts: 0 };
  missionProgress[mission.id] = {
    solved: before.solved || grade.correct,
    attempts: before.attempts + 1,
  };
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify($state.snapshot(missionProgress)));
  } catch {
    // Storage refused: progress holds for this visit only.
  }
  return grade;
}

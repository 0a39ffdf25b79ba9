/**
 * The missions, discovered from the folders like panels: every `missions/<id>/index.ts` exporting
 * `mission`. Adding a mission touches only its folder.
 */
import type { MissionDefinition } from './contract';

const modules = import.meta.glob<{ mission: MissionDefinition }>('../../missions/*/index.ts', {
  eager: true,
});

function fromFolders(): MissionDefinition[] {
  const list: MissionDefinition[] = [];
  for (const [path, module] of Object.entries(modules)) {
    const folder = /\/([^/]+)\/index\.ts$/.exec(path)?.[1];
    if (folder !== module.mission.id)
      throw new Error(`mission id ${module.mission.id} does not match its folder ${folder}`);
    list.push(module.mission);
  }
  return list.sort((a, b) => a.level - b.level || a.id.localeCompare(b.id));
}

/** Easy to hard. */
export const MISSIONS: readonly MissionDefinition[] = fromFolders();

import { movePanel } from '../workspace.svelte';

/** The drag data a panel's handle carries (PanelHeader): the dragged panel's key. */
export const PANEL_DRAG_TYPE = 'application/x-lab-panel';

/**
 * A drop target for a dragged panel, as a Svelte attachment: a panel frame (the dragged one moves
 * before it) or a section's grid (`before` null: to the section's end). While a panel hovers it,
 * the target has the class `over`; the innermost target takes the drop.
 */
export function panelDrop(before: string | null, section: string | null) {
  return (node: HTMLElement) => {
    const over = (on: boolean) => node.classList.toggle('over', on);
    const dragover = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes(PANEL_DRAG_TYPE)) return;
      e.preventDefault();
      e.stopPropagation();
      over(true);
    };
    const dragleave = () => over(false);
    const drop = (e: DragEvent) => {
      over(false);
      const key = e.dataTransfer?.getData(PANEL_DRAG_TYPE);
      if (!key) return;
      e.preventDefault();
      e.stopPropagation();
      movePanel(key, before, section);
    };
    node.addEventListener('dragover', dragover);
    node.addEventListener('dragleave', dragleave);
    node.addEventListener('drop', drop);
    return () => {
      node.removeEventListener('dragover', dragover);
      node.removeEventListener('dragleave', dragleave);
      node.removeEventListener('drop', drop);
    };
  };
}

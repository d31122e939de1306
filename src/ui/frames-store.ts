/**
 * Frames per concept, remembered per model name in the page's localStorage so the user types them
 * once per model. Stored values are checked like typed ones: a bad one (edited by hand, left by an
 * older version) is dropped and reported, never used. Storage can be unavailable (privacy modes):
 * then nothing is remembered.
 */
import { BOUNDS, numberProblem } from '../core/index.js';

const KEY_PREFIX = 'dreambooth-companion:frames:';

export interface RememberedFrames {
  frames: Record<number, number>;
  /** Stored entries that were not usable, by concept slot, with the reason. */
  dropped: { slot: number; problem: string }[];
}

export function loadFrames(doc: Document, modelName: string): RememberedFrames {
  const result: RememberedFrames = { frames: {}, dropped: [] };
  try {
    const text = doc.defaultView?.localStorage.getItem(KEY_PREFIX + modelName);
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (typeof parsed !== 'object' || parsed === null) return result;
    for (const [key, value] of Object.entries(parsed)) {
      const slot = Number(key);
      if (!Number.isInteger(slot) || slot < 1) continue;
      const problem = numberProblem(value, BOUNDS.frames, true);
      if (problem) result.dropped.push({ slot, problem });
      else result.frames[slot] = value as number;
    }
  } catch {
    // Unreadable storage or JSON: nothing is remembered.
  }
  return result;
}

export function saveFrames(doc: Document, modelName: string, frames: Record<number, number>): void {
  try {
    doc.defaultView?.localStorage.setItem(KEY_PREFIX + modelName, JSON.stringify(frames));
  } catch {
    // Storage full or blocked: the counts are simply asked again next time.
  }
}

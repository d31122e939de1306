/**
 * What the companion remembers in the page's localStorage: the frames per concept, per model name,
 * so the user types them once per model, and which parts of the panel are folded. Stored values are
 * checked like typed ones: a bad one (edited by hand, left by an older version) is dropped and
 * reported, never used. Storage can be unavailable (privacy modes): then nothing is remembered.
 */
import { BOUNDS, numberProblem, type Problem } from '../core/index.js';

const KEY_PREFIX = 'dreambooth-companion:frames:';
const FOLDS_KEY = 'dreambooth-companion:folds';

export interface RememberedFrames {
  frames: Record<number, number>;
  /** Stored entries that were not usable, by concept slot, with the reason. */
  dropped: { slot: number; problem: Problem }[];
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

/** Parts of the panel the user unfolded ("From the page", the batch-size table); folded by default. */
export function loadUnfolded(doc: Document): Set<string> {
  try {
    const parsed: unknown = JSON.parse(doc.defaultView?.localStorage.getItem(FOLDS_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveUnfolded(doc: Document, unfolded: ReadonlySet<string>): void {
  try {
    doc.defaultView?.localStorage.setItem(FOLDS_KEY, JSON.stringify([...unfolded]));
  } catch {
    // Not remembered: the parts open folded next time.
  }
}

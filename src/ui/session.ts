/** What the user chose in the panel, shared with the tooltips so their numbers match the panel's. */
import type { Mode } from '../core/index.js';
import type { Words } from './words.js';

export interface Session {
  mode: Mode;
  strength: string;
  words: Words;
}

export function createSession(words: Words, defaults: { mode?: Mode; strength?: string } = {}): Session {
  return { mode: defaults.mode ?? 'advanced', strength: defaults.strength ?? 'medium', words };
}

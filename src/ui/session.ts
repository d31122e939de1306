/** What the user chose in the panel, shared with the tooltips so their numbers match the panel's. */
import type { Mode } from '../core/index.js';

export interface Session {
  mode: Mode;
  strength: string;
}

export function createSession(): Session {
  return { mode: 'advanced', strength: 'medium' };
}

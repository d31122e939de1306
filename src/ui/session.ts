/** What the user chose in the panel, shared with the tooltips so their numbers match the panel's. */
import { numberFromText, type Mode, type PlanInput } from '../core/index.js';
import type { FormReading } from '../webui/index.js';

export interface Session {
  mode: Mode;
  strength: string;
}

export function createSession(): Session {
  return { mode: 'advanced', strength: 'medium' };
}

/** Concept slots the user is asked about: those with a directory, or slot 1 when none is set. */
export function activeSlots(reading: FormReading): number[] {
  return reading.activeConcepts.length > 0 ? reading.activeConcepts.map((concept) => concept.index) : [1];
}

/** The plan input for the form as read, the frames of each active concept and the session's choices. */
export function planInputFor(reading: FormReading, concepts: (number | string)[], session: Session): PlanInput {
  const input: PlanInput = { ...reading.input, concepts: concepts as number[], mode: session.mode };
  if (session.mode === 'advanced') input.strength = numberFromText(session.strength);
  return input;
}

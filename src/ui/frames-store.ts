/**
 * Frames per concept, remembered per model name in the page's localStorage so the user types them
 * once per model. Storage can be unavailable (privacy modes): then nothing is remembered.
 */
const KEY_PREFIX = 'dreambooth-companion:frames:';

export function loadFrames(doc: Document, modelName: string): Record<number, number> {
  try {
    const text = doc.defaultView?.localStorage.getItem(KEY_PREFIX + modelName);
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (typeof parsed !== 'object' || parsed === null) return {};
    const frames: Record<number, number> = {};
    for (const [slot, value] of Object.entries(parsed)) {
      if (Number.isInteger(value) && (value as number) > 0) frames[Number(slot)] = value as number;
    }
    return frames;
  } catch {
    return {};
  }
}

export function saveFrames(doc: Document, modelName: string, frames: Record<number, number>): void {
  try {
    doc.defaultView?.localStorage.setItem(KEY_PREFIX + modelName, JSON.stringify(frames));
  } catch {
    // Storage full or blocked: the counts are simply asked again next time.
  }
}

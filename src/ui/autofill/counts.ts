/**
 * What the WebUI's server counted in each concept's folders (when the A1111 extension's Python part
 * answers), and what it means for the plan: the frames to fill in, a filewords hint when every image
 * has a caption, images smaller than the training resolution, class images already there.
 */
import type { Plan, PlanRequest } from '../../core/index.js';
import { countFolder, type CountRefusal, type FolderCount, type FormReading } from '../../webui/index.js';
import type { Words } from '../words.js';

export interface ConceptCount {
  slot: number;
  directory: string;
  images: FolderCount;
  /** The concept's class folder, when set and counted. */
  classes: FolderCount | null;
}

export interface CountedConcepts {
  counts: ConceptCount[];
  /** The server would not count (and why): the user types the frames. */
  refused: CountRefusal | null;
}

/** Counts the folders of the given concept slots; a slot the server does not answer for is left out. */
export async function countConcepts(
  win: Window,
  reading: FormReading,
  slots: readonly number[],
): Promise<CountedConcepts> {
  let refused: CountRefusal | null = null;
  const concepts = reading.activeConcepts.filter((concept) => slots.includes(concept.index));
  const answers = await Promise.all(
    concepts.map(async (concept): Promise<ConceptCount | null> => {
      const images = await countFolder(win, concept.directory, reading.apiKey);
      if (images && 'refused' in images) refused = images.refused;
      if (!images || !('count' in images)) return null;
      const classes = concept.classDirectory ? await countFolder(win, concept.classDirectory, reading.apiKey) : null;
      return {
        slot: concept.index,
        directory: concept.directory,
        images: images.count,
        classes: classes && 'count' in classes ? classes.count : null,
      };
    }),
  );
  return { counts: answers.filter((answer): answer is ConceptCount => answer !== null), refused };
}

/**
 * What a count puts into a frames box: only where the user has not typed (an empty box, or an earlier
 * count), and nothing for a folder without images. Null leaves the box as it is.
 */
export function countedFrames(typed: string, earlierCount: string | undefined, images: number): string | null {
  if (typed !== '' && typed !== earlierCount) return null;
  return images > 0 ? String(images) : typed;
}

/** The line under a frames box: what the server counted. */
export function countedText(words: Words, count: ConceptCount): string {
  const params = { images: count.images.images, directory: count.directory, captioned: count.images.captioned };
  return words.ui(count.images.truncated ? 'countedAtLeast' : 'counted', params);
}

/** What the counts say about the plan, as notes for the preview. */
export function countNotes(
  words: Words,
  counts: readonly ConceptCount[],
  plan: Plan,
  request: PlanRequest,
  prior: boolean,
  slots: readonly number[],
): string[] {
  const notes: string[] = [];
  const resolution = Math.max(...request.resolutions);
  for (const count of counts) {
    const { images, captioned, smallestSide } = count.images;
    if (images > 0 && captioned === images && request.mode !== 'filewords')
      notes.push(words.ui('counts.filewords', { slot: count.slot, images }));
    if (count.images.unreadable > 0)
      notes.push(words.ui('counts.unreadable', { slot: count.slot, folders: count.images.unreadable }));
    if (smallestSide !== null && smallestSide < resolution)
      notes.push(words.ui('counts.small', { slot: count.slot, side: smallestSide, resolution }));
    const frames = plan.concepts[slots.indexOf(count.slot)]?.frames;
    if (prior && count.classes && frames !== undefined) {
      // The trainer generates only the class images a concept lacks.
      const needed = plan.classImagesPerInstance * frames;
      const existing = count.classes.images;
      notes.push(
        words.ui('counts.classImages', { slot: count.slot, existing, needed, missing: Math.max(0, needed - existing) }),
      );
    }
  }
  return notes;
}

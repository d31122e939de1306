// @vitest-environment jsdom
// The planner's batch-size chart stays readable at any dataset size: axis maxima written compactly in
// the page's language, batch-size labels never running together.
import { describe, expect, it } from 'vitest';
import { batchSizeOptions, validatePlanInput, type PlanInput } from '../../src/core/index.js';
import { batchChart } from '../../src/ui/planner/chart.js';

const LABELS = { title: 'chart', steps: 'steps', epochs: 'epochs' };

function chartFor(input: PlanInput, language = 'en') {
  const validated = validatePlanInput(input);
  if (!validated.ok) throw new Error('bad input');
  return batchChart(document, batchSizeOptions(validated.request), LABELS, validated.request.batchSize, language);
}

const texts = (chart: SVGSVGElement, selector: string) =>
  [...chart.querySelectorAll(selector)].map((element) => element.textContent ?? '');

describe('batch-size chart', () => {
  it.each([[{ frames: 20 }], [{ frames: 98_280, textEncoder: true }], [{ frames: 100_000 }], [{ frames: 5040 }]])(
    '%j: maxima fit the margins, tick labels never overlap',
    (input) => {
      const chart = chartFor(input);
      const [stepsMax, epochsMax] = [texts(chart, 'text.steps-label')[0]!, texts(chart, 'text.epochs-label')[0]!];
      expect(stepsMax.length).toBeLessThanOrEqual(5);
      expect(epochsMax.length).toBeLessThanOrEqual(5);
      const ticks = [...chart.querySelectorAll('text.tick')].map((tick) => ({
        x: Number(tick.getAttribute('x')),
        characters: tick.textContent!.length,
      }));
      expect(ticks.length).toBeGreaterThan(1);
      for (let index = 1; index < ticks.length; index++) {
        const [left, right] = [ticks[index - 1]!, ticks[index]!];
        // Centred labels at 11 px: about 7 px a character, half of each on either side of its x.
        expect(right.x - left.x).toBeGreaterThanOrEqual((7 * left.characters + 7 * right.characters) / 2);
      }
      // Every bar is still there, each with its exact numbers in its title.
      expect(chart.querySelectorAll('rect.bar').length).toBe(chart.querySelectorAll('rect.bar > title').length);
    },
  );

  it('at 100,000 frames the steps axis reads 20M, in Chinese 2000万', () => {
    expect(texts(chartFor({ frames: 100_000 }), 'text.steps-label')[0]).toBe('20M');
    expect(texts(chartFor({ frames: 100_000 }, 'zh'), 'text.steps-label')[0]).toBe('2000万');
  });
});

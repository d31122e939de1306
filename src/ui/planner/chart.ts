/**
 * The batch-size options as a small SVG chart: steps as bars, epochs as a line, one group per batch
 * size. Colours come from the page's CSS variables, so it reads in light and dark.
 */
import type { BatchSizeOption } from '../../core/index.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 48, right: 48, top: 16, bottom: 28 };

function svg<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
) {
  const element = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Roughly how wide a label of this many characters is at the chart's tick size (11 px). */
const labelWidth = (characters: number) => 7 * characters + 6;

export function batchChart(
  doc: Document,
  options: readonly BatchSizeOption[],
  labels: { title: string; steps: string; epochs: string },
  current: number,
  language: string,
): SVGSVGElement {
  // Axis maxima as the language writes large numbers compactly (20M, 2000万), so they fit the margin.
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumSignificantDigits: 3 });
  const chart = svg(doc, 'svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': labels.title,
    class: 'chart',
    'data-dbc': 'chart',
  });
  const maxSteps = Math.max(...options.map((option) => option.maxTrainSteps), 1);
  const maxEpochs = Math.max(...options.map((option) => option.epochs), 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(options.length, 1);
  const y = (value: number, max: number) => PAD.top + plotHeight * (1 - value / max);
  chart.append(
    svg(doc, 'line', {
      x1: PAD.left,
      y1: PAD.top + plotHeight,
      x2: WIDTH - PAD.right,
      y2: PAD.top + plotHeight,
      class: 'axis',
    }),
    svg(
      doc,
      'text',
      { x: PAD.left - 6, y: PAD.top + 4, 'text-anchor': 'end', class: 'steps-label' },
      compact.format(maxSteps),
    ),
    svg(doc, 'text', { x: WIDTH - PAD.right + 6, y: PAD.top + 4, class: 'epochs-label' }, compact.format(maxEpochs)),
    svg(doc, 'text', { x: PAD.left - 6, y: HEIGHT - 4, 'text-anchor': 'end', class: 'steps-label' }, labels.steps),
    svg(doc, 'text', { x: WIDTH - PAD.right + 6, y: HEIGHT - 4, class: 'epochs-label' }, labels.epochs),
  );
  // Every k-th batch size is labelled, so that labels never run together; each bar's title has them all.
  const widest = Math.max(...options.map((option) => String(option.batchSize).length));
  const every = Math.ceil(labelWidth(widest) / slot);
  const points: string[] = [];
  options.forEach((option, index) => {
    const x = PAD.left + slot * index + slot / 2;
    const barWidth = Math.max(2, Math.min(28, slot * 0.6));
    const top = y(option.maxTrainSteps, maxSteps);
    const bar = svg(doc, 'rect', {
      x: x - barWidth / 2,
      y: top,
      width: barWidth,
      height: PAD.top + plotHeight - top,
      class: option.batchSize === current ? 'bar current' : 'bar',
    });
    bar.append(
      svg(
        doc,
        'title',
        {},
        `BS ${option.batchSize}: ${option.maxTrainSteps} ${labels.steps}, ${option.epochs} ${labels.epochs}`,
      ),
    );
    chart.append(bar);
    if (index % every === 0)
      chart.append(
        svg(doc, 'text', { x, y: HEIGHT - 12, 'text-anchor': 'middle', class: 'tick' }, String(option.batchSize)),
      );
    points.push(`${x},${y(option.epochs, maxEpochs)}`);
  });
  chart.append(svg(doc, 'polyline', { points: points.join(' '), class: 'epochs' }));
  for (const point of points) {
    const [cx, cy] = point.split(',');
    chart.append(svg(doc, 'circle', { cx: cx!, cy: cy!, r: 3, class: 'epoch-dot' }));
  }
  return chart;
}

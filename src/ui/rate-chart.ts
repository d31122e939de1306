/**
 * The learning-rate curve of the planned run as a small SVG (R9): what the trainer runs, the
 * scheduler as set when the plan is for another, and the research's constant plan, on one axis of
 * steps (the research's trainer) or epochs (the extension). Drawn when shown, never at page start.
 */
import {
  formatNumber,
  planCurves,
  type CurvePoint,
  type Plan,
  type PlanCurves,
  type PlanRequest,
} from '../core/index.js';
import type { Words } from './words.js';

const SVG = 'http://www.w3.org/2000/svg';
const PAD = { left: 44, right: 12, top: 10, bottom: 20 };

function svg(doc: Document, tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = doc.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const xOf = (point: CurvePoint, unit: PlanCurves['unit']) => (unit === 'steps' ? point.step : point.epoch);

function rateChart(
  doc: Document,
  words: Words,
  curves: PlanCurves,
  size: { width: number; height: number },
): HTMLElement {
  const { unit, planned, asSet, research } = curves;
  const figure = doc.createElement('figure');
  figure.className = 'rate-chart';
  figure.dataset.dbc = 'rate-chart';
  const caption = doc.createElement('figcaption');
  caption.textContent = words.ui('curve.title');
  if (!planned) {
    const none = doc.createElement('p');
    none.textContent = words.ui('curve.none', { scheduler: curves.scheduler });
    figure.append(caption, none);
    return figure;
  }
  const researchLength = unit === 'steps' ? research.steps : research.epochs;
  const runLength = unit === 'steps' ? planned.steps : planned.epochs;
  const maxX = Math.max(researchLength, runLength, 1);
  const rates = [research.rate, ...planned.points.map((p) => p.rate), ...(asSet?.points ?? []).map((p) => p.rate)];
  const maxY = Math.max(...rates) * 1.1 || 1;
  const { width, height } = size;
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = height - PAD.top - PAD.bottom;
  const x = (value: number) => PAD.left + (plotWidth * value) / maxX;
  const y = (rate: number) => PAD.top + plotHeight * (1 - rate / maxY);
  const at = (left: number, rate: number) => `${x(left).toFixed(1)},${y(rate).toFixed(1)}`;
  const line = (points: readonly CurvePoint[]) => points.map((point) => at(xOf(point, unit), point.rate)).join(' ');
  const unitWord = words.ui(unit === 'steps' ? 'curve.steps' : 'curve.epochs');
  const compact = new Intl.NumberFormat(words.language, { notation: 'compact', maximumSignificantDigits: 3 });
  const legend = [
    words.ui('curve.planned', { scheduler: planned.scheduler }),
    ...(asSet ? [words.ui('curve.asSet', { scheduler: asSet.scheduler })] : []),
    words.ui('curve.research'),
  ];

  const chart = svg(doc, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `${words.ui('curve.title')}: ${legend.join('; ')}`,
    'data-dbc': 'rate-chart-svg',
  });
  const baseline = PAD.top + plotHeight;
  chart.append(
    svg(doc, 'line', {
      x1: PAD.left,
      y1: baseline.toFixed(1),
      x2: width - PAD.right,
      y2: baseline.toFixed(1),
      class: 'axis',
    }),
    svg(doc, 'line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: baseline, class: 'axis' }),
    svg(doc, 'text', { x: PAD.left - 4, y: y(research.rate) + 4, 'text-anchor': 'end' }, formatNumber(research.rate)),
    svg(doc, 'text', { x: PAD.left - 4, y: baseline, 'text-anchor': 'end' }, '0'),
    svg(
      doc,
      'text',
      { x: width - PAD.right, y: height - 4, 'text-anchor': 'end' },
      `${compact.format(maxX)} ${unitWord}`,
    ),
    svg(doc, 'polyline', {
      points: `${at(0, research.rate)} ${at(researchLength, research.rate)}`,
      class: 'research',
      'data-dbc': 'curve-research',
    }),
  );
  if (asSet)
    chart.append(svg(doc, 'polyline', { points: line(asSet.points), class: 'as-set', 'data-dbc': 'curve-as-set' }));
  chart.append(svg(doc, 'polyline', { points: line(planned.points), class: 'planned', 'data-dbc': 'curve-planned' }));

  const key = doc.createElement('ul');
  key.className = 'curve-key';
  legend.forEach((text, index) => {
    const item = doc.createElement('li');
    item.className = index === 0 ? 'planned' : index === legend.length - 1 ? 'research' : 'as-set';
    item.textContent = text;
    key.append(item);
  });
  figure.append(caption, chart, key);
  return figure;
}

/** A plan's curves, drawn: one point per 2 px of width. */
export function drawRateChart(
  doc: Document,
  words: Words,
  request: PlanRequest,
  plan: Plan,
  size: { width: number; height: number },
): HTMLElement {
  return rateChart(doc, words, planCurves(request, plan, Math.round(size.width / 2)), size);
}

/**
 * Numbers as people write them in the WebUI: learning rates in short exponent form ("5e-7"),
 * everything else with at most four significant digits and no trailing zeros.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 1e-3) {
    const [mantissa, exponent] = value.toExponential(3).split('e');
    return `${trimZeros(mantissa!)}e${exponent!.replace('+', '')}`;
  }
  if (Number.isInteger(value)) return String(value);
  return trimZeros(value.toPrecision(4));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Unrounded step counts with two decimals, so the derivation shows why rounding went the way it did. */
export function formatSteps(rawSteps: number): string {
  return Number.isInteger(rawSteps) ? String(rawSteps) : rawSteps.toFixed(2);
}

import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../../src/demo/catalog.js';
import { TOOLTIPS, tooltipFor } from '../../../src/ui/tooltips/texts.js';
import { PACKS } from '../../../src/i18n/catalogs.js';
import { LANGUAGES } from '../../../src/i18n/index.js';

const INPUT_TYPES = new Set(['Number', 'Slider', 'Checkbox', 'Dropdown', 'Textbox']);

describe('tooltip texts', () => {
  it.each(VERSIONS.map((version) => [version.key, version] as const))(
    'cover every field label of the %s UI',
    (_key, version) => {
      const labels = version.fields
        .filter((field) => INPUT_TYPES.has(field.type) && field.label)
        .map((field) => field.label!);
      expect(labels.filter((label) => !tooltipFor(label))).toEqual([]);
    },
  );

  it('give every parameter the research discusses a text of its own', () => {
    const specific = new Set(TOOLTIPS.filter((entry) => !entry.generic).flatMap((entry) => entry.labels));
    const researched = [
      'Instance Prompt',
      'Class Prompt',
      'Instance Token',
      'Class Token',
      'Learning Rate',
      'Learning Rate Scheduler',
      'Learning Rate Warmup Steps',
      'Number of Hard Resets',
      'Polynomial Power',
      'Training Steps Per Image (Epochs)',
      'Max Training Steps',
      'Batch Size',
      'Gradient Accumulation Steps',
      'Class Batch Size',
      'Step Ratio of Text Encoder Training',
      'Train Text Encoder',
      'Max Resolution',
      'Resolution',
      'Class Images Per Instance Image',
      'Total Number of Class/Reg Images',
      'Prior Loss Weight',
      'Use 8bit Adam',
      'Optimizer',
      'Mixed Precision',
      'Memory Attention',
      'Gradient Checkpointing',
      'Cache Latents',
      "Don't Cache Latents",
      'Set Gradients to None When Zeroing',
      'Pad Tokens',
      'Scale Learning Rate',
      'Use EMA',
      'Use LORA',
      'Save Model Frequency (Epochs)',
      'Save Checkpoint Frequency',
      'Concepts List',
      'Dataset Directory',
    ];
    expect(researched.filter((label) => !specific.has(label))).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s: every tooltip has a text and a research section, and each label is listed once',
    (language) => {
      for (const entry of TOOLTIPS) {
        const [text, section] = PACKS[language].tooltips[entry.id];
        expect(text.length, entry.id).toBeGreaterThan(20);
        expect(section.length, entry.id).toBeGreaterThan(3);
      }
      const labels = TOOLTIPS.flatMap((entry) => entry.labels);
      expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../../src/demo/catalog.js';
import { GENERIC_TEXTS, PARAMETER_TEXTS, textFor } from '../../../src/ui/tooltips/texts.js';

const INPUT_TYPES = new Set(['Number', 'Slider', 'Checkbox', 'Dropdown', 'Textbox']);

describe('tooltip texts', () => {
  it.each(VERSIONS.map((version) => [version.key, version] as const))('cover every field label of the %s UI', (_key, version) => {
    const labels = version.fields.filter((field) => INPUT_TYPES.has(field.type) && field.label).map((field) => field.label!);
    expect(labels.filter((label) => !textFor(label))).toEqual([]);
  });

  it('give every parameter the research discusses a text of its own', () => {
    const specific = new Set(PARAMETER_TEXTS.flatMap((entry) => entry.labels));
    const researched = [
      'Instance Prompt', 'Class Prompt', 'Instance Token', 'Class Token', 'Learning Rate', 'Learning Rate Scheduler',
      'Learning Rate Warmup Steps', 'Number of Hard Resets', 'Polynomial Power', 'Training Steps Per Image (Epochs)',
      'Max Training Steps', 'Batch Size', 'Gradient Accumulation Steps', 'Class Batch Size', 'Step Ratio of Text Encoder Training',
      'Train Text Encoder', 'Max Resolution', 'Resolution', 'Class Images Per Instance Image', 'Total Number of Class/Reg Images',
      'Prior Loss Weight', 'Use 8bit Adam', 'Optimizer', 'Mixed Precision', 'Memory Attention', 'Gradient Checkpointing',
      'Cache Latents', "Don't Cache Latents", 'Set Gradients to None When Zeroing', 'Pad Tokens', 'Scale Learning Rate', 'Use EMA',
      'Use LORA', 'Save Model Frequency (Epochs)', 'Save Checkpoint Frequency', 'Concepts List', 'Dataset Directory',
    ];
    expect(researched.filter((label) => !specific.has(label))).toEqual([]);
  });

  it('name the research section of every text, and list each label once', () => {
    const all = [...PARAMETER_TEXTS, ...GENERIC_TEXTS];
    for (const entry of all) {
      expect(entry.section.length).toBeGreaterThan(3);
      expect(entry.text.length).toBeGreaterThan(30);
    }
    const labels = all.flatMap((entry) => entry.labels);
    expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
  });
});

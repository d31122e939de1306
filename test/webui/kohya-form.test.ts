// How the kohya_ss GUI's text encoder fields read as sd-scripts' train_db.py applies them, and how a
// stop of the text encoder (which crashes it) leaves Additional parameters without the user's own options.
import { describe, expect, it } from 'vitest';
import { sdScriptsTextEncoderRatio } from '../../src/core/index.js';
import { kohyaTextEncoderRatio, withoutStopOption } from '../../src/webui/kohya/form.js';

const ratio = (values: Partial<Parameters<typeof kohyaTextEncoderRatio>[0]>) =>
  kohyaTextEncoderRatio({ rate: 1e-5, stop: 0, additional: '', maxTrainSteps: 1600, ...values });

describe('the text encoder share sd-scripts applies', () => {
  it('the whole run by default (Stop TE 0)', () => {
    expect(ratio({})).toBe(1);
  });

  it('none at rate 0 or Stop TE -1', () => {
    expect(ratio({ rate: 0 })).toBe(0);
    expect(ratio({ stop: -1 })).toBe(0);
  });

  it('the slider as the step number the GUI passes on, not as a %', () => {
    expect(ratio({ stop: 40 })).toBe(0.03);
  });

  it('Additional parameters come last on the command line, so they win over the slider', () => {
    expect(ratio({ stop: 40, additional: '--max_token_length 225 --stop_text_encoder_training 400' })).toBe(0.25);
    expect(ratio({ additional: '--stop_text_encoder_training=800 --xformers' })).toBe(0.5);
    expect(ratio({ additional: '--stop_text_encoder_training -1' })).toBe(0);
  });

  it('a stop past the run is the whole run; without Max train steps the share is unknown: the whole run', () => {
    expect(ratio({ additional: '--stop_text_encoder_training 5000' })).toBe(1);
    expect(ratio({ stop: 40, maxTrainSteps: 0 })).toBe(1);
  });
});

describe('the share sd-scripts can run', () => {
  it('all run or not at all: a share between goes to the nearer, a half to all run', () => {
    expect([0, 0.25, 0.49, 0.5, 0.75, 1].map(sdScriptsTextEncoderRatio)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});

describe('Additional parameters without the stop', () => {
  it('removes a stop and keeps the rest', () => {
    expect(withoutStopOption('--xformers --stop_text_encoder_training 12 --max_token_length 225')).toBe(
      '--xformers --max_token_length 225',
    );
    expect(withoutStopOption('--stop_text_encoder_training=12 --xformers')).toBe('--xformers');
  });

  it('leaves an option that only starts alike alone', () => {
    expect(withoutStopOption('--stop_text_encoder_training_x 3')).toBe('--stop_text_encoder_training_x 3');
  });
});

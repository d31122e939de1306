/**
 * The kohya_ss GUI's Dreambooth tab as a host page (v26.0.0 on Gradio 5, master on Gradio 6). The
 * GUI reads its fields when training starts (or its command is printed or its config saved), so
 * nothing needs saving after Autofill writes.
 */
import { kohyaGuiSettings } from '../../core/index.js';
import type { HostNote, HostPage } from '../host.js';
import { readKohyaForm } from './form.js';
import { locateKohyaTab } from './locate.js';
import { renderLazyFields } from './render.js';
import { firstMisfit } from '../targets.js';
import { kohyaWrites } from './targets.js';

export function kohyaHost(root: Element): HostPage {
  return {
    kind: 'kohya',
    root,
    read(localization) {
      const tab = locateKohyaTab(root, localization);
      const reading = readKohyaForm(tab);
      return {
        reading,
        plannedWrites: (plan, request, options) => kohyaWrites(tab, reading, plan, request, options),
        // The GUI's Max train steps is a Number without limits: only the batch size can misfit.
        batchOptionProblem: (option) => firstMisfit([[tab.find('batchSize'), option.batchSize]]),
        notes(plan, request) {
          const settings = kohyaGuiSettings(plan, request, { modelFamily: reading.family });
          const notes: HostNote[] = [];
          for (const note of settings.notes) {
            if (note.key === 'instance-folders')
              notes.push({ key: 'kohyaFolders', folders: note.folders, directory: reading.trainDataDir });
            if (note.key === 'reg-folder')
              notes.push({
                key: 'kohyaRegFolder',
                images: note.images,
                folder: note.folder,
                directory: reading.regDataDir,
              });
          }
          if (request.prior && !reading.regDataDir) notes.push({ key: 'kohyaNoRegFolder' });
          if (!request.prior && reading.regDataDir)
            notes.push({ key: 'kohyaRegUnused', directory: reading.regDataDir });
          if (reading.crashingStop !== null)
            notes.push({ key: 'kohyaTextEncoderSnapped', share: reading.crashingStop, used: request.textEncoderRatio });
          if (reading.datasetConfig) notes.push({ key: 'kohyaDatasetConfig', file: reading.datasetConfig });
          for (const warning of settings.warnings) {
            if (warning.key === 'family-unmeasured') notes.push({ key: 'kohyaSdxl' });
            if (warning.key === 'te-share-snapped')
              notes.push({ key: 'kohyaTextEncoderSnapped', share: warning.share, used: warning.used });
            if (warning.key === 'scheduler-substituted')
              notes.push({ key: 'kohyaSchedulerSubstituted', scheduler: warning.scheduler, used: warning.used });
          }
          return notes;
        },
      };
    },
    saveLabel: () => null,
    render: () => renderLazyFields(root),
  };
}

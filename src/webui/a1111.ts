/** The A1111 WebUI's Dreambooth tab (the d8ahazard extension's) as a host page. */
import { readForm } from './form.js';
import type { HostPage } from './host.js';
import { locateTab, saveButtonLabel } from './locate.js';
import { onDirectoryEdited } from './server.js';
import { batchOptionProblem, plannedWrites } from './targets.js';

export function a1111Host(tabElement: Element): HostPage {
  return {
    kind: 'a1111',
    root: tabElement,
    read(localization) {
      const tab = locateTab(tabElement, localization);
      return {
        reading: readForm(tab),
        plannedWrites: (plan, request, options) => plannedWrites(tab, plan, request, options),
        batchOptionProblem: (option) => batchOptionProblem(tab, option),
      };
    },
    saveLabel: () => saveButtonLabel(tabElement),
    onDirectoryEdited: (callback) => onDirectoryEdited(tabElement, callback),
  };
}

import { configDefaults, defineConfig } from 'vitest/config';

// The kohya_ss GUI's test runs four GUIs and sd-scripts' code: it runs after the others, alone, so
// that its load does not slow the timed tests beside it.
const KOHYA_GUI_TEST = 'test/e2e/kohya-page.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30000,
    hookTimeout: 60000,
    projects: [
      {
        extends: true,
        test: {
          name: 'companion',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, KOHYA_GUI_TEST],
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'kohya_ss GUI', include: [KOHYA_GUI_TEST], sequence: { groupOrder: 1 } } },
    ],
  },
});

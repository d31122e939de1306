// Tooltips on the real Gradio 3.41.2 page: hover a field, read our text with the live number.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGradioPage, type GradioPage } from '../../tools/gradio-page.mjs';
import { launchBrowser } from './browser.js';
import { newLocalPage, openDreambooth, typeFrames } from './real-gradio.js';

let browser: Browser;
let gradio: GradioPage;
beforeAll(async () => {
  [browser, gradio] = await Promise.all([launchBrowser(), startGradioPage({ companion: true })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), gradio?.stop()]);
});

describe('tooltips on the real Gradio page', () => {
  it('hovering a field shows our text with the live number for the dataset, beside the field', async () => {
    const { context, page } = await newLocalPage(browser);
    await openDreambooth(page, gradio.url);
    await typeFrames(page, '20');
    const dreambooth = page.locator('#tab_dreambooth_v2');
    await dreambooth.locator('.tab-nav button', { hasText: 'Parameters' }).click();
    await dreambooth.locator('.label-wrap', { hasText: 'Learning Rate' }).first().click();
    const field = dreambooth.locator('.block:has(> label > span[data-testid="block-info"]:text-is("Learning Rate"))');
    await field.hover();
    const tip = page.locator('#dbc-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('With your 20 frames at strength medium: LR 5e-7.');
    // Every part of it lets clicks through to the page beneath.
    expect(
      await tip.evaluate(
        (element) =>
          [element, ...element.querySelectorAll('*')].filter((part) => getComputedStyle(part).pointerEvents !== 'none')
            .length,
      ),
    ).toBe(0);
    const [fieldBox, tipBox] = [await field.boundingBox(), await tip.boundingBox()];
    expect(tipBox!.y >= fieldBox!.y + fieldBox!.height || tipBox!.y + tipBox!.height <= fieldBox!.y).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await context.close();
  });

  it('never takes a click: every checkbox and dropdown of the Parameters tab answers a real mouse click', async () => {
    const advanced = await startGradioPage({ companion: true, showAdvanced: true });
    const { context, page } = await newLocalPage(browser);
    await openDreambooth(page, advanced.url);
    await typeFrames(page, '20');
    const dreambooth = page.locator('#tab_dreambooth_v2');
    await dreambooth.locator('.tab-nav button', { hasText: 'Parameters' }).click();
    // Open every folded section, as a user looking through the parameters does.
    for (const fold of await dreambooth.locator('.label-wrap:not(.open)').all())
      if (await fold.isVisible()) await fold.click();
    // The page's checkboxes and dropdowns (not our own panel's, which also sits in the tab), in page
    // order. Gradio disables a dropdown no event uses: it takes no click with or without us.
    const controls: Locator[] = [];
    for (const control of await dreambooth.locator('input[type="checkbox"]:not([data-dbc]), input.border-none').all())
      if ((await control.isVisible()) && !(await control.isDisabled())) controls.push(control);
    const blockOf = (control: Locator) => control.locator('xpath=ancestor::div[contains(@class, "block")][1]');
    let checkboxes = 0;
    let dropdowns = 0;
    for (let index = 1; index < controls.length; index++) {
      const control = controls[index]!;
      await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const area = (await control.boundingBox())!;
      // The pointer rests on this control while the field above shows its tooltip (given focus from
      // the keyboard, or a re-render that moves it), which opens below that field, over this control.
      await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
      const above = controls[index - 1]!;
      if ((await above.getAttribute('type')) === 'checkbox') {
        await above.focus();
        await expect.poll(() => page.locator('#dbc-tooltip').isVisible()).toBe(true);
      }
      const name = (await blockOf(control).textContent())?.trim().slice(0, 40) ?? '';
      const isCheckbox = (await control.getAttribute('type')) === 'checkbox';
      const before = isCheckbox && (await control.isChecked());
      // A click where the pointer is, without moving it.
      await page.mouse.down();
      await page.mouse.up();
      if (isCheckbox) {
        expect(await control.isChecked(), name).toBe(!before);
        await control.setChecked(before);
        checkboxes++;
      } else {
        expect(await control.evaluate((input) => input === document.activeElement), name).toBe(true);
        await page.keyboard.press('Escape');
        dropdowns++;
      }
    }
    expect(checkboxes).toBeGreaterThan(10);
    expect(dropdowns).toBeGreaterThan(3);
    await context.close();
    await advanced.stop();
  }, 90_000);
});

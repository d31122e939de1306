// Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the built MV3 extension
// installed the way about:debugging installs it (temporarily, from the unpacked folder).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = fileURLToPath(new URL('../../dist/extension', import.meta.url));
const EXTENSION_ID = 'dreambooth-companion@users.noreply.github.com';
/** The extension's internal address is random per install unless a profile names it. */
const EXTENSION_UUID = '0d6c7c9e-1b2a-4c3d-9e8f-0123456789ab';
export const OPTIONS_URL = `moz-extension://${EXTENSION_UUID}/options.html`;

/** Names under .example that Firefox resolves to this machine, for addresses added on the options page. */
export const LOCAL_NAMES = ['webui.example'];

export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox ESR not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the test open the extension's own options page (moz-extension://) over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      // Firefox grants an optional host permission at once instead of asking in a doorhanger that
      // a test cannot click: what a user's "Allow" does.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.dns.localDomains': LOCAL_NAMES.join(','),
    },
  });
  await browser.installExtension(EXTENSION);
  return browser;
}

"use strict";
(() => {
  // src/webui/page-context.ts
  var CONTEXT_ATTRIBUTE = "data-dbc-page";
  var CONTEXT_REQUEST = "dreambooth-companion:context";
  var SETTINGS_PREFIX = "dreambooth_companion_";
  function strings(value) {
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry) => typeof entry[1] === "string")
    );
  }
  var checkedMaps = /* @__PURE__ */ new WeakMap();
  function checkedMap(value) {
    if (typeof value !== "object" || value === null) return { map: {}, json: "{}" };
    let checked = checkedMaps.get(value);
    if (!checked) {
      const map = strings(value);
      checked = { map, json: JSON.stringify(map) };
      checkedMaps.set(value, checked);
    }
    return checked;
  }
  function sanitize(value) {
    const raw = typeof value === "object" && value !== null ? value : {};
    const settings = Object.fromEntries(
      Object.entries(typeof raw.settings === "object" && raw.settings !== null ? raw.settings : {}).filter(
        (entry) => ["string", "number", "boolean"].includes(typeof entry[1])
      )
    );
    return {
      localization: strings(raw.localization),
      webuiLanguage: typeof raw.webuiLanguage === "string" ? raw.webuiLanguage : null,
      settings,
      settingsPending: raw.settingsPending === true
    };
  }
  function pageContextFromWindow(win) {
    const page = win;
    const opts = typeof page.opts === "object" && page.opts !== null ? page.opts : {};
    const bilingual = opts.bilingual_localization_enabled === true && typeof opts.bilingual_localization_file === "string" ? opts.bilingual_localization_file : null;
    const localizationFile = typeof opts.localization === "string" && opts.localization !== "None" ? opts.localization : null;
    const settings = Object.fromEntries(
      Object.entries(opts).filter(([key]) => key.startsWith(SETTINGS_PREFIX)).map(([key, value]) => [key.slice(SETTINGS_PREFIX.length), value])
    );
    const settingsPending = typeof page.onOptionsChanged === "function" && Object.keys(opts).length === 0;
    return {
      ...sanitize({ webuiLanguage: bilingual ?? localizationFile, settings, settingsPending }),
      localization: checkedMap(page.localization).map
    };
  }
  function watchOptions(win, listener) {
    const page = win;
    if (typeof page.onOptionsChanged === "function") page.onOptionsChanged(listener);
  }
  function publishPageContext(doc, win) {
    const publish = () => {
      const { webuiLanguage, settings, settingsPending } = pageContextFromWindow(win);
      const localization = checkedMap(win.localization).json;
      const text = `{"localization":${localization},"webuiLanguage":${JSON.stringify(webuiLanguage)},"settings":${JSON.stringify(settings)},"settingsPending":${settingsPending}}`;
      if (doc.documentElement.getAttribute(CONTEXT_ATTRIBUTE) !== text)
        doc.documentElement.setAttribute(CONTEXT_ATTRIBUTE, text);
    };
    publish();
    doc.addEventListener(CONTEXT_REQUEST, publish);
    watchOptions(win, publish);
  }
  var lastRead = { text: null, context: sanitize({}) };

  // src/entries/page-bridge.ts
  publishPageContext(document, window);
})();

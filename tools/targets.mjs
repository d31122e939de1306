// The browsers the page scripts are built for, read from the manifest's own minimum versions, so
// the build and the stores' install requirements cannot drift apart.
export function browserTargets(manifest) {
  const chrome = Number(manifest.minimum_chrome_version);
  const firefox = Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
  if (!chrome || !firefox) throw new Error('manifest.json needs minimum_chrome_version and gecko strict_min_version');
  return [`chrome${chrome}`, `firefox${firefox}`];
}

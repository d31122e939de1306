/**
 * The extension's options page: adds an origin through an optional host permission, requested at
 * that moment, and registers the content scripts for it; removes them again.
 */
import { DEFAULT_PATTERNS, patternForAddress, scriptIdFor } from '../extension/origins.js';

interface RegisteredScript {
  id: string;
  matches?: string[];
}

interface ExtensionApi {
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: object[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
  };
}

const api = ((globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
const list = document.getElementById('origins')!;
const status = document.getElementById('status')!;
const form = document.getElementById('add') as HTMLFormElement;
const address = document.getElementById('address') as HTMLInputElement;

/** Every pattern in the list, to refuse adding one twice (read before the click's permission request). */
let listed: string[] = [...DEFAULT_PATTERNS];

async function render() {
  const registered = await api.scripting.getRegisteredContentScripts();
  const added = registered.filter((script) => !script.id.endsWith('-bridge')).flatMap((script) => (script.matches ?? []).map((pattern) => ({ id: script.id, pattern })));
  listed = [...DEFAULT_PATTERNS, ...added.map(({ pattern }) => pattern)];
  list.replaceChildren(
    ...DEFAULT_PATTERNS.map((pattern) => item(`${pattern} (built in)`)),
    ...added.map(({ id, pattern }) => {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.addEventListener('click', async () => {
        await api.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] });
        await api.permissions.remove({ origins: [pattern] });
        status.textContent = `Removed ${pattern}.`;
        await render();
      });
      const entry = item(pattern);
      entry.append(remove);
      return entry;
    }),
  );
}

function item(text: string) {
  const entry = document.createElement('li');
  entry.textContent = text;
  return entry;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const result = patternForAddress(address.value, listed);
  if (!result.ok) {
    status.textContent = result.message;
    return;
  }
  const { pattern } = result;
  // The permission request must happen in the click's own task, before any await.
  api.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (!granted) {
      status.textContent = `Not added: the browser did not allow ${pattern}.`;
      return;
    }
    const id = scriptIdFor(pattern);
    await api.scripting.unregisterContentScripts({ ids: [id, `${id}-bridge`] }).catch(() => undefined);
    await api.scripting.registerContentScripts([
      { id: `${id}-bridge`, matches: [pattern], js: ['page-bridge.js'], runAt: 'document_idle', world: 'MAIN' },
      { id, matches: [pattern], js: ['content-script.js'], runAt: 'document_idle' },
    ]);
    status.textContent = `Added ${pattern}: reload the WebUI tab there.`;
    address.value = '';
    await render();
  }, (error: unknown) => {
    status.textContent = `Not added: ${error instanceof Error ? error.message : String(error)}`;
  });
});

void render();

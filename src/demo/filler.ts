/**
 * Makes the demo page as large as a real WebUI (thousands of elements across txt2img, img2img,
 * extras and settings), for the benchmark: Gradio-like blocks with labels, inputs and galleries.
 */
const KINDS = ['number', 'slider', 'checkbox', 'textbox', 'dropdown'] as const;

export function addWebuiFiller(doc: Document, tabs: Element, targetElements: number): void {
  const tabNames = ['txt2img', 'img2img', 'extras', 'pnginfo', 'train', 'settings', 'extensions'];
  const panels = tabNames.map((name) => {
    const existing = doc.getElementById(`tab_${name}`);
    if (existing) return existing;
    const panel = doc.createElement('div');
    panel.id = `tab_${name}`;
    panel.className = 'tabitem';
    panel.style.display = 'none';
    tabs.append(panel);
    return panel;
  });
  let index = 0;
  while (doc.getElementsByTagName('*').length < targetElements) {
    const panel = panels[index % panels.length]!;
    panel.append(fillerBlock(doc, index));
    if (index % 40 === 0) panel.append(gallery(doc, index));
    index++;
  }
}

function fillerBlock(doc: Document, index: number): Element {
  const kind = KINDS[index % KINDS.length]!;
  const block = doc.createElement('div');
  block.id = `component-${10000 + index}`;
  block.className = 'block padded';
  const label = doc.createElement('label');
  const span = doc.createElement('span');
  span.setAttribute('data-testid', 'block-info');
  span.textContent = `Setting ${index}`;
  label.append(span);
  const input = doc.createElement(kind === 'textbox' ? 'textarea' : 'input');
  if (kind === 'number' || kind === 'slider') input.setAttribute('type', 'number');
  if (kind === 'checkbox') input.setAttribute('type', 'checkbox');
  label.append(input);
  block.append(doc.createElement('div'), label);
  if (kind === 'slider') {
    const range = doc.createElement('input');
    range.type = 'range';
    block.append(range);
  }
  const help = doc.createElement('p');
  help.textContent = 'Generation option';
  const button = doc.createElement('button');
  button.textContent = '↻';
  block.append(help, button);
  return block;
}

function gallery(doc: Document, index: number): Element {
  const box = doc.createElement('div');
  box.id = `gallery-${index}`;
  box.className = 'block gallery';
  for (let image = 0; image < 8; image++) {
    const thumb = doc.createElement('button');
    thumb.className = 'thumbnail-item';
    thumb.append(doc.createElement('img'));
    box.append(thumb);
  }
  return box;
}

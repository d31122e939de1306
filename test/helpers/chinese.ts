// A WebUI in Chinese: the Dreambooth tab's labels as a zh_CN localization file translates them, and
// the bilingual-localization extension's rewrite of a label (translation and original in a wrapper).
export const CHINESE_LABELS: Readonly<Record<string, string>> = {
  'Training Steps Per Image (Epochs)': '每张图片训练步数（轮数）',
  'Learning Rate': '学习率',
  'Text Encoder Learning Rate': '文本编码器学习率',
  'Batch Size': '批次大小',
  'Gradient Accumulation Steps': '梯度累积步数',
  'Class Images Per Instance Image': '每张实例图的类别图数量',
  'Step Ratio of Text Encoder Training': '文本编码器训练步数比例',
  'Max Resolution': '最大分辨率',
  'Learning Rate Scheduler': '学习率调度器',
  'Constant/Linear Starting Factor': '常数/线性起始系数',
  'Scale Position': '缩放位置',
  'Learning Rate Warmup Steps': '学习率预热步数',
  'Mixed Precision': '混合精度',
  Optimizer: '优化器',
  'Use LORA': '使用 LoRA',
  Model: '模型',
  Directory: '目录',
  Prompt: '提示词',
};

/** What the bilingual-localization extension does to a text node: a wrapper with both texts. */
export function bilingualize(
  root: Element,
  map: Readonly<Record<string, string>>,
  order: 'Translation First' | 'Original First' = 'Translation First',
): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.textContent?.trim() ?? '';
    const shown = map[text];
    if (!shown || node.parentElement?.closest('.bilingual__trans_wrapper')) continue;
    const [first, second] = order === 'Original First' ? [text, shown] : [shown, text];
    const wrapper = doc.createElement('div');
    wrapper.className = 'bilingual__trans_wrapper';
    const em = doc.createElement('em');
    em.textContent = second;
    wrapper.append(first, em);
    node.replaceWith(wrapper);
  }
}

/** What A1111's own localization does: each label's text replaced by its translation. */
export function localize(root: Element, map: Readonly<Record<string, string>>): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shown = map[node.textContent?.trim() ?? ''];
    if (shown) node.textContent = shown;
  }
}

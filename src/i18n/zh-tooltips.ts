/** 简体中文: the tooltip texts, with the English keys (en-tooltips.ts). */
import type { TooltipTexts } from './index.js';

export const ZH_TOOLTIPS: TooltipTexts = {
  instancePrompt: [
    '训练后用来触发主体的提示词。少见的标识词加类别名词（如“sks woman”）会把概念绑定到该类别；这里写的每个词，以后生成时都要写进提示词，才能完整还原概念。[filewords]（扩展的默认提示词）则改为读取每张图的标注文件：标注各不相同的实例图各自成为一个概念（标注相同的会合并为一个），无论有多少张，学习率都保持 1e-5。研究建议：除非确实需要逐图标注，请用普通提示词。',
    'Main parameters: instance_prompt; Class based training; Concepts and filewords（主要参数：instance_prompt；基于类别的训练；概念与 filewords）',
  ],
  classPrompt: [
    '描述主体所属的一般类别（如“a woman”），用于生成先验保留所需的类别图，防止模型对整个类别的印象被你的主体带偏。',
    '先验保留损失（Prior Preservation Loss）',
  ],
  prompt: [
    '在“Instance Images”下：触发主体的提示词（标识词加类别名词，或 [filewords]——学习率保持 1e-5，每张实例图自成一个概念）。在“Class Images”下：用来生成先验保留所需类别图的一般类别。',
    'Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords（主要参数：instance_prompt；先验保留损失；概念与 filewords）',
  ],
  instanceToken: [
    '使用 [filewords] 时，标注中代表主体的专属触发词。图里有、但标注没写到的内容照样会并入概念；标注里写了的词，生成时也必须写上才能触发。',
    'Additional information on prompt and concept_list（关于提示词和 concept_list 的补充说明）',
  ],
  classToken: [
    '使用 [filewords] 时主体的类别名词（“woman”“dog”）。每张图都出现的东西（黑发、某种画风）也会充当类别词，所以先验保留无法完全阻止漂移。',
    'Additional information on prompt and concept_list（关于提示词和 concept_list 的补充说明）',
  ],
  directory: [
    '该概念的图片目录（Instance Images 下）或其类别图目录（Class Images 下）。每张实例图就是公式里的一“帧”：步数随实例图数量增加，学习率随之降低。',
    'Concepts and filewords; concept_list（概念与 filewords；concept_list）',
  ],
  classDirectory: ['该概念的类别（正则化）图目录。每个概念用各自的目录，类别图就不会在概念之间重复。', 'concept_list'],
  conceptsList: [
    '从 JSON 列表训练多个概念。步数按所有概念的实例图总数计算，学习率按实例图最多的概念计算（最低、最稳妥的学习率）。各概念实例图数量相同，可以避免一个概念的细节渗入其他概念，不过研究发现概念之间仍会有些混合。',
    'concept_list',
  ],
  epochs: [
    '遍历全部实例图的次数。研究改用“每张图的步数”：1e-5 时不训练文本编码器 200 步，训练则 100 步。批次大小为 1、梯度累加为 1、512 px 且调度器为 constant 时，轮数就等于每张图步数；其他情况由自动填写计算（见下方一行）。有类别图时，当前扩展每轮对每张实例图跑两个样本。',
    'Full pass steps and compensation; num_train_epochs（完整遍历步数与补偿；num_train_epochs）',
  ],
  maxTrainSteps: [
    '总训练步数；大于 0 时优先于轮数。研究的公式直接给出这个数：实例图数 × 每张图步数，再按批次大小、梯度累加和调度器修正。',
    'Number of training steps (max_train_steps)（训练步数（max_train_steps））',
  ],
  conceptMaxSteps: [
    '该概念的步数上限（-1 = 不限）。研究按所有概念的实例图总数一起算步数，所以保持 -1，改设总步数。',
    'concept_list',
  ],
  learningRate: [
    '每一步对模型改动的幅度。进阶公式固定每张图步数、按比例调整学习率：学习率 = 1e-5 × 强度 ÷ 单个概念的实例图数（多个概念时取最大的）。研究反对反过来做——降低学习率再按比例加步数：那样在高 CFG 下出图会崩坏，学习率越低，开始崩坏的 CFG 也越低。',
    'Advanced Dreambooth Formula; learning_rate（进阶 Dreambooth 公式；learning_rate）',
  ],
  textLearningRate: [
    '文本编码器的学习率。研究所用的训练器对文本编码器和 UNet 只有一个学习率，所以自动填写在这里写入相同的值；当前扩展自己的默认值是 UNet 学习率的一半。',
    'Text encoder（文本编码器）',
  ],
  scheduler: [
    '训练过程中学习率如何变化。研究测过标准曲线：constant（最佳）和 constant_with_warmup 按 ×1 步数；会衰减的 linear、cosine、cosine_with_restarts 和 polynomial 需要 ×2，并提醒倍数过高即使在低 CFG 下也会让出图失真。Autofill 让整个训练的学习率面积（学习率 × 步数）等于研究的 constant 方案：这些曲线按 ×2，扩展的曲线在训练结束前就走完时再多一点。2023 年 1 月起名称有变：扩展的 constant 在 Scale Position 之前保持起始系数 × 学习率（系数为 1 时才是研究中的 constant），它的 linear 会把学习率逐渐升高，研究中的 linear 在这里是 linear_with_warmup。建议使用 constant_with_warmup（扩展的默认值）或系数为 1 的 constant：有类别图时，扩展的衰减曲线在训练进行到一半时就已走完，它的 cosine 是一个完整的波形（降到 0 再回升），polynomial 在学习率低于 1e-7 时会报错。cosine_annealing 及其重启版本和 rex 研究没有测过（按 ×1 计算）。',
    'lr_scheduler; lr_scheduler step multipliers（lr_scheduler；lr_scheduler 步数倍率）',
  ],
  warmupSteps: [
    '训练开始时学习率从 0 线性升到设定值所用的步数。2023 年 1 月起只有 constant_with_warmup、linear_with_warmup、cosine、cosine_with_restarts 和 polynomial 使用它，按训练样本计数（轮数 × 实例图数，有类别图时翻倍，另加每轮 1 次）；2022 年 12 月版扩展中除 constant 外的调度器都使用它。当前默认值 500 可能就是一次小训练的全部（训练文本编码器时 5 张实例图就是 500 步）：请保持在训练的十分之一以内。',
    'warmup (lr_warmup_steps)（warmup（lr_warmup_steps））',
  ],
  startFactor: [
    '扩展的 constant 调度器在 Scale Position 之前把学习率乘以这个起始系数（Constant/Linear Starting Factor）；linear 调度器在这段时间内从系数 × 学习率升到学习率。默认值 0.5 会让 constant 在前一半训练中学习率减半，按研究方案会训练不足：设为 1 时，constant 就是研究中的 constant。2022 年 12 月版扩展没有此项。',
    "lr_scheduler (constant); not covered for the extension's curves（lr_scheduler（constant）；扩展自有曲线未被研究覆盖）",
  ],
  scalePosition: [
    'constant 和 linear 的起始系数持续的训练比例（0 到 1，默认 0.5），也是 cosine_annealing 的跨度。起始系数为 1 时对 constant 没有影响。2022 年 12 月版扩展没有此项。',
    "not covered by the research (the extension's curves)（研究未覆盖（扩展自有曲线））",
  ],
  schedulerShape: [
    '特定调度器的形状。Number of Hard Resets（硬重启次数）是 cosine（完整波形：降到 0 再回升）和 cosine_with_restarts（半个波形）的周期数；研究用的是 1，即不重启。Polynomial Power（多项式幂次）研究用 1。Min Learning Rate（最低学习率）只是 cosine_annealing 及其重启版本的下限。自动填写按这些值规划并画出学习率曲线。',
    'lr_scheduler (cosine_with_restarts, polynomial)（lr_scheduler（cosine_with_restarts、polynomial））',
  ],
  scaleLr: [
    '训练时把学习率乘以梯度累加 × 批次大小 × GPU 数。研究的学习率默认它是关闭的：开启后，训练器实际用的学习率会比你填的大得多。',
    'scale_lr',
  ],
  batchSize: [
    '每一步处理的实例图数（批次大小，页面上为 Batch Size）。需要更多显存。批次越大，训练概念所需步数越少但每步更慢，而且不是线性关系：步数 =（实例图数 × 每张图步数 + 额外步数）÷ √批次大小，其中额外步数 =（批次大小 − 1）× 每张图步数（不训练文本编码器时再 ÷ 1.5）；因此批次越大轮数越多（每张图被看到的次数更多）。请选能整除实例图数量、且不超过它的批次大小。当前扩展的批次也把类别图算在内：开启先验保留时，批次大小 N 里大约只有 N/2 张是你的实例图。',
    'train_batch_size',
  ],
  gradAccum: [
    '显存不够时，把几步的梯度累加起来模拟更大的批次。它接近但不等于真正的批次，需要 √GA 倍的步数；研究建议设为 1。',
    'gradient_accumulation_steps',
  ],
  classBatchSize: [
    '一次生成多少张类别图（即研究中的 sample_batch_size）。只影响速度和显存，不影响训练。',
    'sample_batch_size',
  ],
  textEncoder: [
    '同时训练文本编码器（比例：在该比例的轮数内训练）。概念复现更好，但更占显存，每张图步数减半：1e-5 时 100 步而不是 200 步。0 与 1 之间的比例是插值；研究只测过关和开。',
    'Text encoder（文本编码器）',
  ],
  trainUnet: [
    '训练图像模型本身。研究始终训练它；关闭后只剩文本编码器来学习概念。',
    'not covered by the research（研究未覆盖）',
  ],
  resolution: [
    '训练分辨率。高于 512 px 时每张图需要更多步数：每张图步数 ×（分辨率 ÷ 512）²，所以 768 px 需要 450 步（训练文本编码器则 225 步）。同时训练多个分辨率（动态分辨率）可以避免高分辨率训练后在基础尺寸下生成的图片被裁切，但研究称其为实验性做法：只在批次大小为 1、关闭缩放、并为每个分辨率准备实例图副本时有效。',
    'Resolution and training on model 768; (Experimental) Dynamic Resolution（分辨率与在 768 模型上训练；（实验性）动态分辨率）',
  ],
  classImages: [
    '先验保留用的类别图，可减轻过拟合和语言漂移。研究让每张实例图对应的类别图数等于 1e-5 时的基础每张图步数：200 张，训练文本编码器时 100 张，与分辨率无关（不会随分辨率增加）。2022 年 12 月版的“Total Number of Class/Reg Images”（类别图总数）要填这个数乘以实例图数量。设为 0 即对该概念关闭先验保留。',
    'Prior Preservation Loss: number of class images（先验保留损失：类别图数量）',
  ],
  priorLossWeight: [
    '类别图相对于你的图片所占的权重。研究所用的训练器设为 1，且尚未测完；扩展的默认值在 2022 年 12 月版为 1，2023 年 1 月起为 0.75。在当前版本的扩展中它只对 SDXL 生效：自 2023 年 8 月起 SD 1.x/2.x 模型的类别损失不再计入，随训练变化的几个选项无论如何都不起作用。',
    'prior_loss_weight',
  ],
  classGeneration: [
    '生成类别图的设置（引导、采样步数、反向提示词）。研究没有涉及：它们决定先验保留所训练的类别图的样子，不影响步数和学习率。',
    'not covered by the research (class image generation)（研究未覆盖（类别图生成））',
  ],
  mixedPrecision: [
    '训练使用的数值格式。“no”即 fp32，质量最好；fp16 以及舍入更多的 bf16（当前扩展在显卡支持时默认选它）更快。研究发现舍入从 bf16 低于 1e-2、fp16 低于 1e-3、fp32 低于 1e-6 开始，所以 Dreambooth 的学习率都处在 16 位的舍入区间，开启 Full Mixed Precision（完全混合精度）时影响最大。fp16 根本无法表示约 6e-8 以下的学习率。',
    'Number formats; mixed_precision（数值格式；mixed_precision）',
  ],
  fullMixedPrecision: [
    '把 UNet 的权重直接以混合精度类型存放而不是 fp32，以节省显存。当前版本的扩展默认勾选，且在 fp16 和 bf16 下都会生效。更新随之在该类型中舍入：据研究，fp16 在学习率低于 1e-3 时舍入，约 6e-8 以下完全丢失；bf16 没有这个下限，但舍入最严重，低于 1e-2 就会舍入。按研究的学习率（约 1e-6），大部分更新会被舍掉：显存允许时请取消勾选。',
    'Number formats（数值格式）',
  ],
  use8bitAdam: [
    '8 位 Adam 显存占用小得多，精度损失很小，通常看不出来。bitsandbytes 还有一个比 torch 自带更快的 32 位 Adam。',
    'use_8bit_adam',
  ],
  optimizer: [
    '参数更新的规则。研究只测过（8 位）Adam；8 位与 32 位几乎没有差别。Lion、SGD、Adafactor 等都没测过，通常需要别的学习率（扩展自带提示对 Lion 建议更低的值）：自动填写给出的 Adam 学习率默认不勾选。自适应优化器（D-Adaptation、Prodigy）会自己估计步长，它们的学习率一栏是约 0.05～1 的倍数，所以自动填写不去改它。',
    'use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam；自适应优化器未被研究覆盖）',
  ],
  memoryAttention: [
    '注意力的实现方式：default、xformers、flash_attention。只影响显存和速度，不影响结果。旧版 xformers 在 RTX 30/40 显卡上拒绝 fp32 训练（0.0.17 已修复）。',
    'Attention types; xformers problem（注意力类型；xformers 问题）',
  ],
  gradientCheckpointing: [
    '重新计算激活值而不是保存它们：显存大幅减少，速度稍慢，质量不变。可以腾出空间使用更大的批次。',
    'gradient_checkpointing',
  ],
  dontCacheLatents: [
    '2022 年 12 月版扩展中与 Cache Latents 相反的选项：勾选后不把训练图编码后的潜变量（latents）保存在显存中，省显存但训练变慢。显存够用时请不要勾选；批次已包含所有实例图时则一定不要勾选。',
    'not_cache_latents',
  ],
  cacheLatents: [
    '把训练图编码后的潜变量（latents）保存在显存中：训练更快，但更占显存。批次已包含所有实例图时，不缓存没有意义。',
    'not_cache_latents',
  ],
  gradsToNone: ['释放梯度而不是清零：稍省显存、稍快。研究没有看到对质量的影响。', 'set_grads_to_none'],
  padTokens: ['把短提示词填充到模型的完整长度。影响轻微：生成时训练图的特征会复现得稍强一些。', 'pad_tokens'],
  extractEma: [
    '创建模型时的选项：源检查点存有 EMA 权重时，用 EMA 版 UNet 而不是完整版来建模型。不影响训练；研究没有比较两者。',
    'not covered by the research (model setup)（研究未覆盖（模型设置））',
  ],
  ema: [
    '在 UNet 权重之外再保存一份它们的指数移动平均，使训练更平稳，但更占显存。研究没有测过 EMA（帖子里有人问过，没有答复）。',
    'not covered by the research（研究未覆盖）',
  ],
  emaOutput: [
    '选择保存到模型中、或用来生成预览图的 UNet：平均后的（EMA）副本还是训练的那一份。需要开启 Use EMA。它不改变训练。',
    'not covered by the research（研究未覆盖）',
  ],
  emaPredict: [
    '在当前版本的扩展中不起作用：该设置会被保存，但没有任何代码读取它。',
    'not covered by the research（研究未覆盖）',
  ],
  useLora: [
    '只训练小型的 LoRA 权重，而不是整个模型。研究只测过全量微调，其学习率远低于 LoRA 所需，所以自动填写绝不会把它写入 LoRA 的字段。',
    'not covered by the research (LoRA)（研究未覆盖（LoRA））',
  ],
  loraSettings: [
    'LoRA 设置。研究的公式针对全量微调，不适用于 LoRA——LoRA 的学习率要高出几个数量级。',
    'not covered by the research (LoRA)（研究未覆盖（LoRA））',
  ],
  saveFrequency: [
    '多久保存一次检查点或预览图。研究的公式力求算出的步数不需要为比较而多存检查点，但进阶公式仍是实验性的：请在接近结束时保存一次，并留几张预览图来检查结果。“Use Lifetime Steps/Epochs When Saving”（按总步数/轮数保存）按模型的全部训练历史而不是本次训练来计算间隔。',
    'save_interval; Foreword（save_interval；前言）',
  ],
  sampleCount: [
    '预览图，不是类别图（类别图数量由 Class Images Per Instance Image 决定）。Number of Samples to Generate：“Generate Sample Images”按钮或每次保存为一个概念生成多少张预览图。Sample Batch Size：一次生成多少张；当前版本的扩展没有使用它。两者都不改变模型学到的内容。',
    'not covered by the research (image generation)（研究未覆盖（图像生成））',
  ],
  modelSetup: [
    '创建、加载或训练哪个模型。研究测过 SD 1.4、1.5 和 2.1（512 与 768 px：768 模型请把分辨率设为 768）；评论者发现 2.1 用同样的数值更难训练。SDXL、Imagic、修复（inpainting）模型和 Unfreeze Model 不在其公式范围内。',
    'not covered by the research (model setup)（研究未覆盖（模型设置））',
  ],
  savingFiles: [
    '写出哪些文件、何时写出。只影响输出，训练本身不变。',
    'not covered by the research (saving)（研究未覆盖（保存））',
  ],
  imageGeneration: [
    '如何生成预览图和类别图。预览图用于观察进度，不改变模型学到的内容；“Generate Classification Images Using txt2img”以及图像生成库和调度器会生成模型所训练的类别图。Batch Size/Epochs to Simulate（模拟的批次大小/轮数）只用于调试分桶，Graph Smoothing Steps 只用于损失曲线图。研究没有涉及。',
    'not covered by the research (image generation)（研究未覆盖（图像生成））',
  ],
  extensionTools: [
    '扩展的便利或维护类设置（暂停、日志、Webhook、分桶裁剪）。不进入研究的公式。',
    'not covered by the research (extension tools)（研究未覆盖（扩展工具））',
  ],
  unmeasuredOptions: [
    '研究没有测过的训练选项。方案在研究所用训练器的中性取值下最可靠：Clip Skip 1（扩展默认为 2）、不打乱标签（默认开启）、Offset Noise 0、Min SNR 0、关闭 DREAM。除非有意测试，请不要改动。',
    'not covered by the research（研究未覆盖）',
  ],
  kohyaImageFolder: [
    '存放各概念文件夹的文件夹，每个概念一个文件夹，命名为 <重复次数>_<触发词> <类别>（“20_sks person”）。sd-scripts 每轮按文件夹名中的数字重复取用其中的图片，名字其余部分作为没有 .txt 标注的图片的标注。研究中的实例图就是一个概念的图片：步数和学习率都随其数量而定，自动填写的步数假定使用它给出的文件夹名。',
    'Concepts and filewords; R16（概念与 filewords；R16）',
  ],
  kohyaRegFolder: [
    '先验保留用的类别图（正则化图）。sd-scripts 把每张类别图作为单独的样本与你的图片一起取用，所以设了这个文件夹后，研究的每一步要花两个样本（R16），GUI 自己算的步数也会翻倍。研究按每张实例图生成类别图；自动填写会告诉你需要多少张、放在哪个文件夹名下。',
    'Prior Preservation Loss; R16（先验保留损失；R16）',
  ],
  kohyaBatchSize: [
    '每一步的图片数。研究的步数随批次大小按 √BS 减少（另有少量修正，R7），批次大小能整除实例图数时每个批次都是满的。自动填写会把这些步数换算成 GUI 的 Max train steps。',
    'Batch size (R7)（批次大小，R7）',
  ],
  kohyaEpoch: [
    '本次训练覆盖的轮数。设了 Max train steps 时，sd-scripts 自己计算轮数，并在最后一轮中途到达步数时停止；自动填写写入方案步数覆盖的轮数，两者一致。',
    'num_train_epochs; R16',
  ],
  kohyaMaxTrainEpoch: [
    '大于 0 时会用整轮数取代 Max train steps，而研究的步数并不按整轮来算。请保持为 0，让方案的步数生效。',
    'Number of training steps (max_train_steps)（训练步数）',
  ],
  kohyaMaxTrainSteps: [
    '按 sd-scripts 计数的训练长度：优化器更新次数，即批次数 ÷ 梯度累加，使用类别图时研究的每一步是两个样本（R16）。研究的公式根据实例图数、学习率、分辨率、批次大小和调度器给出步数；自动填写负责换算。为 0 时，GUI 会改为根据文件夹的重复次数和它的 Epoch（轮数）推算步数。',
    'Number of training steps (max_train_steps); R16（训练步数；R16）',
  ],
  kohyaScheduler: [
    '学习率在训练中的变化方式。研究的 constant 需要的步数最少；在训练中降到 0 的曲线（linear、cosine）平均只有一半的学习率，所以需要两倍步数（R9）。研究没有测过的调度器按 constant 规划。',
    'lr_scheduler (R9)',
  ],
  kohyaLearningRate: [
    'UNet 的学习率。进阶公式固定每张图步数、按比例调整学习率：学习率 = 1e-5 × 强度 ÷ 单个概念的实例图数（多个概念时取最大的）。研究提醒：降低学习率再按比例加步数，在高 CFG 下出图会崩坏。',
    'Advanced Dreambooth Formula; learning_rate（进阶 Dreambooth 公式；learning_rate）',
  ],
  kohyaTextLearningRate: [
    '文本编码器的学习率（SDXL 有两个：TE1 和 TE2）。研究所用的训练器两者只有一个学习率，所以自动填写在这里写入与 UNet 相同的值；0 表示不训练文本编码器，研究的每张图步数（200 而不是 100）已把这点算进去。',
    'learning_rate; Train Text Encoder（learning_rate；训练文本编码器）',
  ],
  kohyaWarmup: [
    '训练开始的一段，学习率从 0 往上爬。预热不超过训练的十分之一时，研究的数值仍然成立；更长则会训练不足。步数会覆盖百分比；自动填写按方案训练的步数写入你的预热比例。',
    'lr_warmup_steps (R9)',
  ],
  kohyaResolution: [
    '训练尺寸（宽,高）。每张图步数随面积增长：×(分辨率 / 512)²，768 px 需要 512 px 的 2.25 倍步数。按较大的一边计算。',
    'Resolution (R2)（分辨率，R2）',
  ],
  kohyaStopTextEncoder: [
    '文本编码器何时停止训练。尽管标签写的是百分比，GUI 却把数值作为步数原样传给 sd-scripts（0 = 全程，-1 = 不训练）；而只要在训练中途停止文本编码器，train_db.py 就会在那一步崩溃（kohya_ss #2695）：请保持 0。使用 8 位优化器（如 GUI 的 AdamW8bit）时 -1 也会让它崩溃，这时把文本编码器的学习率设为 0 即可不训练它。自动填写会这样设置，并删除 Additional parameters 中的 --stop_text_encoder_training。研究让文本编码器训练全程（每张图 100 步）或完全不训练（200 步）。',
    'Train Text Encoder; R16（训练文本编码器；R16）',
  ],
  kohyaGradAccum: [
    '显存不够时，把几个批次的梯度累加后再更新一次。它接近但不等于更大的批次，需要研究步数的 √GA 倍；sd-scripts 每次更新算一步。研究建议设为 1。',
    'gradient_accumulation_steps (R8)',
  ],
  kohyaPrecision: [
    '训练使用的数值格式：“no”即 fp32，fp16 和 bf16 更快，但会对小数值舍入。研究测得 Dreambooth 的学习率都处在 16 位的舍入区间；fp16 根本无法表示约 6e-8 以下的学习率。',
    'Number formats; mixed_precision（数值格式；mixed_precision）',
  ],
  kohyaFullPrecision: [
    '把权重本身也以 fp16 或 bf16 保存，远小于权重的更新都保不住：在 Dreambooth 的学习率下，大部分训练会被舍入掉。关闭才能按方案的学习率训练。',
    'Number formats（数值格式）',
  ],
  kohyaOptimizer: [
    '参数更新的规则。研究只测过（8 位）Adam：其他优化器自动填写给出的 Adam 学习率默认不勾选。自适应优化器（DAdaptation、Prodigy）自己决定步长，所以自动填写不为它们写学习率。',
    'use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam；自适应优化器未被研究覆盖）',
  ],
};

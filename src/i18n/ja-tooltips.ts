/** 日本語: the tooltip texts, with the English keys (en-tooltips.ts). */
import type { TooltipTexts } from './index.js';

export const JA_TOOLTIPS: TooltipTexts = {
  instancePrompt: [
    '学習後に被写体を呼び出す言葉。珍しい識別子とクラス名（「sks woman」）の組み合わせで、コンセプトがそのクラスに結び付きます。ここに書いたトークンは、後でプロンプトにもすべて書かないとコンセプトを完全には呼び出せません。[filewords]（拡張機能の既定のプロンプト）は代わりに画像ごとのキャプションファイルを読みます。その場合、キャプションの異なる教師画像はそれぞれ独立したコンセプトになり（同じキャプションの画像は 1 つにまとまります）、枚数にかかわらず学習率は 1e-5 のままです。研究は、画像ごとのキャプションが必要でない限り普通のプロンプトを勧めています。',
    'Main parameters: instance_prompt; Class based training; Concepts and filewords（主要パラメーター：instance_prompt／クラスベースの学習／コンセプトと filewords）',
  ],
  classPrompt: [
    '被写体の一般的なクラス（例：「a woman」）を表すプロンプトで、正則化（prior preservation）用の正則化画像（クラス画像）を生成します。クラス全体（ほかの女性など）が被写体に似ていくのを防ぎます。',
    'Prior Preservation Loss',
  ],
  prompt: [
    'Instance Images では被写体を呼び出す言葉（識別子とクラス名、または [filewords]。こちらは学習率を 1e-5 に保ち、教師画像 1 枚ずつを独立したコンセプトにします）。Class Images では正則化（prior preservation）用の正則化画像を作る一般的なクラスです。',
    'Main parameters: instance_prompt; Prior Preservation Loss; Concepts and filewords（主要パラメーター：instance_prompt／Prior Preservation Loss／コンセプトと filewords）',
  ],
  instanceToken: [
    '[filewords] 使用時、各キャプションで被写体を表す固有の単語。画像に写っているのにプロンプトに書かれていないものもコンセプトの一部になります。書いたトークンは、呼び出すときにも書く必要があります。',
    'Additional information on prompt and concept_list（プロンプトと concept_list についての補足）',
  ],
  classToken: [
    '[filewords] 使用時の被写体のクラス名（「woman」「dog」）。すべての画像に見えるもの（黒髪、画風）もクラストークンとして働くため、正則化（prior preservation）でもドリフト（ずれ）を完全には防げません。',
    'Additional information on prompt and concept_list（プロンプトと concept_list についての補足）',
  ],
  directory: [
    'このコンセプトの教師画像（インスタンス画像）のフォルダー（Instance Images の下）または正則化画像（クラス画像）のフォルダー（Class Images の下）。教師画像 1 枚が式の「フレーム」1 つです。ステップ数は枚数とともに増え、学習率は下がります。',
    'Concepts and filewords; concept_list（コンセプトと filewords／concept_list）',
  ],
  classDirectory: [
    'このコンセプトの正則化画像のフォルダー。コンセプトごとに別のフォルダーにすると、正則化画像がコンセプト間で重複しません。',
    'concept_list',
  ],
  conceptsList: [
    'JSON のリストから複数のコンセプトを学習します。ステップ数は全コンセプトの教師画像の合計で、学習率は最も枚数の多いコンセプトで計算します（最も低く安全な学習率）。枚数をそろえると、あるコンセプトの細部が他に漏れ込むのを防げますが、研究ではそれでもコンセプトはある程度混ざりました。',
    'concept_list',
  ],
  epochs: [
    'すべての教師画像を何周するか。研究は代わりに 1 枚あたりのステップ数で数えます：1e-5 でテキストエンコーダーなしなら 200、ありなら 100。バッチサイズ 1、勾配累積 1、512 px、constant スケジューラーのときはエポック数がこの 1 枚あたりのステップ数に等しく、それ以外は自動入力が計算します（下の行）。正則化画像があると、現在の拡張機能は各エポックで教師画像 1 枚につき 2 つの学習例を回します。',
    'Full pass steps and compensation; num_train_epochs（1 周のステップ数と補正／num_train_epochs）',
  ],
  maxTrainSteps: [
    '総学習ステップ数。0 より大きいとエポック数より優先されます。研究の式はこの数を直接出します：教師画像の枚数 × 1 枚あたりのステップ数を、バッチサイズ・勾配累積・スケジューラーで補正した値です。',
    'Number of training steps (max_train_steps)（学習ステップ数（max_train_steps））',
  ],
  conceptMaxSteps: [
    'このコンセプトのステップ数の上限（-1 = なし）。研究は全コンセプトの教師画像の合計からまとめてステップ数を出すので、-1 のままにして合計を設定してください。',
    'concept_list',
  ],
  learningRate: [
    '1 ステップでモデルをどれだけ動かすか。上級式は 1 枚あたりのステップ数を固定し、学習率のほうを調整します：学習率 = 1e-5 × 強度 ÷ 1 つのコンセプトの教師画像の枚数（複数なら最も多いもの）。研究はその逆、学習率を下げてその分ステップを増やすやり方に注意を促しています。高い CFG で画像が崩れ、学習率が低いほど崩れ始める CFG も低くなります。',
    'Advanced Dreambooth Formula; learning_rate（上級 Dreambooth 式／learning_rate）',
  ],
  textLearningRate: [
    'テキストエンコーダーの学習率。研究のトレーナーはテキストエンコーダーと UNet に 1 つの学習率しか持たなかったので、自動入力はここに同じ値を書き込みます。現在の拡張機能自身の既定値は UNet の半分です。',
    'Text encoder（テキストエンコーダー）',
  ],
  scheduler: [
    '学習中に学習率がどう変わるか。研究が測定したのは標準の曲線です：constant（最良）と constant_with_warmup はステップ数 ×1、減衰する linear、cosine、cosine_with_restarts、polynomial は ×2 が必要で、倍率が高すぎると低い CFG でも画像が崩れると警告しています。Autofill は学習率の面積（学習率 × ステップ数）を研究の constant の計画と同じにします：これらの曲線は ×2、拡張機能の曲線が学習より先に終わる場合はもう少し多めです。2023 年 1 月に名前が変わりました：拡張機能の constant は Scale Position まで開始係数 × 学習率を保ち（係数 1 のときだけ研究の constant）、linear は学習率を引き上げ、研究の linear は linear_with_warmup です。constant_with_warmup（拡張機能の既定）か係数 1 の constant がおすすめです：正則化画像があると拡張機能の減衰する曲線は学習の途中で終わってしまい、cosine は 1 周期の波（0 まで下がって戻る）で、polynomial は学習率 1e-7 未満でエラーになります。cosine_annealing とそのリスタート版、rex は測定されていません（×1 として数えます）。',
    'lr_scheduler; lr_scheduler step multipliers（lr_scheduler／lr_scheduler のステップ倍率）',
  ],
  warmupSteps: [
    '学習の最初に、学習率が 0 から設定値まで直線的に上がるステップ数。2023 年 1 月以降は constant_with_warmup、linear_with_warmup、cosine、cosine_with_restarts、polynomial だけが使い、学習サンプル単位で数えます（エポック数 × 教師画像の枚数、正則化画像があれば 2 倍、さらにエポックごとに 1）。2022 年 12 月版では constant 以外のすべてのスケジューラーが使っていました。現在の既定値 500 は小さな学習 1 回分にもなります（テキストエンコーダーありの教師画像 5 枚なら 500 ステップ）。学習全体の 1 割以内にしてください。',
    'warmup (lr_warmup_steps)（warmup（lr_warmup_steps））',
  ],
  startFactor: [
    '拡張機能の constant スケジューラーは Scale Position（スケールの位置）まで学習率にこの開始係数（定数/線形開始係数）を掛けます。linear スケジューラーはその間に係数 × 学習率から学習率まで上げます。既定値 0.5 では constant が学習の前半で学習率を半分にし、研究の計画では学習不足になります。1 なら constant は研究の constant と同じです。2022 年 12 月版にはありません。',
    "lr_scheduler (constant); not covered for the extension's curves（lr_scheduler（constant）／拡張機能独自の曲線は研究の対象外）",
  ],
  scalePosition: [
    'Scale Position（スケールの位置）：constant と linear の開始係数が続く学習の割合（0 ～ 1、既定 0.5）で、cosine_annealing の期間でもあります。開始係数が 1 なら constant には影響しません。2022 年 12 月版にはありません。',
    "not covered by the research (the extension's curves)（研究の対象外（拡張機能独自の曲線））",
  ],
  schedulerShape: [
    '特定のスケジューラーの形。ハードリセット数は cosine（完全な波：0 まで下がって戻る）と cosine_with_restarts（半波）の周期数で、研究は 1（リスタートなし）でした。多項式累乗は研究と同じ 1。最低学習率は cosine_annealing とそのリスタート版の下限にだけ使われます。自動入力はこれらの値で計画し、学習率の曲線を描きます。',
    'lr_scheduler (cosine_with_restarts, polynomial)（lr_scheduler（cosine_with_restarts、polynomial））',
  ],
  scaleLr: [
    '学習中、学習率に勾配累積 × バッチサイズ × GPU 数を掛けます。研究の学習率はこれがオフである前提です。オンにすると、トレーナーは入力した値よりずっと大きい学習率を使います。',
    'scale_lr',
  ],
  batchSize: [
    '1 ステップで処理する教師画像の枚数。より多くの VRAM が必要です。バッチが大きいほどコンセプトを少ない（ただし遅い）ステップで学習できますが、比例はしません：ステップ数 =（枚数 × 1 枚あたりのステップ数 + 追加ステップ）÷ √バッチサイズ。追加ステップは（バッチサイズ − 1）× 1 枚あたりのステップ数（テキストエンコーダーなしではさらに ÷ 1.5）です。そのためバッチが大きいほどエポック数は増えます（各画像を見る回数が増える）。枚数を割り切れて、枚数以下のサイズを選んでください。現在の拡張機能ではバッチに正則化画像も数えられ、正則化を使うとバッチサイズ N のうち教師画像は約 N/2 枚です。',
    'train_batch_size',
  ],
  gradAccum: [
    'VRAM が足りないとき、数ステップ分の勾配を足し合わせて大きなバッチを模倣します。本物のバッチに近いものの同じではなく、√GA 倍のステップが必要です。研究の推奨は 1 です。',
    'gradient_accumulation_steps',
  ],
  classBatchSize: [
    '正則化画像を一度に何枚生成するか（研究の sample_batch_size）。速度と VRAM だけで、学習には影響しません。',
    'sample_batch_size',
  ],
  textEncoder: [
    'テキストエンコーダーも学習します（比率：その割合のエポックの間）。コンセプトの再現性は上がりますが、VRAM を多く使い、1 枚あたりのステップ数は半分になります：1e-5 で 200 ではなく 100。0 と 1 の間の比率は補間で、研究が測定したのはオフとオンだけです。',
    'Text encoder（テキストエンコーダー）',
  ],
  trainUnet: [
    '画像モデル本体を学習します。研究では常に学習しており、オフにするとテキストエンコーダーだけでコンセプトを覚えることになります。',
    'not covered by the research（研究の対象外）',
  ],
  resolution: [
    '学習解像度。512 px を超えると 1 枚あたりのステップ数が増えます：1 枚あたりのステップ数 ×（解像度 ÷ 512）²。768 px なら 450（テキストエンコーダーありで 225）です。複数の解像度で同時に学習する（動的解像度）と、高い解像度での学習後に基本サイズで生成した画像が見切れるのを防げますが、研究では実験的な方法とされています。バッチサイズ 1、リサイズなし、解像度ごとに教師画像のコピーを用意した場合にのみ機能しました。',
    'Resolution and training on model 768; (Experimental) Dynamic Resolution（解像度と 768 モデルでの学習／（実験的）動的解像度）',
  ],
  classImages: [
    '正則化（prior preservation）に使う正則化画像で、過学習や言語ドリフトを抑えます。研究では教師画像 1 枚あたりの正則化画像を 1e-5 での基本ステップ数と同じにします：200 枚、テキストエンコーダーありなら 100 枚で、解像度には関係しません（解像度で増えません）。2022 年 12 月版の「Total Number of Class/Reg Images」（正則化画像の総数）には、この数に教師画像の枚数を掛けた値を入れます。0 でそのコンセプトの正則化をオフにします。',
    'Prior Preservation Loss: number of class images（Prior Preservation Loss：正則化画像の枚数）',
  ],
  priorLossWeight: [
    '正則化画像をお使いの画像に対してどれだけ重視するか。研究のトレーナーは 1 を使い、測定は終わっていませんでした。拡張機能の既定値は 2022 年 12 月版で 1、2023 年 1 月以降は 0.75 です。現行の拡張機能で効くのは SDXL だけです：2023 年 8 月以降、SD 1.x/2.x のモデルでは正則化の損失が足されず、学習中に変化させる設定はどちらでも何も変えません。',
    'prior_loss_weight',
  ],
  classGeneration: [
    '正則化画像を生成する設定（ガイダンス、サンプリングステップ数、ネガティブプロンプト）。研究の対象外です：正則化で学習する正則化画像の見た目を決めますが、ステップ数や学習率には影響しません。',
    'not covered by the research (class image generation)（研究の対象外（正則化画像の生成））',
  ],
  mixedPrecision: [
    '学習の数値形式。「no」は fp32 で最も高品質、fp16 と、さらに丸めの大きい bf16（GPU が対応していれば現在の拡張機能の既定）は高速です。研究では丸めが bf16 で 1e-2 未満、fp16 で 1e-3 未満、fp32 で 1e-6 未満から始まり、Dreambooth の学習率はどれも 16 ビットの丸めの範囲にあります。完全混合精度（Full Mixed Precision）がオンのときに最も影響します。fp16 は約 6e-8 未満の学習率をまったく表せません。',
    'Number formats; mixed_precision（数値形式／mixed_precision）',
  ],
  fullMixedPrecision: [
    'VRAM を節約するため、UNet の重みを fp32 ではなく混合精度の型そのもので保持します。現行の拡張機能では既定でオンで、fp16 でも bf16 でも適用されます。更新はその型で丸められます：研究によれば fp16 は学習率 1e-3 未満で丸めが始まり、約 6e-8 未満では失われます。bf16 にはこの下限はありませんが丸めが最も大きく、1e-2 未満で丸められます。研究の学習率（1e-6 前後）では更新の大半が丸めで消えるため、VRAM に余裕があればオフにしてください。',
    'Number formats（数値形式）',
  ],
  use8bitAdam: [
    '8bit Adam は VRAM が大幅に少なくて済み、精度の低下はわずかで、たいてい目に見えません。bitsandbytes には torch のものより速い 32bit Adam もあります。',
    'use_8bit_adam',
  ],
  optimizer: [
    '更新の規則。研究が測定したのは（8 ビット）Adam だけで、8 ビットと 32 ビットの差はほとんどありません。Lion、SGD、Adafactor などは測定されておらず、普通は別の学習率が必要です（拡張機能自身のヒントは Lion に低めの値を勧めています）：自動入力は Adam の学習率をチェックなしで提示します。適応型オプティマイザー（D-Adaptation、Prodigy）はステップの大きさを自分で見積もり、その学習率の欄は約 0.05～1 の倍率なので、自動入力は変更しません。',
    'use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam／適応型オプティマイザーは研究の対象外）',
  ],
  memoryAttention: [
    'アテンションの実装：default、xformers、flash_attention。VRAM と速度が変わるだけで、結果は変わりません。古い xformers は RTX 30/40 で fp32 学習を受け付けませんでした（0.0.17 で修正）。',
    'Attention types; xformers problem（アテンションの種類／xformers の問題）',
  ],
  gradientCheckpointing: [
    'アクティベーションを保存せずに再計算します。VRAM が大幅に減り、少し遅くなりますが、品質は同じです。大きなバッチの余地が生まれます。',
    'gradient_checkpointing',
  ],
  dontCacheLatents: [
    '2022 年 12 月版の拡張機能にある、Cache Latents の逆の設定です。チェックするとエンコード済みの教師画像を VRAM に保持せず、VRAM は節約できますが学習は遅くなります。VRAM に余裕があればチェックを外し、バッチに全教師画像が入るなら必ず外してください。',
    'not_cache_latents',
  ],
  cacheLatents: [
    'エンコード済みの教師画像を VRAM に保持します。学習は速くなり、VRAM は多く使います。バッチに全教師画像が入るならキャッシュしない意味はありません。',
    'not_cache_latents',
  ],
  gradsToNone: [
    '勾配を 0 にする代わりに解放します。VRAM が少し減り、少し速くなります。研究では品質への影響は見られませんでした。',
    'set_grads_to_none',
  ],
  padTokens: [
    '短いプロンプトをモデルの最大長までパディングします。影響は小さく、生成時に教師画像の特徴が少し強めに出ます。',
    'pad_tokens',
  ],
  extractEma: [
    'モデル作成時のオプション：元のチェックポイントに EMA の重みがあれば、完全版ではなく EMA 版の UNet からモデルを作ります。学習は変わりません。研究は両者を比べていません。',
    'not covered by the research (model setup)（研究の対象外（モデル設定））',
  ],
  ema: [
    'UNet の重みとは別に、その指数移動平均を保持し、VRAM と引き換えに学習を滑らかにします。研究は EMA を測定していません（スレッドで質問はありましたが、答えはありませんでした）。',
    'not covered by the research（研究の対象外）',
  ],
  emaOutput: [
    '保存するモデルに入れる UNet、またはプレビュー画像を作る UNet を、平均した（EMA）コピーと学習したものから選びます。Use EMA が必要です。学習は変わりません。',
    'not covered by the research（研究の対象外）',
  ],
  emaPredict: [
    '現行の拡張機能では効果がありません：設定は保存されますが、どのコードも読みません。',
    'not covered by the research（研究の対象外）',
  ],
  useLora: [
    'モデル全体ではなく小さな LoRA の重みを学習します。研究が測定したのはフルファインチューニングだけで、その学習率は LoRA には低すぎるため、自動入力は LoRA の欄には決して書き込みません。',
    'not covered by the research (LoRA)（研究の対象外（LoRA））',
  ],
  loraSettings: [
    'LoRA の設定。研究の式はフルファインチューニング用で LoRA には当てはまりません。LoRA の学習率は桁違いに高くなります。',
    'not covered by the research (LoRA)（研究の対象外（LoRA））',
  ],
  saveFrequency: [
    'チェックポイントやプレビューを保存する頻度。研究の式は比較用のチェックポイントが要らないステップ数を目指していますが、上級の式はまだ実験段階です：終盤に 1 回保存し、いくつかのプレビューで結果を確かめてください。「Use Lifetime Steps/Epochs When Saving」（通算のステップ数／エポック数で保存）は、今回の学習ではなくモデルの学習履歴全体で間隔を数えます。',
    'save_interval; Foreword（save_interval／まえがき）',
  ],
  sampleCount: [
    'プレビュー画像のことで、正則化画像ではありません（正則化画像の枚数は Class Images Per Instance Image で決まります）。Number of Samples to Generate：「Generate Sample Images」ボタン、またはコンセプトの保存ごとに作るプレビューの枚数。Sample Batch Size：一度に作る枚数で、現行の拡張機能は使っていません。どちらもモデルが学ぶ内容は変えません。',
    'not covered by the research (image generation)（研究の対象外（画像生成））',
  ],
  modelSetup: [
    '作成・読み込み・学習するモデル。研究は SD 1.4、1.5、2.1（512 と 768 px：768 のモデルでは解像度を 768 に）を試しました。コメントでは、2.1 は同じ数値では学習しにくいと報告されています。SDXL、Imagic、インペインティングモデル、Unfreeze Model は式の対象外です。',
    'not covered by the research (model setup)（研究の対象外（モデル設定））',
  ],
  savingFiles: [
    'どのファイルをいつ書き出すか。出力だけの設定で、学習そのものは変わりません。',
    'not covered by the research (saving)（研究の対象外（保存））',
  ],
  imageGeneration: [
    'プレビュー画像と正則化画像の生成方法。プレビューは進み具合を見るためのもので、モデルが学ぶ内容は変えません。「Generate Classification Images Using txt2img」と画像生成ライブラリ・スケジューラーは、学習に使う正則化画像を作ります。Batch Size/Epochs to Simulate（シミュレートするバッチサイズ／エポック数）はバケットのデバッグ、Graph Smoothing Steps は損失グラフにだけ使われます。研究の対象外です。',
    'not covered by the research (image generation)（研究の対象外（画像生成））',
  ],
  extensionTools: [
    '拡張機能の便利機能や管理用の設定（一時停止、ログ、Webhook、バケットのクロップ）。研究の式には入りません。',
    'not covered by the research (extension tools)（研究の対象外（拡張機能のツール））',
  ],
  unmeasuredOptions: [
    '研究で測定されていない学習オプション。計画は研究のトレーナーと同じ中立の値で最もよく当てはまります：Clip Skip 1（拡張機能の既定は 2）、タグのシャッフルなし（既定はオン）、Offset Noise 0、Min SNR 0、DREAM オフ。意図して試すとき以外は変えないでください。',
    'not covered by the research（研究の対象外）',
  ],
  kohyaImageFolder: [
    'コンセプトごとのフォルダーを入れるフォルダー。各フォルダーは <繰り返し回数>_<トークン> <クラス>（「20_sks person」）と名付けます。sd-scripts は各フォルダーの画像を 1 エポックに名前の数字の回数ずつ使い、名前の残りを .txt キャプションのない画像のキャプションにします。研究の教師画像は 1 つのコンセプトの画像で、ステップ数と学習率はその枚数で決まります。自動入力のステップ数は、表示するフォルダー名を前提にしています。',
    'Concepts and filewords; R16（コンセプトと filewords／R16）',
  ],
  kohyaRegFolder: [
    '正則化のための正則化画像。sd-scripts はそれぞれを 1 つのサンプルとして画像と並べて使うため、このフォルダーを設定すると研究の 1 ステップが 2 サンプルになり（R16）、GUI 自身のステップ数も 2 倍になります。研究は教師画像 1 枚ごとに正則化画像を生成しました。自動入力は必要な枚数とフォルダー名を示します。',
    'Prior Preservation Loss; R16（正則化の損失／R16）',
  ],
  kohyaBatchSize: [
    '1 ステップの画像数。研究のステップ数はバッチサイズに応じて √BS で減り（わずかな補正つき、R7）、教師画像の枚数を割り切るバッチサイズならどのバッチも満杯になります。自動入力はそれを GUI の Max train steps に換算します。',
    'Batch size (R7)（バッチサイズ、R7）',
  ],
  kohyaEpoch: [
    '学習が及ぶエポック数。Max train steps を設定すると sd-scripts はエポック数を自分で数え、最後のエポックの途中でそのステップ数に達して止まります。自動入力は計画のステップ数が及ぶエポック数を書くので、両者は一致します。',
    'num_train_epochs; R16',
  ],
  kohyaMaxTrainEpoch: [
    '0 より大きいと Max train steps を丸ごとのエポック数で置き換えますが、研究のステップ数はエポック単位ではありません。計画のステップ数で学習するよう 0 のままにしてください。',
    'Number of training steps (max_train_steps)（学習ステップ数）',
  ],
  kohyaMaxTrainSteps: [
    'sd-scripts の数え方での学習の長さ：オプティマイザーの更新回数、つまりバッチ数 ÷ 勾配累積で、正則化画像があると研究の 1 ステップが 2 サンプルです（R16）。研究の式は教師画像の枚数・学習率・解像度・バッチサイズ・スケジューラーからステップ数を出し、自動入力がそれを換算します。0 のとき GUI はフォルダーの繰り返し回数と Epoch（エポック数）からステップ数を求めます。',
    'Number of training steps (max_train_steps); R16（学習ステップ数／R16）',
  ],
  kohyaScheduler: [
    '学習中の学習率の変わり方。研究の constant が最も少ないステップで済みます。学習中に 0 まで下がる曲線（linear、cosine）は平均で半分の学習率なので、2 倍のステップが必要です（R9）。研究で未測定のスケジューラーは constant として計画します。',
    'lr_scheduler (R9)',
  ],
  kohyaLearningRate: [
    'UNet の学習率。上級式は 1 枚あたりのステップ数を固定し、学習率のほうを調整します：学習率 = 1e-5 × 強度 ÷ 1 つのコンセプトの教師画像の枚数（複数なら最も多いもの）。学習率を下げてその分ステップを増やすと、高い CFG で画像が崩れると研究は注意しています。',
    'Advanced Dreambooth Formula; learning_rate（上級 Dreambooth 式／learning_rate）',
  ],
  kohyaTextLearningRate: [
    'テキストエンコーダーの学習率（SDXL では 2 つ：TE1 と TE2）。研究のトレーナーは両者で 1 つの学習率だったので、自動入力は UNet と同じ値を書きます。0 ではテキストエンコーダーを学習せず、研究の 1 枚あたりのステップ数（100 ではなく 200）がそれを織り込んでいます。',
    'learning_rate; Train Text Encoder（learning_rate／テキストエンコーダーの学習）',
  ],
  kohyaWarmup: [
    '学習の最初の区間で、学習率が 0 から上がっていきます。学習の 10 分の 1 までのウォームアップなら研究の数値が保たれ、それより長いと学習不足になります。ステップ数の指定が % より優先されます。自動入力はお使いの割合を計画の学習のステップ数で書きます。',
    'lr_warmup_steps (R9)',
  ],
  kohyaResolution: [
    '学習サイズ（幅,高さ）。1 枚あたりのステップ数は面積に比例して増えます：×(解像度 / 512)²、768 px は 512 px の 2.25 倍のステップが必要です。大きい方の辺で数えます。',
    'Resolution (R2)（解像度、R2）',
  ],
  kohyaStopTextEncoder: [
    'テキストエンコーダーの学習を止める時点。ラベルは % ですが、GUI は値をそのままステップ数として sd-scripts に渡します（0 = 全期間、-1 = 学習しない）。学習の途中で止めると train_db.py はそのステップで異常終了するため（kohya_ss #2695）、0 のままにしてください。GUI の AdamW8bit のような 8 ビットのオプティマイザーでは -1 でも異常終了するので、学習しないならテキストエンコーダーの学習率を 0 にします。自動入力はそのように設定し、Additional parameters の --stop_text_encoder_training を削除します。研究ではテキストエンコーダーを全期間学習（1 枚 100 ステップ）するか、まったく学習しません（200 ステップ）。',
    'Train Text Encoder; R16（テキストエンコーダーの学習／R16）',
  ],
  kohyaGradAccum: [
    'VRAM が足りないとき、数バッチ分の勾配を足し合わせてから 1 回更新します。大きなバッチに近いものの同じではなく、研究のステップ数の √GA 倍が必要です。sd-scripts は 1 回の更新を 1 ステップと数えます。研究の推奨は 1 です。',
    'gradient_accumulation_steps (R8)',
  ],
  kohyaPrecision: [
    '学習の数値形式：「no」は fp32、fp16 と bf16 は高速ですが小さな数を丸めます。研究の測定では Dreambooth の学習率はどれも 16 ビットの丸めの範囲にあり、fp16 は約 6e-8 未満の学習率をまったく表せません。',
    'Number formats; mixed_precision（数値形式／mixed_precision）',
  ],
  kohyaFullPrecision: [
    '重みそのものを fp16 や bf16 で持つため、重みよりずっと小さい更新は残りません。Dreambooth の学習率では学習の大半が丸めで失われます。オフなら計画の学習率で学習します。',
    'Number formats（数値形式）',
  ],
  kohyaOptimizer: [
    '更新の規則。研究が測定したのは（8 ビット）Adam だけです。ほかのオプティマイザーでは、自動入力は Adam の学習率をチェックなしで提示します。適応型オプティマイザー（DAdaptation、Prodigy）はステップの大きさを自分で決めるので、自動入力は学習率を書きません。',
    'use_8bit_adam; not covered for adaptive optimizers（use_8bit_adam／適応型オプティマイザーは研究の対象外）',
  ],
};

/** 日本語：英語のカタログ（en.ts）とまったく同じキー。ルール番号、数値、拡張機能自身の名前はそのまま。 */
import type { Catalog } from './index.js';

export const JA: Catalog = {
  list: '、',
  notices: {
    'standard-frames':
      '標準式は教師画像 5 枚以下向けです（現在 {frames} 枚）。それ以上ではトークンが過飽和になります。上級式を使ってください。',
    'standard-lr': '標準式は学習率 1e-5 向けです（現在 {rate}）。ほかの学習率では高い CFG で画像が崩れます。',
    'strength-range': '強度 {strength} は研究で測定された範囲 {min} ～ {max} の外で、データがありません。',
    'concepts-unequal':
      'コンセプトごとの教師画像の枚数が違います（{concepts}）。研究では枚数が違うとコンセプトが混ざることがわかっています。学習率は最も多いコンセプト（{largest} 枚）で計算します。',
    'batch-not-divisor':
      '教師画像 {frames} 枚はバッチサイズ {batchSize} で割り切れないため、最後のバッチが欠けて学習が不均一になります。割り切れるサイズ：{fitting}。',
    'batch-exceeds-frames':
      'バッチサイズ {batchSize} が教師画像の枚数（{frames} 枚）を超えています。{frames} 以下にしてください。',
    'grad-accum': '勾配累積 {gradAccum} は大きなバッチの近似にすぎません。研究の推奨は 1 です。',
    'scheduler-unknown':
      'スケジューラー「{scheduler}」は研究で測定されていません。ステップ数は constant（×1）として数えます。測定済み：{measured}。',
    'scheduler-start-factor':
      '拡張機能の constant スケジューラーは学習の最初の {position}% の間、学習率に開始係数 {factor} を掛けます。これは研究で測定されていません。係数 1 のときだけ研究の constant と同じです。ステップ数は constant（×1）として数えます。',
    'scheduler-ramp-up':
      '拡張機能の linear スケジューラーは学習の最初の {position}% で学習率を {factor} × 学習率から引き上げます。これは研究で測定されていません。ステップ数は ×1 として数えます。研究の linear（ステップ数 ×2）は linear_with_warmup です。',
    'warmup-share':
      'ウォームアップ {warmup} ステップは、スケジューラーが数える {schedulerSteps} ステップの {share}% です。その間は学習率が 0 から上がっていくため、学習不足になります。約 {proposal} ステップ（5%）にすれば研究の数値を保てます。',
    'warmup-ignored':
      '{scheduler} スケジューラーはウォームアップを使いません。{warmup} ステップのウォームアップは効果がなく、最初から本来の学習率で学習します。constant_with_warmup なら使われます。',
    'full-mixed-precision':
      'Full Mixed Precision は UNet の重みを {precision} で保持し、約 {floor} より小さい更新は残りません：学習率 {rate} では学習の大半が丸めで消えます。チェックを外す（重みを fp32 にする）と計画の学習率で学習できます。',
    'scheduler-ends-early':
      '拡張機能は {scheduler} の長さを学習画像の枚数で決めますが、進めるのは学習例（正則化画像を含む）ごと、さらにエポックごとに 1 回です。そのため曲線が終わった時点で学習はまだ {share}% 残り、その部分はほぼ学習率ゼロで学習します。計画は研究の constant にあたる {proposal} で立てています。',
    'scheduler-fails':
      '{scheduler} は終了時の学習率 1e-7 以下の学習率を受け付けず、計画の学習率は {rate} です：学習はエラーで止まります。計画は研究の constant にあたる {proposal} で立てています。',
    'te-ratio-interpolated':
      'テキストエンコーダー比率 {ratio} は研究で測定された 2 つの場合（オフ・オン）の間にあり、数値は補間です。',
    'precision-range':
      '学習率 {rate} は {precision} で表せる最小値より小さい値です。研究はこうした学習率は失われると考えましたが、測ってはいません。混合精度ではトレーナーが重みを fp32 で持つため、この学習率もそのまま効きます。失われるのは重みそのものが 16 ビットのとき（Full Mixed Precision、full_fp16）だけです。',
    'precision-rounding':
      '{precision} は {threshold} 未満の学習率を丸めます（研究より）。{rate} はそれより小さいため、細部が失われることがあります。',
    'scale-lr':
      'Scale Learning Rate がオンです。トレーナーは {rate} ではなく {effective} を使います。計画どおりの学習率で学習するにはオフにしてください。',
    'out-of-scope.lora':
      'LoRA は研究の測定対象外です。研究の学習率はフルファインチューニング用で、LoRA の欄には書き込みません。ステップ数は参考値です。',
    'out-of-scope.optimizer':
      '適応型オプティマイザー {optimizer} は学習率を自分で決めます（約 1）。研究の学習率は当てはまりません。ステップ数は参考値です。',
    'optimizer-unmeasured':
      '研究で測定されたのは（8bit）Adam だけです。{optimizer} の場合も、{rate} は Adam を前提に式が出した値で、実測値ではありません。Lion などのオプティマイザーには通常もっと低い学習率が適しています。ステップ数は研究どおりです。',
    'dynamic-batch-size':
      '研究で動的解像度を使ったのはバッチサイズ 1 のときだけです。それより大きいバッチでは、シャッフルをやめて解像度順に並べた教師画像が必要です。',
    'plan-range.rate-low':
      '計画の学習率 {rate} は、計算機が扱う範囲 {min} ～ {max} の外です。コンセプトあたりの教師画像を減らすか強度を上げると上がります。',
    'plan-range.rate-high':
      '計画の学習率 {rate} は、計算機が扱う範囲 {min} ～ {max} の外です。強度を下げると下がります。',
    'plan-range.zero-steps':
      '計画を丸めると学習ステップ数が 0 になります。学習率を下げるか解像度を上げると、ステップ数が 1 以上になります。',
    'plan-range.overflow':
      '計画には {steps} ステップ必要で、トレーナーの 32 ビットカウンターの上限（{max}）を超えます。',
  },
  problems: {
    empty: '空です',
    'not-a-number': '数値ではありません（入力：「{got}」）',
    'not-finite': '有限の数値ではありません',
    'too-small': '小さすぎます（{min} 以上）。入力：{got}',
    'too-large': '大きすぎます（{max} 以下）。入力：{got}',
    'not-whole': '整数ではありません（入力：{got}）',
    'not-one-of': '{choices} のいずれかにしてください（入力：「{got}」）',
    'not-boolean': 'true か false にしてください',
    'not-text': '名前を入れてください',
    'too-long': '名前ではありません（{max} 文字超）',
    'not-list': 'リストにしてください',
    'too-few': '{min} 個以上必要です',
    'too-many': '{max} 個までです',
    'unknown-field': '不明な項目 {name}',
    'not-object': '項目のオブジェクトにしてください',
    required: '必須です（またはコンセプトごとの枚数を指定）',
    'sum-mismatch': '{frames} ですが、コンセプトの合計は {sum} です',
    'total-frames': '合計 {sum} 枚：全体で {max} 枚までです',
    'te-both': 'テキストエンコーダーはオン/オフか比率のどちらか一方で指定してください',
    'resolution-both': '解像度は 1 つか、動的解像度を複数か、どちらか一方で指定してください',
    'strength-and-lr': '強度か固定学習率のどちらか一方を指定してください',
    'filewords-lr': 'filewords モードは常に 1e-5 です（R6）。学習率を外すか標準式を使ってください',
    'unknown-strength': '不明な強度「{got}」。数値か次のいずれかにしてください：{names}',
    'extension-only': '拡張機能のスケジューラー専用の項目です。{field} extension も指定してください',
    'distinct-resolutions': '異なる解像度が 2 つ以上必要です',
  },
  ui: {
    autofill: '自動入力',
    title: '学習パラメーター研究に基づく自動入力',
    region: 'Dreambooth Companion 自動入力',
    close: '閉じる',
    closeLabel: '自動入力パネルを閉じる',
    frames: 'コンセプト {slot} の教師画像数',
    noDirectory: 'コンセプトのフォルダーが未設定',
    formula: '計算式',
    'mode.advanced': '上級',
    'mode.standard': '標準',
    'mode.filewords': 'filewords',
    strength: '強度',
    strengthInput: '強度（プリセット名か数値）',
    prior: '正則化画像を使う（Prior preservation）',
    summary:
      '教師画像 {frames} 枚｜学習率 {rate}｜1 枚あたり {spf} ステップ｜計 {steps} ステップ｜{epochs} エポック｜1 枚あたり正則化画像 {classImages} 枚',
    field: '項目',
    now: '現在',
    planned: '計画',
    rule: 'ルール',
    writeRow: '{label} を書き込む',
    rowOfConcept: '{label}（コンセプト {slot}）',
    notWritten: '書き込まない',
    unchanged: '変更なし',
    empty: '（空）',
    on: 'オン',
    off: 'オフ',
    apply: '適用',
    applyHint: 'Enter で適用、Esc で閉じる',
    undo: '元に戻す',
    fromPage: 'ページから読み取った値（{ui}）',
    'generation.current': '現行の拡張機能 UI',
    'generation.dated': '{date} 版の拡張機能 UI',
    'generation.kohya': 'kohya_ss GUI',
    issue: '{where}：{what}',
    'note.missing': '{label}：このページに見つかりません。{assumed} とみなしました',
    'note.empty': '{label}：空です。{assumed} とみなしました',
    'note.unusable': '{label}：「{shown}」は使えない値です。{assumed} とみなしました',
    'note.ambiguous': '{label}：複数の項目に一致します。読み取らず、書き込みもしません。{assumed} とみなしました',
    'assumed.noTextEncoder': '0（テキストエンコーダーなし）',
    'assumed.unchecked': 'なし（確認しない）',
    counted: 'サーバーで集計：{directory} に画像 {images} 枚、うちキャプション付き {captioned} 枚',
    countedAtLeast:
      'サーバーで集計：{directory} に画像が少なくとも {images} 枚（大きなフォルダーのため途中で集計を止めました）、うちキャプション付き {captioned} 枚',
    'counts.filewords':
      'コンセプト {slot} の画像 {images} 枚すべてにキャプションがあります。filewords 式（R6）が合うかもしれません。',
    'counts.unreadable':
      'コンセプト {slot}：サーバー上の {folders} 個のサブフォルダーを読み取れず、その画像は集計に含まれていません。',
    'countRefused.login':
      'フォルダーは集計されていません：WebUI にログインが設定されていて、このページはログインしていません。ログインし直すか、Dreambooth の API キー欄にキーを入力してください。それまでは画像の枚数を入力してください。',
    'countRefused.key':
      'フォルダーは集計されていません：Dreambooth 拡張機能に API キーが設定されています。Dreambooth タブの API キー欄に入力すると集計できます。それまでは画像の枚数を入力してください。',
    'countRefused.loopback':
      'フォルダーは集計されていません：WebUI のログイン（--gradio-auth）も Dreambooth の API キーもないとき、サーバーはこのマシン（127.0.0.1 または localhost）からの要求にだけ答えます。どちらかを設定するとここから集計できます。それまでは画像の枚数を入力してください。',
    'counts.small':
      'コンセプト {slot}：画像の短辺の最小値が {side} px で、学習解像度 {resolution} px を下回っています。こうした画像はトレーナーが拡大します。',
    'counts.classImages':
      'コンセプト {slot}：正則化画像のフォルダーにすでに {existing} 枚あります。トレーナーは必要な {needed} 枚のうち残りの {missing} 枚を生成します。',
    enterFrames: 'このコンセプトの画像の枚数を入力してください',
    'curve.title': '学習中の学習率（R9）',
    'curve.planned': '{scheduler}：トレーナーが実際に使う曲線',
    'curve.asSet': '現在の設定の {scheduler}',
    'curve.research': '研究の constant の計画',
    'curve.steps': 'ステップ',
    'curve.epochs': 'エポック',
    'curve.none': '表示できる曲線はありません：トレーナーに {scheduler} というスケジューラーはありません。',
    batches: '教師画像の枚数を割り切れるバッチサイズ（R7）',
    batchSize: 'バッチサイズ',
    steps: 'ステップ数',
    epochs: 'エポック数',
    use: '使用',
    inUse: '使用中',
    noFit: '範囲外',
    'fit.range': '{value} はこの項目の範囲 {min} ～ {max} に入りません。',
    'fit.notFinite': '{value} は有限の数値ではありません。',
    'fit.negative': '{value} は負の値です。',
    'fit.labelled': '{label} {reason}',
    'fit.alternatives': '範囲に入れるには：{list}。',
    'fit.none': 'スケジューラー、テキストエンコーダー、解像度のどれか 1 つを変えるだけでは範囲に入りません。',
    'change.scheduler': '{scheduler} スケジューラーなら {value}',
    'change.textEncoder': 'テキストエンコーダーも学習すれば {value}',
    'change.resolution': '{resolution} px なら {value}',
    'change.rate': '学習率 {rate} なら {value}',
    'why.batchAdopted': 'バッチサイズの表から選択（教師画像 {frames} 枚を割り切る）',
    'why.sameRate': '研究ではテキストエンコーダーも同じ学習率で学習',
    'why.startFactor': '拡張機能の constant スケジューラーを研究の constant と同じにする',
    'why.weightsInFp32': '重みを fp32 で保持すれば、計画の学習率の更新が残ります',
    'why.schedulerSwitch': '研究の constant にあたり、エポック数はこれで計画しています',
    'why.optimizerUnmeasured': 'Adam 用の値。{optimizer} は研究で未測定',
    'why.kohyaMaxEpochs': '0 より大きいと「{steps}」を上書きします',
    'why.kohyaEpoch': '学習が及ぶエポック数。sd-scripts は最後のエポックの途中で「{steps}」に達して止まります',
    'why.kohyaWarmup': 'ウォームアップを学習の {share}% に保ち、その学習のステップ数で書きます',
    'why.kohyaNoWarmup': 'sd-scripts は constant ではウォームアップを一切受け付けません',
    'why.kohyaSaveFinalOnly': '最終モデルだけを保存します',
    'why.kohyaSaveFinal':
      '最終モデルだけを保存します。今の設定のままだと、sd-scripts はその前にチェックポイントを {checkpoints} 個（約 {gigabytes} GB）書き出します',
    'why.kohyaStopRemoved':
      '学習の途中でテキストエンコーダーを止めると、sd-scripts の train_db.py はそのステップで異常終了します（kohya_ss #2695）。そのため削除し、ほかはそのまま残します',
    'why.kohyaTextEncoderOff': 'テキストエンコーダーは学習しません',
    'why.kohyaTextEncoderRateZero':
      'テキストエンコーダーは学習しません。-1 では 8 ビットのオプティマイザーで sd-scripts が異常終了するため、学習率 0 のまま残します',
    'status.entry': '{label} {from} → {to}',
    'status.wrote': '{list} を書き込みました。「{save}」で保存してください。',
    'status.wroteLive':
      '{list} を書き込みました。GUI は学習開始時（またはコマンドの表示や設定の保存時）にこれらを読みます。',
    'host.kohyaFolders':
      'ステップ数は、画像フォルダーにコンセプトごとのフォルダー {folders} があることを前提にしています。数字は繰り返し回数（R16）、残りは .txt キャプションのない画像のキャプションです。',
    'host.kohyaRegFolder':
      '正則化フォルダーにはフォルダー「{folder}」に正則化画像を {images} 枚入れてください（フォルダー名がキャプションになります）。',
    'host.kohyaNoRegFolder':
      '正則化画像はオンですが、正則化フォルダーが空です。sd-scripts は正則化画像なしで学習します。フォルダーを設定するか、正則化画像のチェックを外してください。',
    'host.kohyaRegUnused':
      '正則化フォルダー（{directory}）が設定されています。sd-scripts はどの画像にもそこから正則化画像を 1 枚組み合わせます（R16）。計画に数えるよう正則化画像にチェックを入れるか、フォルダーを空にしてください。',
    'host.kohyaDatasetConfig':
      'データセット設定ファイル（{file}）が設定されています。sd-scripts はフォルダーと繰り返し回数をそこから読み、計画が前提にするフォルダー名からは読みません。',
    'host.kohyaSdxl':
      '研究で測定したのは SD 1.x/2.x です。SDXL では同じ式を使いますが、そこでは未検証です（2 つのテキストエンコーダーとも計画の学習率）。',
    'host.kohyaTextEncoderSnapped':
      'sd-scripts はテキストエンコーダーを途中で止められません。train_db.py は止めるステップで異常終了し（kohya_ss #2695）、sdxl_train.py には止める機能がありません。GUI の設定では学習の {share} の時点で止まるため、研究が実測した値のうち近いほうの比率 {used}（1：全期間学習、0：学習しない）で計画します。',
    'host.kohyaSchedulerSubstituted':
      'sd-scripts には計画で数えた「{scheduler}」がありません。{used} を書き込み、ステップ数もそれ（×1）で計画しています。',
    'status.nothing': '書き込むものはありません。フォームはすでに計画どおりの値です。',
    'status.failed': '書き込めなかった項目：{list}。',
    'status.stale':
      'プレビューの後にフォームが変わりました。更新されたプレビューを確認してから、もう一度適用してください。',
    'status.kept': '適用後に変更された {list} はそのまま残しました。',
    'status.restored': '{list} を元に戻しました。',
    'status.dropped': '記憶していたコンセプト {slot} の枚数は破棄しました（{problem}）。',
    'tip.enterFrames': '自動入力で教師画像の枚数を入力すると、お使いのデータセットに合わせた数値が表示されます。',
    'tip.extensionHint': '拡張機能のヒント：{hint}',
    'tip.research': '研究の出典：{section}',
  },
  live: {
    yourFrames: '教師画像 {frames} 枚',
    largestConcept: '最も多いコンセプトの教師画像 {largest} 枚（全体で {frames} 枚）',
    rateNotPlanned:
      '{who}：学習率は計画しません。LoRA または適応型オプティマイザーを使用中のため、研究の学習率は当てはまりません。',
    rateOfMode: '{who}（{mode}式）：学習率 {rate}。',
    rate: '{who}、強度 {strength}：学習率 {rate}。枚数が 2 倍なら半分、強度が 2 倍なら {harder} になります。',
    rateUnmeasured: 'これは Adam の学習率です。{optimizer} は研究で測定されていません。',
    epochs: '{who}：{epochs} エポック（バッチサイズ {batchSize} で {steps} ステップ）。',
    maxTrainSteps: '{who}：バッチサイズ {batchSize} で {steps} ステップ。',
    saveFrequency:
      'この計画は {epochs} エポック（{steps} ステップ）学習します。終盤に 1 回保存し、いくつかのプレビューで確かめれば十分です。',
    batchSizes:
      '{who}のステップ数：{list}。バッチが大きいほどステップ数は減りますが、エポック数は増えます（各画像を見る回数が増えるため）。',
    batchOption: 'バッチ {batchSize} → {steps}（{epochs} エポック）',
    gradAccumOne: '{who}：1 で {steps} ステップ（研究の推奨）、2 で {two}。',
    gradAccum: '{who}：{gradAccum} で {steps} ステップ、1 で {single}（研究の推奨）。',
    textEncoder: '{who}：テキストエンコーダーありで {on} ステップ、なしで {off}（現在 {steps}）。',
    resolution:
      '{resolution} px：1 枚あたり {spf} ステップ、{who}で計 {steps} ステップ。{other} px なら 1 枚あたり {otherSpf} ステップ、計 {otherSteps} ステップ。',
    classImagesPerInstance: '{who}：1 枚あたり正則化画像 {perFrame} 枚、合計 {total} 枚。',
    classImagesTotal: '各コンセプト：{list}。',
    conceptClassImages: '教師画像 {frames} 枚 → 正則化画像 {classImages} 枚',
    scheduler: '{scheduler}：{who}で {steps} ステップ。{constant}：{constantSteps}。',
    schedulerConstant: '{scheduler}：{who}で {steps} ステップ。',
    warmupFine:
      'ウォームアップは、スケジューラーが数える{who}の {steps} ステップの 1 割以内に収まっています（または {scheduler} では使われません）。',
    startFactorUnused: '{scheduler} はこの値を使いません。',
    startFactorFull:
      '{factor} なら {scheduler} は最初から最後まで本来の学習率で学習します。研究の constant と同じです。',
    precision: '{notice}',
    precisionExact: '学習率 {rate} は {precision} で正確に表せます。',
    scaleLrOn: 'オン：トレーナーは {rate} ではなく {scaled} を使います。',
    scaleLrOff: 'オンにすると：トレーナーは {rate} ではなく {scaled} を使います。',
    scaleLrNoChange:
      'バッチサイズ 1、勾配累積 1、GPU 1 台では何も変わりません：トレーナーはどちらでも {rate} を使います。',
    loraOn: 'オン：自動入力は学習率に手を付けず、ステップ数だけを計画します。',
    loraOff: 'オフ：自動入力はフルファインチューニングの学習率 {rate} を計画します。',
    loraOffAdaptive:
      'オフ：フルファインチューニングの計画が当てはまりますが、学習率はありません：{optimizer} が自分で決めます。',
    optimizerAdaptive: '{optimizer} は適応型です。自動入力は学習率を書き込みません。',
    optimizerUnmeasured:
      '{optimizer} は研究で測定されていません。{rate} は Adam 用の学習率のため、チェックを外した状態で提示します。',
    optimizerMeasured: '{optimizer} は研究が測定したものです。計画の学習率 {rate} が当てはまります。',
    thisOptimizer: 'このオプティマイザー',
    kohyaSteps:
      '{who}：Max train steps は {steps}。バッチサイズ {batchSize} での研究の {planSteps} ステップを、sd-scripts のオプティマイザーのステップ数で数えたものです（勾配累積 {gradAccum}）。',
    kohyaStepsPrior:
      '{who}：Max train steps は {steps}。バッチサイズ {batchSize} での研究の {planSteps} ステップで、正則化画像があると 1 ステップ 2 サンプル（R16）、sd-scripts のオプティマイザーのステップ数で数えたものです（勾配累積 {gradAccum}）。',
    kohyaEpoch: '{who}：{epochs} エポック。sd-scripts は最後のエポックの途中、{steps} ステップで止まります。',
    kohyaFolders: '{who}：コンセプトのフォルダーを {folders} と名付けてください。',
    kohyaRegImages: '{who}：フォルダー「{folder}」に正則化画像 {images} 枚（1 枚あたり {perFrame} 枚）。',
    kohyaRegImagesOff:
      '正則化画像はオフです。使う場合、{who}では「{folder}」に正則化画像 {images} 枚（1 枚あたり {perFrame} 枚）が必要で、Max train steps は {steps} です。',
    kohyaScheduler: '{scheduler}：{who}で Max train steps は {steps}、constant なら {constantSteps}。',
    kohyaSchedulerConstant: '{scheduler}：{who}で Max train steps は {steps}。',
    kohyaWarmup: 'ウォームアップ：{steps} ステップのうち {warmup} ステップで、学習の 10 分の 1 以内です。',
    kohyaResolution: '{resolution} px：{who}で Max train steps は {steps}、{other} px なら {otherSteps}。',
    kohyaTextEncoder:
      '{who}：テキストエンコーダーを全期間学習すると Max train steps は {on}、学習しないと {off}（現在 {steps}）。',
    kohyaGradAccum: '{who}：{gradAccum} で Max train steps は {steps}、1 なら {single}（研究の推奨）。',
  },
};

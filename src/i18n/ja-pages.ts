/** 日本語: the words of the planner, the exports and the options page, with the English keys (en-pages.ts). */
import type { PagesCatalog } from './index.js';

export const JA_PAGES: PagesCatalog = {
  exports: {
    'instance-folders':
      '学習フォルダー（train_data_dir）の中の画像フォルダーを {folders} と名付けてください。数字は計画で数えた繰り返し回数、残りは .txt キャプションのない画像のキャプションです。',
    'reg-folder':
      '正則化フォルダー（reg_data_dir）の中のフォルダー「{folder}」に正則化画像を {images} 枚入れてください（フォルダー名がキャプションになります）。',
    'kohya-gui-paths':
      'ファイルは GUI のモデル・出力・画像フォルダーを変えません。Folders と Model のページで設定してください。GUI は開始前にそれらを確認します。',
    'saves-final': '最終モデルだけを保存します（エポックごと・N ステップごとのチェックポイントはなし）。',
    'saves-every':
      '計画の {every} ステップごとにチェックポイントを保存し（このトレーナーの数え方では {trainerEvery}）、最終モデルも保存します。',
    'onetrainer-captions':
      'OneTrainer は各画像の横の .txt からキャプションを読みます。「{folder}」では「{caption}」と書いてください（画像ごとに 1 つの .txt）。',
    'onetrainer-concepts':
      'コンセプトは {name} にもあり、プリセットのコンセプトファイル {file} です。OneTrainer の UI はそこから読み込み（そこに保存してください）、scripts/train.py はプリセット自体から読みます。',
    'start-sd-scripts': 'sd-scripts のフォルダーで起動します：accelerate launch {script} --config_file {config}',
    'start-onetrainer': 'OneTrainer のフォルダーで起動します：python scripts/train.py --config-path {config}',
    'start-kohya-gui':
      'kohya_ss GUI で：Dreambooth タブの Configuration で「Load/Save Config file」に {config} を入れて読み込み、Start training（または Print training command）。',
    'scheduler-substituted':
      'トレーナーには計画で数えた「{scheduler}」がありません。ファイルでは {used} を使い、ステップ数もそれ（×1）で計画しています。',
    'family-unmeasured':
      '研究で測定したのは SD 1.x/2.x です。SDXL では同じ式を使いますが、そこでは未検証です（2 つのテキストエンコーダーとも計画の学習率）。',
    'sd2-v-prediction':
      'SD 2.x：ファイルは解像度に合わせて {model} モデル用です（768 px は 768-v の v-prediction、512 px は base）。お使いのモデルが別の方なら変更してください。',
    'te-share-snapped':
      'sd-scripts はテキストエンコーダーを途中で止められません。train_db.py は止めるステップで異常終了し（kohya_ss #2695）、sdxl_train.py には止める機能がありません。ファイルは {share} ではなく、研究が実測した値のうち近いほうのテキストエンコーダー比率 {used}（1：全期間学習、0：学習しない）で計画します。OneTrainer なら指定どおり途中で止められます。',
    'dynamic-resolution':
      'トレーナーは 1 つの解像度で学習します。ファイルでは最大の {resolution} px を使い、計画が解像度ごとに数えたコピー（R12）は作られません。',
    'scale-lr-unscaled':
      'ファイルには計画の学習率 {rate} をスケールせずに書いています。トレーナーはそのまま使うべきです：sd-scripts と kohya_ss GUI は学習率をスケールせず、OneTrainer の Learning Rate Scaler は NONE にしています。',
    buckets:
      'OneTrainer はアスペクト比のバケットごとに各エポックの端数のバッチを捨てます。画像のアスペクト比が複数あると、学習は数えたより少し短くなります。',
    'extension-schedulers':
      'ステップ数は Dreambooth 拡張機能自身のスケジューラー {scheduler} の曲線で計画しています。このトレーナーの曲線は研究と同じく学習全体にわたります。そのファイルには --schedulers research（プランナーでは「研究のもの」）で計画してください。',
    'no-rate': 'ファイルに学習率はありません。適応型オプティマイザーは研究の測定対象外です。',
  },
  refusals: {
    'plan-errors': '計画にエラーがあります。先に直してください。',
    lora: '研究で測定したのはフルファインチューニングで、LoRA の数値はありません。ファイルは誰も測定していない学習率で LoRA を学習させることになります。',
    'missing-paths':
      '{paths}が必要です。ないとトレーナーは自分の既定値で始めてしまいます（最後に失敗するか、別のモデルを学習します）。',
    'relative-path':
      '{path}はフルパスにしてください（「{value}」ではなく）。トレーナーは起動した場所から相対パスを解決します。',
    'token-count':
      'コンセプトごとにインスタンストークンを 1 つ指定してください：コンセプト {concepts} 個、トークン {tokens} 個。',
    'save-every-invalid': 'N ステップごとのチェックポイントには 1 以上の整数のステップ数が必要です。',
    'token-invalid': '{option}「{value}」はフォルダー名に使えません。',
  },
  paths: {
    model: 'モデル',
    outputDir: '出力フォルダー',
    trainDataDir: '学習画像フォルダー',
    regDataDir: '正則化フォルダー',
    instanceToken: 'インスタンストークン',
    classToken: 'クラストークン',
  },
  planner: {
    title: 'Dreambooth Companion：学習プランナー',
    intro:
      '研究の計算式で、お使いのデータセットに合った数値を出します（どのトレーナーでも使えます）。分かっている項目を入力し、計画と各数値の根拠を確認して、トレーナーが読み込めるファイルをダウンロードしてください。',
    language: '言語',
    languageAuto: '自動（ブラウザーの言語）',
    frames: '教師画像の枚数',
    framesHint: '1 つの数値、またはコンセプトごと：12, 8',
    formula: '計算式',
    strength: '強度（名前か数値）',
    learningRate: '固定の学習率（任意）',
    textEncoder: 'テキストエンコーダー比率（0 = オフ、1 = オン）',
    resolution: '解像度（px）',
    dynamicResolutions: '動的解像度（任意：512, 768）',
    batchSize: 'バッチサイズ',
    gradAccum: '勾配累積',
    scheduler: 'スケジューラー',
    schedulers: 'スケジューラー名の意味',
    'schedulers.research': '研究のもの（2023 年 1 月までの Dreambooth 拡張機能、kohya、diffusers）',
    'schedulers.extension': 'Dreambooth 拡張機能独自のもの（2023 年 1 月以降）',
    startFactor: '開始係数（拡張機能の constant/linear）',
    warmupSteps: 'ウォームアップのステップ数（任意）',
    precision: '混合精度',
    scaleLr: '学習率のスケーリング',
    gpus: 'GPU の数',
    lora: 'LoRA',
    optimizer: 'オプティマイザー（任意）',
    prior: '正則化画像を使う（Prior preservation）',
    modelFamily: 'ベースモデルの系統（ファイル用）',
    model: 'ベースモデル（フルパス、ファイル用）',
    outputDir: '出力フォルダー（フルパス）',
    trainDataDir: '学習画像フォルダー（フルパス）',
    regDataDir: '正則化フォルダー（フルパス）',
    instanceToken: 'インスタンストークン、コンセプトごとに 1 つ（既定 sks）',
    classToken: 'クラスの単語（既定 person）',
    saveEvery: 'N ステップごとのチェックポイント（任意。既定は最終モデルのみ）',
    plan: '計画',
    'value.learningRate': '学習率',
    'value.strength': '強度 F',
    'value.stepsPerFrame': '1 枚あたりのステップ数',
    'value.maxTrainSteps': '学習ステップ数',
    'value.epochs': 'エポック数',
    'value.classImagesPerInstance': '1 枚あたりの正則化画像数',
    'value.classImages': '正則化画像の合計枚数',
    derivation: '各数値の根拠',
    notices: '警告',
    chart: '教師画像の枚数を割り切るバッチサイズごとのステップ数とエポック数（R7）',
    chartSteps: 'ステップ数',
    chartEpochs: 'エポック数',
    downloads: 'トレーナー用のファイル',
    download: '{name} をダウンロード',
    'format.kohya-json': 'kohya_ss GUI（Load config）',
    'format.sd-scripts-toml': 'sd-scripts (--config_file)',
    'format.onetrainer-json': 'OneTrainer のプリセット',
    noPlan: '上で印の付いた項目を直すと計画が表示されます。',
  },
  options: {
    title: 'Dreambooth Companion：動作するアドレス',
    intro:
      'WebUI のいつものアドレスで動作します。別のアドレス（リモートのホスト、共有リンク）を追加すると、ブラウザーはそのホストだけの許可を求めます。',
    runsOn: '動作するアドレス',
    address: 'WebUI のアドレス',
    add: '追加',
    remove: '削除',
    builtIn: '{pattern}（組み込み）',
    added: '{pattern} を追加しました。そのアドレスの WebUI タブを再読み込みしてください。',
    removed: '{pattern} を削除しました。',
    denied: '追加できませんでした：ブラウザーが {pattern} を許可しませんでした。',
    failed: '追加できませんでした：{error}',
    language: '言語',
    languageAuto: '自動（WebUI の言語、なければブラウザーの言語）',
    languageSaved: '保存しました。WebUI タブを再読み込みすると反映されます。',
    'address.empty': 'アドレス：WebUI のアドレスを入力してください（例：http://192.168.1.5:7860）',
    'address.wildcard':
      'アドレス：192.168.1.5:7860 のように具体的なホストを 1 つ指定してください。ワイルドカード（*）は使えません',
    'address.notAddress': 'アドレス：「{text}」は Web アドレスではありません',
    'address.scheme': 'アドレス：追加できるのは http と https のアドレスだけです（入力：{scheme}）',
    'address.noHost': 'アドレス：「{text}」にはホストがありません',
    'address.credentials': 'アドレス：ユーザー名とパスワードは外してください',
    'address.listed': 'アドレス：{pattern} はすでに一覧にあります',
  },
};

// ==UserScript==
// @name         Dreambooth Companion
// @namespace    https://github.com/dreambooth-companion/dreambooth-companion
// @version      0.1.0
// @description  Autofill and explain the Dreambooth tab of the AUTOMATIC1111 WebUI with the formulas of the community training research
// @description:zh-CN  在 AUTOMATIC1111 WebUI 的 Dreambooth 标签页中按训练研究自动填写参数，并解释每个参数
// @description:ja     AUTOMATIC1111 WebUI の Dreambooth タブを学習研究の数値で自動入力し、各パラメータを説明します
// @license      MIT
// @homepageURL  https://github.com/dreambooth-companion/dreambooth-companion
// @supportURL   https://github.com/dreambooth-companion/dreambooth-companion/issues
// @icon         data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAz0lEQVR42u2ZywkDIRRFpwCLsRyXVpES0kf2AUuZPtwYCLMdgxBCQhDED+MbzoG3GQTvwVnIdVkAAETgjbLeKOeNCt6oOGjCew/bM7j2Rq0DQ+cm7al7hA8HhP8+Ed0isB4Y/nMSLf98nGRsjYCbSMDVCISJBEKNwNBQz9slbvfrz6RvufXTCeRAAAEEEEAg7tvjL1j6JkagJBwCCCCAQJ1AyTV4aoFe4RBAAAEE6mqVkptmrzWttYr4Ykt2tSi+3D1FvS7+geMUT0wAAEN5AShLEiQ4ipmIAAAAAElFTkSuQmCC
// @match        http://127.0.0.1/*
// @match        http://localhost/*
// @include      http://127.0.0.1:*/*
// @include      http://localhost:*/*
// @grant        none
// @run-at       document-idle
// @downloadURL  https://raw.githubusercontent.com/dreambooth-companion/dreambooth-companion/main/dist/dreambooth-companion.user.js
// @updateURL    https://raw.githubusercontent.com/dreambooth-companion/dreambooth-companion/main/dist/dreambooth-companion.meta.js
// ==/UserScript==

/**
 * Our styles live in the shadow root: the page's CSS cannot reach in and ours cannot leak out.
 * Colours follow the WebUI's light and dark themes through the host's data-theme attribute.
 */
export const COMPANION_CSS = `
:host { all: initial; display: block; margin: 4px 0 8px; font: 14px/1.4 system-ui, sans-serif;
  --dbc-bg: #ffffff; --dbc-fg: #1f2937; --dbc-muted: #6b7280; --dbc-border: #d1d5db;
  --dbc-accent: #ea580c; --dbc-accent-fg: #ffffff; --dbc-warn-bg: #fef3c7; --dbc-warn-fg: #92400e;
  --dbc-error-bg: #fee2e2; --dbc-error-fg: #991b1b; --dbc-row: #f9fafb; }
:host([data-theme="dark"]) { --dbc-bg: #1f2937; --dbc-fg: #f3f4f6; --dbc-muted: #9ca3af; --dbc-border: #4b5563;
  --dbc-accent: #f97316; --dbc-warn-bg: #422006; --dbc-warn-fg: #fcd34d; --dbc-error-bg: #450a0a;
  --dbc-error-fg: #fca5a5; --dbc-row: #111827; }
* { box-sizing: border-box; font: inherit; color: inherit; }
button { cursor: pointer; border-radius: 6px; border: 1px solid var(--dbc-border); background: var(--dbc-bg);
  color: var(--dbc-fg); padding: 4px 10px; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid var(--dbc-accent); outline-offset: 1px; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
.autofill { background: var(--dbc-accent); color: var(--dbc-accent-fg); border-color: var(--dbc-accent); font-weight: 600; }
.panel { margin-top: 6px; padding: 8px 10px; border: 1px solid var(--dbc-border); border-radius: 8px;
  background: var(--dbc-bg); color: var(--dbc-fg); }
.panel[hidden], [hidden] { display: none; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { font-size: 14px; font-weight: 600; margin: 0; }
.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 0 4px; color: var(--dbc-muted); }
.inputs { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: end; margin: 6px 0; }
label { display: flex; flex-direction: column; gap: 1px; font-size: 12px; color: var(--dbc-muted); }
label.inline { flex-direction: row; align-items: center; gap: 6px; align-self: center; }
input, select { color: var(--dbc-fg); background: var(--dbc-row); border: 1px solid var(--dbc-border);
  border-radius: 6px; padding: 2px 6px; }
input[type="checkbox"] { min-width: 0; }
input[aria-invalid="true"] { border-color: var(--dbc-error-fg); }
.summary { margin: 4px 0; font-weight: 600; font-size: 13px; }
table { border-collapse: collapse; font-size: 13px; }
table.changes { width: 100%; }
th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid var(--dbc-border); vertical-align: top; }
th { color: var(--dbc-muted); font-weight: 600; font-size: 12px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.why { color: var(--dbc-muted); font-size: 12px; max-width: 34em; }
.problem { color: var(--dbc-error-fg); font-size: 12px; }
ul { margin: 4px 0; padding-left: 0; }
.notices li, .source li { list-style: none; }
.warning { background: var(--dbc-warn-bg); color: var(--dbc-warn-fg); border-radius: 4px; padding: 1px 6px; margin: 2px 0; font-size: 12px; }
.info { background: var(--dbc-row); border-radius: 4px; padding: 1px 6px; margin: 2px 0; font-size: 12px; }
.hint { font-size: 11px; color: var(--dbc-muted); max-width: 22em; }
.hint.refused { flex-basis: 100%; max-width: none; margin: 0; }
.hint.refused:empty { display: none; }
.error { background: var(--dbc-error-bg); color: var(--dbc-error-fg); border-radius: 4px; padding: 1px 6px; margin: 2px 0; font-size: 12px; }
.actions { display: flex; gap: 8px; margin-top: 6px; align-items: center; flex-wrap: wrap; }
.status { font-size: 12px; margin: 0; flex: 1 1 20em; }
details { margin-top: 4px; font-size: 12px; }
summary { cursor: pointer; color: var(--dbc-muted); }
.source { color: var(--dbc-muted); }
code { font-family: ui-monospace, monospace; font-size: 12px; }
.rate-chart { margin: 4px 0; font-size: 11px; color: var(--dbc-muted); }
.rate-chart svg { display: block; width: 100%; max-width: 22rem; height: auto; }
.rate-chart text { fill: currentColor; font-size: 10px; } .axis { stroke: var(--dbc-border); }
polyline { fill: none; stroke-width: 1.5; stroke: var(--dbc-accent); }
.as-set { stroke: var(--dbc-warn-fg); stroke-dasharray: 4 3; } .research { stroke: currentColor; stroke-dasharray: 1 3; }
.curve-key { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; }
.curve-key li::before { content: ""; display: inline-block; width: 14px; margin-right: 4px; vertical-align: middle;
  border-top: 2px solid var(--dbc-accent); }
.curve-key .as-set::before { border-top-style: dashed; border-color: var(--dbc-warn-fg); }
.curve-key .research::before { border-top: 2px dotted; }
`;

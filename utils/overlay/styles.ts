// Styles inside the overlays' shadow roots: the console's CSS cannot reach
// them and they cannot reach the console. Focus is always visible (UI rules).

const BASE = /* css */ `
:host { all: initial; }
/* On every element: the host's inline all:initial outranks :host rules. */
* { box-sizing: border-box; font-family: -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
button { cursor: pointer; }
button:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
`;

export const BADGE_CSS = /* css */ `${BASE}
.badge {
  display: inline-flex; align-items: center; gap: 2px; height: 18px; padding: 0 5px;
  border-radius: 9px; border: 1px solid currentColor; background: #fff;
  font-size: 11px; line-height: 16px; font-weight: 600; white-space: nowrap;
}
.badge[data-band="good"] { color: #146c2e; }
.badge[data-band="fair"] { color: #8a5300; }
.badge[data-band="poor"] { color: #b42318; }
.bar { display: inline-flex; align-items: center; gap: 6px; height: 24px; position: relative; }
.bar button.action { height: 24px; padding: 0 8px; border-radius: 4px; border: 1px solid #1a56db; background: #fff; color: #1a56db; font-size: 12px; }
.bar button.action[disabled] { border-color: #aaa; color: #777; cursor: default; }
.status { position: absolute; top: 28px; left: 0; width: 300px; padding: 4px 6px; border-radius: 4px;
  background: #fffbe6; border: 1px solid #e0c060; color: #333; font-size: 12px; line-height: 1.4; }
.status:empty { display: none; }
`;

export const POPOVER_CSS = /* css */ `${BASE}
.pop {
  position: absolute; width: 380px; max-width: calc(100vw - 16px); padding: 12px 14px;
  background: #fff; color: #1f2328; border: 1px solid #c9ced6; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font-size: 13px; line-height: 1.45;
}
h2 { font-size: 14px; margin: 0 0 6px; display: flex; justify-content: space-between; gap: 8px; }
h3 { font-size: 12px; margin: 10px 0 4px; color: #57606a; font-weight: 600; }
p { margin: 0; }
.suggestion { padding: 6px 8px; background: #f3f6fb; border-radius: 4px; word-break: break-word; }
.diff { word-break: break-word; }
.diff ins { text-decoration: none; background: #dafbe1; color: #116329; padding: 0 2px; border-radius: 3px; }
.diff del { text-decoration: line-through; background: #ffebe9; color: #82071e; padding: 0 2px; border-radius: 3px; }
.legend, .source { color: #57606a; font-size: 12px; }
.warn { color: #8a5300; font-size: 12px; }
ul { margin: 0; padding-left: 18px; }
.actions { display: flex; gap: 8px; margin-top: 10px; align-items: center; }
.actions button { height: 26px; padding: 0 10px; border-radius: 4px; border: 1px solid #1a56db; background: #1a56db; color: #fff; }
.actions button.secondary { background: #fff; color: #1a56db; }
.copied { font-size: 12px; color: #146c2e; }
textarea { width: 100%; margin-top: 6px; font: inherit; }
`;

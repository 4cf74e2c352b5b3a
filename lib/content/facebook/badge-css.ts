/** Styles of a badge's shadow root (kept as a string: badges are created without React). */
export const BADGE_CSS = `
:host { all: initial; }
.badge {
  font: 600 11.5px/1.2 system-ui, -apple-system, 'Segoe UI', 'Noto Sans TC', 'Noto Sans CJK TC', sans-serif;
  border: 0; border-radius: 999px; padding: 3px 8px; cursor: pointer; color: #fff; vertical-align: middle;
}
.badge:focus-visible { outline: 2px solid #1b5fc1; outline-offset: 2px; }
.sev-critical { background: #b71c1c; }
.sev-high { background: #e65100; }
.sev-medium { background: #f2c200; color: #1d2129; }
.sev-low { background: #2e7d32; }
.sev-none { background: #78808c; }
.tip {
  display: none; position: absolute; z-index: 2147483000; top: calc(100% + 6px); left: 0;
  min-width: 220px; max-width: 320px; padding: 8px 10px; border-radius: 8px;
  background: #1d2129; color: #fff; font: 12px/1.45 system-ui, 'Noto Sans TC', 'Noto Sans CJK TC', sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); white-space: normal;
}
.tip div + div { margin-top: 4px; }
.tip mark { background: rgba(255, 196, 0, .35); color: inherit; border-radius: 3px; padding: 0 2px; }
.problem { display: inline-block; margin-inline-start: 4px; width: 16px; height: 16px; border-radius: 50%;
  background: #c62828; color: #fff; font: 700 11px/16px system-ui, sans-serif; text-align: center; vertical-align: middle; }
:host(:hover) .tip, .badge:focus-visible ~ .tip { display: block; }
`;

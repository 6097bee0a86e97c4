/**
 * The provider pages' one stylesheet, served from the provider's own origin (no inline styles, so
 * the pages' Content-Security-Policy can forbid them). Colours follow the web app's (web/src/app.css).
 */
export const STYLESHEET = `
:root {
  --ink: #1f2326; --ink-muted: #4f555a; --paper: #f8f5ef; --surface: #fffdf9;
  --copper: #9c4a1d; --copper-dark: #7a3814; --line: #d8cfc0; --control-border: #6b6259;
  --error: #a3231b; --error-bg: #fbecea; --notice-bg: #f3e3b5;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', Arial, sans-serif;
  --serif: 'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, serif;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink); font-family: var(--sans);
  font-size: 1.0625rem; line-height: 1.6; overflow-wrap: break-word;
}
header {
  display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; justify-content: space-between; align-items: center;
  padding: 0.75rem 1rem; background: var(--ink); color: var(--paper);
}
header .brand { font-family: var(--serif); font-size: 1.3rem; font-weight: 600; }
header a { color: var(--paper); }
main { max-width: 34rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1, h2 { font-family: var(--serif); font-weight: 600; line-height: 1.2; margin: 0 0 0.5em; }
h1 { font-size: 2rem; }
h2 { font-size: 1.4rem; margin-top: 2rem; }
p, ul { margin: 0 0 1em; }
a { color: var(--copper); text-underline-offset: 0.18em; }
a:hover { color: var(--copper-dark); text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 5px var(--paper); }
.note { background: var(--notice-bg); padding: 0.5rem 0.75rem; border-radius: 4px; }
.field { margin: 0 0 1.25rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.hint { display: block; color: var(--ink-muted); margin-bottom: 0.35rem; }
input {
  display: block; width: 100%; min-height: 2.9rem; padding: 0.5rem 0.75rem; font: inherit;
  color: var(--ink); background: var(--surface); border: 2px solid var(--control-border); border-radius: 4px;
}
input.code { max-width: 11rem; letter-spacing: 0.3em; font-variant-numeric: tabular-nums; }
input[aria-invalid='true'] { border-color: var(--error); }
.field-error { color: var(--error); font-weight: 600; margin: 0 0 0.35rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1.5rem 0; }
button {
  min-height: 2.9rem; padding: 0.55rem 1.1rem; font: inherit; font-weight: 600; cursor: pointer;
  border-radius: 4px; border: 2px solid var(--copper); background: var(--copper); color: #fff;
}
button:hover { background: var(--copper-dark); border-color: var(--copper-dark); }
button.secondary { background: var(--surface); color: var(--copper-dark); }
button.secondary:hover { background: var(--paper); }
button.link {
  min-height: 0; padding: 0; border: 0; background: none; color: var(--copper); font-weight: 400;
  text-decoration: underline; text-underline-offset: 0.18em;
}
.error-summary {
  border: 3px solid var(--error); background: var(--error-bg); padding: 0.75rem 1rem; margin: 0 0 1.5rem;
  border-radius: 4px;
}
.error-summary h2 { margin: 0 0 0.5rem; font-size: 1.2rem; font-family: var(--sans); }
.error-summary ul { margin: 0; padding-left: 1.2rem; }
.error-summary a { color: var(--error); font-weight: 600; }
.personas { list-style: none; padding: 0; display: grid; gap: 0.75rem; }
.personas li {
  background: var(--surface); border: 1px solid var(--line); border-radius: 4px; padding: 0.75rem 1rem;
}
.personas p { margin: 0 0 0.5rem; color: var(--ink-muted); }
.personas form { margin: 0; }
hr { border: 0; border-top: 1px solid var(--line); margin: 2rem 0; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;

import { css } from 'lit';

/** Styles of `<bahth-search>`: logical properties only, so one sheet serves RTL and LTR. */
export const styles = css`
  :host {
    display: block;
    position: relative;
    --_fg: var(--bahth-color, #1f2328);
    --_muted: var(--bahth-muted-color, #555e68);
    --_bg: var(--bahth-background, #fff);
    --_border: var(--bahth-border-color, #858c94);
    --_accent: var(--bahth-accent-color, #0b57d0);
    --_active: var(--bahth-active-background, #e8f0fe);
    --_mark-bg: var(--bahth-mark-background, #fde68a);
    --_mark-fg: var(--bahth-mark-color, inherit);
    --_error: var(--bahth-error-color, #b3261e);
    --_radius: var(--bahth-radius, 0.5rem);
    font-size: var(--bahth-font-size, 1rem);
    color: var(--_fg);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--bahth-color, #e6e8eb);
      --_muted: var(--bahth-muted-color, #a9b1ba);
      --_bg: var(--bahth-background, #1d2126);
      --_border: var(--bahth-border-color, #737b84);
      --_accent: var(--bahth-accent-color, #8ab4f8);
      --_active: var(--bahth-active-background, #2b3a52);
      --_mark-bg: var(--bahth-mark-background, #6b5a00);
      --_error: var(--bahth-error-color, #f2b8b5);
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  :host,
  [lang] {
    font-family: var(--bahth-font-family, system-ui, sans-serif);
  }
  :lang(ar) {
    font-family: var(--bahth-font-family-arabic, 'Noto Sans Arabic', 'Noto Naskh Arabic', system-ui, sans-serif);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* visually hidden, still read: labels and the live region */
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .box {
    position: relative;
  }
  /* the field's row: the search icon over the input's start, the dialog's Close button after it */
  .field {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    color: var(--_muted);
  }
  .field .icon {
    position: absolute;
    inset-inline-start: 0.75em;
    pointer-events: none;
  }
  input,
  button {
    font: inherit;
    color: inherit;
  }
  input {
    flex: 1;
    min-inline-size: 0;
    padding-block: 0.5em;
    padding-inline: 2.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  :focus-visible,
  input:focus,
  .filter label:has(:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  button {
    padding-block: 0.35em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .panel {
    position: absolute;
    z-index: var(--bahth-z-index, 10);
    inset-inline: 0;
    inset-block-start: calc(100% + 0.25em);
  }
  .panel.open {
    max-block-size: var(--bahth-panel-max-height, 70vh);
    overflow-y: auto;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.15);
  }
  .panel:not(.open) .status {
    display: none;
  }
  .status {
    padding: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0.25em;
    border: 0;
  }
  .filter label {
    padding-block: 0.2em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    display: inline-flex;
    align-items: center;
    border-radius: 999px;
    cursor: pointer;
    font-size: 0.875em;
  }
  .filter label:has(:checked) {
    background: var(--_active);
    border-color: var(--_accent);
  }
  /* block layout, not grid: the list is laid out again on every keystroke, and blocks cost less */
  [role='option'] {
    display: block;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-radius: calc(var(--_radius) - 0.125em);
    color: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  [role='option'] + [role='option'] {
    margin-block-start: 0.125em;
  }
  [role='option'].active {
    background: var(--_active);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .title,
  .snippet,
  .meta {
    display: block;
    /* a long URL or word in a title must not widen the panel */
    overflow-wrap: anywhere;
  }
  .title {
    font-weight: 600;
  }
  /* a recent result's remove mark (the Delete key does the same) */
  .remove {
    float: inline-end;
    padding-inline: 0.4em;
    border-radius: 0.25em;
    color: var(--_muted);
  }
  .more {
    display: block;
    margin: 0.25em auto;
  }
  .snippet,
  .meta {
    margin-block-start: 0.2rem;
  }
  a .title {
    color: var(--_accent);
  }
  .snippet {
    font-size: 0.9em;
  }
  /* keeps the place of a snippet on its way, so the list does not jump when it arrives */
  .placeholder {
    block-size: 2lh;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 7%, transparent);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.8em;
  }
  mark {
    background: var(--_mark-bg);
    color: var(--_mark-fg);
    border-radius: 0.15em;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.5em;
    color: var(--_error);
  }
  .open-modal {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  kbd {
    padding-inline: 0.3em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    font: inherit;
    font-size: 0.75em;
    color: var(--_muted);
  }
  dialog {
    inline-size: min(40rem, 100vw - 2rem);
    margin-block-start: 10vh;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  /* the dialog's content fills it: a click on the dialog itself is a click on its backdrop */
  .dialog-body {
    padding: 1em;
  }
  dialog .panel {
    position: static;
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8em;
  }
  .keys kbd {
    font-size: inherit;
  }
  /* no keyboard, no key hints: touch screens */
  @media (pointer: coarse) {
    kbd,
    .keys {
      display: none;
    }
  }
  dialog .panel.open {
    border: 0;
    box-shadow: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    [role='option'],
    .filter label {
      transition: background-color 0.12s;
    }
    dialog[open] {
      animation: bahth-in 0.15s ease-out;
    }
    @keyframes bahth-in {
      from {
        opacity: 0;
        transform: translateY(-0.5rem);
      }
    }
  }
`;

import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from './localize.js';

/** Whether the visitor is on a Mac, iPhone or iPad (MacIntel, iPhone, iPad), whose keyboards say ⌘ where others say Ctrl. */
export const isApple = (): boolean => /Mac|iP/.test(navigator.platform);

/** The keys of Ctrl/⌘ + `letter` as shown to the visitor ("Ctrl K", "⌘ K"). */
export const shortcutKeys = (letter: string): string => `${isApple() ? '⌘' : 'Ctrl'} ${letter.toUpperCase()}`;

/**
 * The dialog's footer: the keys that move, open and close, and the shortcut that opens the
 * search (`none`: no shortcut), in the interface's language. For sighted keyboard users: screen
 * readers know the combobox's keys, and the field has `aria-keyshortcuts`; hidden on touch screens.
 */
export function keyHints(t: Translation, shortcut: string): TemplateResult {
  return html`<div part="footer" class="keys" aria-hidden="true">
    <span><kbd>↑</kbd> <kbd>↓</kbd> ${t.move}</span><span><kbd>↵</kbd> ${t.open}</span><span><kbd>Esc</kbd> ${t.close}</span>${shortcut === 'none'
      ? nothing
      : html`<span><kbd>${shortcutKeys(shortcut)}</kbd> ${t.search}</span>`}
  </div>`;
}

/** A magnifying glass, drawn in the text's color (decorative). */
export const searchIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="8.5" cy="8.5" r="5.5"/><path d="m13 13 4.5 4.5"/></svg>`;

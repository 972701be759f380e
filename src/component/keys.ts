/** What a key pressed in the search field asks of the widget. */
export type KeyAction = 'next' | 'previous' | 'choose' | 'remove' | 'close' | 'clear';

/** What decides what a key does. */
export interface KeyContext {
  /** Options in the list (results, or recent results). */
  options: number;
  /** The list shows. */
  expanded: boolean;
  /** The list shows recent results (the field is empty). */
  recent: boolean;
  /** The panel shows (a list or a message). */
  panelOpen: boolean;
  /** There is text in the field. */
  typed: boolean;
  /** The field is in a modal dialog, which Escape closes (natively) in one press. */
  modal: boolean;
}

/**
 * The combobox's keys (WAI-ARIA APG, with DocSearch's choices): ↓ and ↑ move through the
 * options, wrapping and opening the list; Enter opens the active one (the first, as soon as
 * results show); Delete removes an active recent result; Escape closes the list, then clears
 * the field, but in the dialog closes it at once, keeping the query. Every other key, and these
 * with a modifier or while composing, is left to the field (←, →, Home and End move the caret).
 */
export function keyAction(e: KeyboardEvent, c: KeyContext): KeyAction | undefined {
  if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
  switch (e.key) {
    case 'ArrowDown':
      return c.options ? 'next' : undefined;
    case 'ArrowUp':
      return c.options ? 'previous' : undefined;
    case 'Enter':
      return c.expanded ? 'choose' : undefined;
    case 'Delete':
      return c.expanded && c.recent ? 'remove' : undefined;
    case 'Escape':
      return c.modal ? undefined : c.panelOpen ? 'close' : c.typed ? 'clear' : undefined;
  }
  return;
}

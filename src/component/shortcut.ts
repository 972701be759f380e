import type { ReactiveController, ReactiveControllerHost } from 'lit';

const isEditable = (el: EventTarget | undefined): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * The page-wide keys that reach the widget: Ctrl/⌘ + its letter, and "/" unless typed in
 * another field (the letter `none` switches both off). `onKey` is told which it was; the
 * browser's own use of the key is prevented.
 */
export class Shortcut implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly letter: () => string,
    private readonly onKey: (combo: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const key = this.letter().toLowerCase();
    if (key === 'none' || e.defaultPrevented || e.isComposing || e.altKey) return;
    const combo = (e.ctrlKey || e.metaKey) && key.length === 1 && (e.key.toLowerCase() === key || e.code === `Key${key.toUpperCase()}`);
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !isEditable(e.composedPath()[0]);
    if (!combo && !slash) return;
    e.preventDefault();
    this.onKey(combo);
  };
}

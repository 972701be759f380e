// After an example query, the analyzer panel is what the visitor came to watch: the inline
// widget's results panel hangs from the sticky header over the page, so the analyzer card is
// scrolled to the bottom of the window and the results panel made short enough to end above it.
// Typing in the field gives the panel its full height back.

/** Least height left to the results panel: a result or two. */
const MIN_PANEL = 160;

/** Shows `card` whole at the bottom of the window, with the results of `widget` above it (wide windows only: a phone's header scrolls away). */
export function fitResultsAbove(widget: HTMLElement, card: HTMLElement): void {
  if (!matchMedia('(min-width: 40rem)').matches) return;
  card.scrollIntoView({ block: 'end' });
  const room = card.getBoundingClientRect().top - widget.getBoundingClientRect().bottom - 16;
  widget.style.setProperty('--bahth-panel-max-height', `${Math.max(room, MIN_PANEL)}px`);
  widget.addEventListener('input', () => widget.style.removeProperty('--bahth-panel-max-height'), { once: true });
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the widget's search has kept the visitor waiting: set once the text in the field has
 * gone `delay` ms without its results (a keystroke fetching index chunks on a slow network, a
 * large index's first query), cleared when they, or an error, show. Typing on does not restart
 * the wait: it runs from the first keystroke still unanswered. DocSearch shows its loading
 * indicator after the same 300 ms (its autocomplete's stall threshold); a quicker search shows
 * nothing, so the status line does not flicker on every keystroke.
 */
export class SlowSearch implements ReactiveController {
  /** The search under way has taken longer than the delay. */
  stalled = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 300,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.answered();
  }

  /** A search of the text in the field started. */
  asked(): void {
    this.timer ??= setTimeout(() => {
      this.stalled = true;
      this.host.requestUpdate();
    }, this.delay);
  }

  /** The text in the field has its results (or error) shown, or there is nothing to search. */
  answered(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stalled) {
      this.stalled = false;
      this.host.requestUpdate();
    }
  }
}

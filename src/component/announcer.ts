import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of the widget's polite live region, updated a moment after the last change so a
 * screen reader announces the result count once typing pauses, not on every keystroke.
 */
export class Announcer implements ReactiveController {
  /** What the live region shows now. */
  message = '';
  private next = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 300,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Announces `text` after the delay (at once when clearing). */
  set(text: string): void {
    if (text === this.next) return;
    this.next = text;
    clearTimeout(this.timer);
    const show = () => {
      this.message = text;
      this.host.requestUpdate();
    };
    if (text) this.timer = setTimeout(show, this.delay);
    else show();
  }
}

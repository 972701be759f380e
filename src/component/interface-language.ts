import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translationFor, type Translation } from './localize.js';

/**
 * The language and direction of the widget's interface, kept current as the page changes them:
 * the `lang` of the element or its nearest ancestor with one, else the browser's; the
 * direction that language writes in, or, when no `lang` says, the `dir` of the nearest element
 * with one (`<html dir="rtl">` alone makes the interface right to left).
 */
export class InterfaceLanguage implements ReactiveController {
  /** The strings of the interface. */
  t: Translation = translationFor('en');
  dir: 'ltr' | 'rtl' = 'ltr';
  private readonly observer = new MutationObserver(() => this.read());

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    for (const el of [this.host, document.documentElement]) this.observer.observe(el, { attributeFilter: ['lang', 'dir'] });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  private read(): void {
    // closest() stops at a shadow root: a widget inside another component's shadow falls back to <html>
    const lang = this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    const dir = this.host.closest('[dir]')?.getAttribute('dir') || document.documentElement.dir;
    this.t = translationFor(lang || navigator.language || 'en');
    this.dir = !lang && (dir === 'rtl' || dir === 'ltr') ? dir : this.t.dir;
    this.host.requestUpdate();
  }
}

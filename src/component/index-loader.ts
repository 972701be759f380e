import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openIndex } from '../search/open-index.js';
import { BahthIndexError, type BahthIndex } from '../search/types.js';

/** When the widget starts loading its index. */
export type LoadMode = 'eager' | 'idle' | 'visible' | 'intent';

/** Runs `callback` when the browser is idle (soon, where requestIdleCallback is missing). */
export function idle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 200);
  return () => clearTimeout(id);
}

/** Any failure as an index error, so the widget always has a code to show. */
export const toIndexError = (error: unknown): BahthIndexError =>
  error instanceof BahthIndexError ? error : new BahthIndexError('corrupt', String((error as Error)?.message ?? error));

/**
 * Loads the widget's index lazily: on intent (the first call of {@link load}), or by schedule
 * (eager, idle, visible). Opening is shared per URL by `openIndex`; a failure is kept as
 * {@link error} until {@link retry}.
 */
export class IndexLoader implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  index?: BahthIndex;
  error?: BahthIndexError;
  private pending?: Promise<BahthIndex | undefined>;
  private location = '';
  private unschedule?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onError: (error: BahthIndexError) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unschedule?.();
  }

  /** Points at another index folder (forgetting the current one) and schedules its loading. */
  set(location: string, mode: LoadMode): void {
    if (location !== this.location) {
      this.location = location;
      this.pending = this.index = this.error = undefined;
      this.status = 'idle';
      this.host.requestUpdate();
    }
    this.unschedule?.();
    this.unschedule = undefined;
    if (mode === 'eager') void this.load();
    else if (mode === 'idle') this.unschedule = idle(() => void this.load());
    else if (mode === 'visible') {
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void this.load();
        }
      });
      observer.observe(this.host);
      this.unschedule = () => observer.disconnect();
    }
  }

  /**
   * The index, loading it first if needed; `undefined` when it failed (see {@link error}).
   * After a failure only {@link retry} loads again, so typing on does not refetch at every key.
   */
  load(): Promise<BahthIndex | undefined> {
    if (!this.location || this.status === 'error') return Promise.resolve(undefined);
    if (!this.pending) {
      this.status = 'loading';
      this.error = undefined;
      this.host.requestUpdate();
      const pending: Promise<BahthIndex | undefined> = openIndex(this.location).then(
        (index) => {
          if (this.pending !== pending) return undefined;
          this.index = index;
          this.status = 'ready';
          this.host.requestUpdate();
          return index;
        },
        (error: unknown) => {
          if (this.pending === pending) {
            this.pending = undefined;
            this.fail(error);
          }
          return undefined;
        },
      );
      this.pending = pending;
    }
    return this.pending;
  }

  /** Records a failure (of loading, or of a search reading the index) and reports it. */
  fail(error: unknown): void {
    this.error = toIndexError(error);
    this.status = 'error';
    this.host.requestUpdate();
    this.onError(this.error);
  }

  /** Clears the failure and loads again (or, when the index opened, lets searches run again). */
  retry(): Promise<BahthIndex | undefined> {
    this.error = undefined;
    this.status = this.index ? 'ready' : 'idle';
    return this.load();
  }
}

import type { ReactiveControllerHost } from 'lit';
import type { SearchHit } from '../search/types.js';

/** Most recent results kept per index, as DocSearch keeps. */
export const RECENT_MAX = 5;

/** What is kept of a chosen result: enough to show it and open it again. */
type Kept = Pick<SearchHit, 'id' | 'title' | 'url' | 'lang' | 'dir'>;

const isKept = (x: unknown): x is Kept => {
  const k = x as Kept;
  return typeof k?.id === 'string' && typeof k.title === 'string' && (k.url === undefined || typeof k.url === 'string');
};

/**
 * The results a visitor chose lately on this site, per index, in localStorage (as DocSearch
 * has them): shown in an empty field, newest first, each removable. Nothing is read or written
 * while the visitor types: the list is read when an empty field shows it, and written only when
 * a result is chosen or removed. Storage that is full, switched off or blocked keeps nothing.
 */
export class RecentResults {
  /** The list shown, as hits (no score, snippet or marks). */
  items: SearchHit[] = [];
  private key = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Reads the list of the index at `index` (a URL, relative to the page). */
  read(index: string): void {
    this.key = `bahth-recent:${new URL(index, document.baseURI).href}`;
    let kept: unknown;
    try {
      kept = JSON.parse(localStorage.getItem(this.key) ?? '[]');
    } catch {
      // storage blocked, or not our JSON
    }
    this.set(Array.isArray(kept) ? kept.filter(isKept).slice(0, RECENT_MAX) : [], false);
  }

  /** Puts `hit`, chosen from the index at `index`, first in that index's list (once). */
  add(index: string, hit: SearchHit): void {
    this.read(index);
    this.set([hit, ...this.items.filter((k) => k.id !== hit.id)].slice(0, RECENT_MAX));
  }

  /** Removes the `i`th result of the list. */
  remove(i: number): void {
    this.set(this.items.filter((_, j) => j !== i));
  }

  /** Forgets the list shown (history switched off); what is stored stays. */
  clear(): void {
    this.items = [];
  }

  private set(list: Kept[], store = true): void {
    const kept = list.map(({ id, title, url, lang, dir }) => ({ id, title, url, lang, dir }));
    this.items = kept.map((k) => ({ ...k, score: 0, snippet: '', snippetMarks: [], titleMarks: [] }));
    this.host.requestUpdate();
    if (!store || !this.key) return;
    try {
      localStorage.setItem(this.key, JSON.stringify(kept));
    } catch {
      // full or blocked: the list lasts as long as the page
    }
  }
}

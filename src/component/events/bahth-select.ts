import type { SearchHit } from '../../search/types.js';

/** Detail of {@link BahthSelectEvent}. */
export interface BahthSelectDetail {
  /** The chosen result (one from the recent list has no score, snippet or marks). */
  hit: SearchHit;
  /** It was chosen from the recent results an empty field shows, not from a query's. */
  recent: boolean;
}

/**
 * Fired by `<bahth-search>` when the user chooses a result (Enter or click), of a query or of
 * the recent ones. Cancelable:
 * `preventDefault()` keeps the browser from following the result's link, so the host can route.
 */
export class BahthSelectEvent extends CustomEvent<BahthSelectDetail> {
  constructor(detail: BahthSelectDetail) {
    super('bahth-select', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bahth-select': BahthSelectEvent;
  }
}

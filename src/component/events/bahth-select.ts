import type { SearchHit } from '../../search/types.js';

/** Detail of {@link BahthSelectEvent}. */
export interface BahthSelectDetail {
  /** The chosen result. */
  hit: SearchHit;
}

/**
 * Fired by `<bahth-search>` when the user chooses a result (Enter or click). Cancelable:
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

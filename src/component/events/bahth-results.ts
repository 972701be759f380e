/** Detail of {@link BahthResultsEvent}. */
export interface BahthResultsDetail {
  /** The query the results are for. */
  query: string;
  /** What the query was searched as, when it was typed on the other keyboard layout (`hgrhivm`: `القاهرة`). */
  readAs?: string;
  /** Results shown. */
  hits: number;
  /** Documents that matched in all. */
  total: number;
}

/** Fired by `<bahth-search>` each time it shows the results of a query. */
export class BahthResultsEvent extends CustomEvent<BahthResultsDetail> {
  constructor(detail: BahthResultsDetail) {
    super('bahth-results', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bahth-results': BahthResultsEvent;
  }
}

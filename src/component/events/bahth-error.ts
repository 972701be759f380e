import type { IndexErrorCode } from '../../search/types.js';

/** Detail of {@link BahthErrorEvent}. */
export interface BahthErrorDetail {
  /** Why: the index is missing, unreachable, corrupt or built by an incompatible version. */
  code: IndexErrorCode;
  /** The technical message (in English), for logs (the widget also gives it to `console.warn`); visitors read a localized "Search is unavailable". */
  message: string;
  /** The element's `index` attribute: the folder that could not be used. */
  index: string;
}

/** Fired by `<bahth-search>` when its index cannot be loaded or read. */
export class BahthErrorEvent extends CustomEvent<BahthErrorDetail> {
  constructor(detail: BahthErrorDetail) {
    super('bahth-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bahth-error': BahthErrorEvent;
  }
}

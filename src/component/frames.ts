/** Resolves at the start of the next frame, before it is rendered. */
export const nextFrame = (): Promise<void> => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves after the next frame has been painted. */
export const afterPaint = (): Promise<void> => nextFrame().then(() => new Promise<void>((resolve) => setTimeout(resolve)));

/** Whether the visitor asked to save data, or is on a 2G connection: then nothing is preloaded. */
export const constrainedNetwork = (): boolean => {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return !!connection?.saveData || /2g$/.test(connection?.effectiveType ?? '');
};

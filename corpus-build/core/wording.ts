/** Small helpers for the build's messages, shared by the build and the CLI. */

/** "1 file", "3 files". */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The first five of a list of paths, for a message. */
export const listed = (paths: readonly string[]): string => `${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}`;

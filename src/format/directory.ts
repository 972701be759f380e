import { ByteReader, ByteWriter, FormatError, hashBytes, hexOf } from './bytes.js';

/**
 * Directories: how an index finds the chunk that holds a key (a term, a reversed term, a
 * document number) without a list of every chunk fetched up front. Chunks of a kind are in key
 * order; a directory lists them by first key, in a tree of pages of at most
 * {@link PAGE_ENTRIES} entries: a leaf page lists chunks, a page above lists pages. The top of
 * the tree, at most {@link ROOT_ENTRIES} entries, is written into `manifest.json`; a kind with
 * few chunks is listed there whole. So what a visitor fetches before a query stays about the
 * same size whatever the index's: a query fetches the pages on its keys' paths, a few KB each.
 */

/** Entries of a page. */
export const PAGE_ENTRIES = 128;
/** Entries of a directory's top, in the manifest: a kind of up to this many chunks needs no page. */
export const ROOT_ENTRIES = 256;

/** The keys chunks are found by: terms are strings, documents numbers. */
export type DirectoryKey = string | number;

/** A chunk or a page as its directory lists it: its first key, the first 64 bits of the SHA-256 of its file (hex), its size. */
export type DirectoryEntry<K extends DirectoryKey = DirectoryKey> = [key: K, hash: string, bytes: number];

/**
 * A preload pack of a leaf's chunks: entries `first` to `first + count - 1`, their files (as
 * stored) concatenated in one file, `packs.<hash>.bin`. Preloading fetches a few packs instead
 * of hundreds of chunks, and a query reads a run of chunks that is half of a pack or more through it.
 */
export type PackEntry = [first: number, count: number, hash: string, bytes: number];

/** One node of a directory: the top (in the manifest) or a page (`pages.<hash>.bin`). */
export interface DirectoryNode<K extends DirectoryKey = DirectoryKey> {
  /** 0: the entries are chunks; n: they are pages of level n − 1. */
  level: number;
  /** Entries in ascending key order. */
  entries: Array<DirectoryEntry<K>>;
  /** Preload packs of a leaf's chunks (none above the leaves). */
  packs: PackEntry[];
}

/** A directory's top, as `manifest.json` holds it: a node, and how many chunks the whole tree lists. */
export interface DirectoryRoot<K extends DirectoryKey = DirectoryKey> extends DirectoryNode<K> {
  chunks: number;
}

const HASH = /^[0-9a-f]{16}$/;
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isHash = (hash: unknown) => typeof hash === 'string' && HASH.test(hash);

/** Whether packs name runs of a node's `entryCount` entries, and only a leaf (level 0) has any. */
const packsFit = (level: number, packs: PackEntry[], entryCount: number) => (!level || !packs.length) &&
  packs.every((pack) => Array.isArray(pack) && isCount(pack[0]) && pack[1] > 0 && pack[0] + pack[1] <= entryCount && isHash(pack[2]) && isCount(pack[3]));

/** Whether `value` is a well-formed node (the top of a directory, from the manifest): entries of keys of `keyKind`, ascending. */
export function isNode(value: unknown, keyKind: 'string' | 'number'): value is DirectoryNode {
  const { level, entries, packs } = (value ?? {}) as DirectoryNode;
  return isCount(level) && Array.isArray(entries) && Array.isArray(packs) && packsFit(level, packs, entries.length) &&
    entries.every((entry, i) => Array.isArray(entry) && typeof entry[0] === keyKind && isHash(entry[1]) && isCount(entry[2]) && (i === 0 || entry[0] > entries[i - 1]![0]));
}

/**
 * Page layout (gzip-compressed like every `.bin` file):
 *
 *   varint level, varint keyKind (0: strings, 1: numbers), varint entryCount
 *   per entry: key (a string front-coded against the previous key, or a number as its gap from
 *              the previous one), 8 bytes of hash, varint bytes
 *   varint packCount; per pack: varint first, varint count, 8 bytes of hash, varint bytes
 */
export function encodeDirectoryPage<K extends DirectoryKey>(node: DirectoryNode<K>): Uint8Array {
  const numbers = typeof node.entries[0]?.[0] === 'number';
  const out = new ByteWriter().varint(node.level).varint(numbers ? 1 : 0).varint(node.entries.length);
  let previous: DirectoryKey = numbers ? 0 : '';
  for (const [key, hash, bytes] of node.entries) {
    if (numbers) out.varint((key as number) - (previous as number));
    else out.frontCoded(key as string, previous as string);
    out.raw(hashBytes(hash)).varint(bytes);
    previous = key;
  }
  out.varint(node.packs.length);
  for (const [first, count, hash, bytes] of node.packs) out.varint(first).varint(count).raw(hashBytes(hash)).varint(bytes);
  return out.finish();
}

/** Why a page is refused: keys out of order, a pack outside its entries, a page out of its place. */
export const MALFORMED_PAGE = 'malformed directory page';

/** Decodes a page, checking its keys ascend and its packs name runs of its entries. */
export function decodeDirectoryPage(data: Uint8Array): DirectoryNode {
  const reader = new ByteReader(data);
  const level = reader.varint();
  const numbers = reader.varint() === 1;
  const count = reader.varint();
  const entries: DirectoryEntry[] = [];
  let previous: DirectoryKey = numbers ? 0 : '';
  for (let i = 0; i < count; i++) {
    const key: DirectoryKey = numbers ? (previous as number) + reader.varint() : reader.frontCoded(previous as string);
    if (i > 0 && !(key > previous)) throw new FormatError(MALFORMED_PAGE);
    entries.push([key, hexOf(reader.raw(8)), reader.varint()]);
    previous = key;
  }
  const packs: PackEntry[] = Array.from({ length: reader.varint() }, () => [reader.varint(), reader.varint(), hexOf(reader.raw(8)), reader.varint()]);
  if (!packsFit(level, packs, count)) throw new FormatError(MALFORMED_PAGE);
  return { level, entries, packs };
}

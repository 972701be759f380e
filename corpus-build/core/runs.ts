/**
 * Sorted runs: where a build puts what does not fit in memory. A run is a sequence of records
 * (byte strings) written once, in order, and read back once, in the same order. The in-memory
 * build (the browser's, and small builds) keeps runs as arrays and never spills; the Node build
 * keeps them in files (corpus-build/node/file-runs.ts) and spills when its memory budget is
 * reached. Both go through the same code, so both write the same index, byte for byte.
 */

/** A run being written. */
export interface RunWriter {
  write(record: Uint8Array): void | Promise<void>;
  /** Ends the run; it can then be read once. */
  close(): Promise<Run>;
}

/** A finished run: its records, in batches (fewer awaits than one per record), in the order written. */
export interface Run {
  readonly records: number;
  read(): AsyncIterable<Uint8Array[]>;
}

/** Where runs are kept, and how much a build may hold in memory before it spills one. */
export interface RunStore {
  /**
   * Estimated bytes of records (or postings) a build step may hold in memory before it writes
   * them out as a sorted run; Infinity: never spill, everything stays in one run.
   */
  readonly spillBytes: number;
  create(): RunWriter;
}

/** Runs kept in memory, never spilled: the build of the browser, and of tests. */
export function memoryRunStore(): RunStore {
  return {
    spillBytes: Infinity,
    create() {
      const records: Uint8Array[] = [];
      return {
        write(record) {
          records.push(record);
        },
        async close() {
          return {
            records: records.length,
            async *read() {
              // handed out in slices, then forgotten: a run is read once
              const BATCH = 4096;
              for (let i = 0; i < records.length; i += BATCH) yield records.slice(i, i + BATCH);
              records.length = 0;
            },
          };
        },
      };
    },
  };
}

import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Run, RunStore, RunWriter } from '../core/runs.js';

/** Bytes a run is written and read in at a time. */
const BLOCK_BYTES = 1 << 20;

/** Default memory budget of a build step before it spills a run: flat whatever the corpus's size. */
export const DEFAULT_SPILL_BYTES = 256 * 1024 * 1024;

/**
 * Sorted runs in files under `dir` (created when the first run is), each record written with
 * its length before it (a varint); a run's file is removed once it has been read. The Node build
 * keeps them in its staging folder, so a failed or killed build leaves nothing behind for long.
 */
export function fileRunStore(dir: string, spillBytes = DEFAULT_SPILL_BYTES): RunStore {
  let made = 0;
  let ready: Promise<unknown> | undefined;
  return {
    spillBytes,
    create(): RunWriter {
      const path = join(dir, `run-${made++}.bin`);
      const opened = (ready ??= mkdir(dir, { recursive: true })).then(() => open(path, 'w'));
      let block = Buffer.allocUnsafe(BLOCK_BYTES);
      let used = 0;
      let records = 0;
      const flush = async () => {
        const handle = await opened;
        let at = 0;
        while (at < used) at += (await handle.write(block, at, used - at)).bytesWritten;
        used = 0;
      };
      return {
        async write(record) {
          const room = record.length + 5;
          if (used + room > block.length) {
            await flush();
            if (room > block.length) block = Buffer.allocUnsafe(room);
          }
          let length = record.length;
          while (length >= 0x80) {
            block[used++] = (length & 0x7f) | 0x80;
            length >>>= 7;
          }
          block[used++] = length;
          block.set(record, used);
          used += record.length;
          records++;
        },
        async close(): Promise<Run> {
          await flush();
          await (await opened).close();
          block = Buffer.alloc(0);
          return { records, read: () => readRun(path) };
        },
      };
    },
  };
}

/** The records of a run file, in batches of one read block; the file is removed once read. */
async function* readRun(path: string): AsyncGenerator<Uint8Array[]> {
  const handle = await open(path, 'r');
  try {
    let carry: Uint8Array = new Uint8Array(0);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, carry.length * 2));
      chunk.set(carry, 0);
      const { bytesRead } = await handle.read(chunk, carry.length, chunk.length - carry.length, null);
      const data = chunk.subarray(0, carry.length + bytesRead);
      const batch: Uint8Array[] = [];
      let at = 0;
      for (;;) {
        // a record: its length as a varint, then its bytes, both in this block
        let length = 0;
        let shift = 0;
        let p = at;
        while (p < data.length && data[p]! & 0x80) length |= (data[p++]! & 0x7f) << shift, (shift += 7);
        if (p >= data.length) break;
        length |= data[p++]! << shift;
        if (p + length > data.length) break;
        batch.push(data.subarray(p, p + length));
        at = p + length;
      }
      carry = data.subarray(at);
      if (batch.length) yield batch;
      if (bytesRead === 0) {
        if (carry.length) throw new Error(`run file ${path} ends inside a record`);
        return;
      }
    }
  } finally {
    await handle.close();
    await rm(path, { force: true });
  }
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** Appends unsigned varints and length-prefixed UTF-8 strings to a growing buffer. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  /** Writes a non-negative integer below 2^53 as a LEB128 varint (7 bits a byte). */
  varint(value: number): this {
    this.reserve(8);
    while (value >= 0x80) {
      this.buffer[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.buffer[this.length++] = value;
    return this;
  }

  /** Writes raw bytes with a varint length before them. */
  bytes(data: Uint8Array): this {
    return this.varint(data.length).raw(data);
  }

  /** Writes bytes as they are, without their length (fixed-size fields: hashes). */
  raw(data: ArrayLike<number>): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** Writes a string as UTF-8 with its byte length before it. */
  string(text: string): this {
    return this.bytes(utf8Encoder.encode(text));
  }

  /**
   * Writes `text` front-coded against `previous` (the string written before it in a sorted run):
   * the number of UTF-16 units they share, then the rest. A surrogate pair is never split.
   */
  frontCoded(text: string, previous: string): this {
    let shared = 0;
    const max = Math.min(previous.length, text.length);
    while (shared < max && previous.charCodeAt(shared) === text.charCodeAt(shared)) shared++;
    const next = text.charCodeAt(shared);
    if (shared > 0 && shared < text.length && next >= 0xdc00 && next <= 0xdfff) shared--;
    return this.varint(shared).string(text.slice(shared));
  }

  /** Writes a 64-bit float (used for average field lengths). */
  float64(value: number): this {
    this.reserve(8);
    new DataView(this.buffer.buffer, this.buffer.byteOffset).setFloat64(this.length, value, true);
    this.length += 8;
    return this;
  }

  get size(): number {
    return this.length;
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Thrown when encoded data ends early or holds impossible values. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** Reads what {@link ByteWriter} wrote, checking bounds so corrupt data fails with a clear error. */
export class ByteReader {
  position = 0;

  constructor(readonly data: Uint8Array) {}

  get done(): boolean {
    return this.position >= this.data.length;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.position >= this.data.length) throw new FormatError('data ends inside a number');
      const byte = this.data[this.position++]!;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 0x80;
    }
    throw new FormatError('number too long');
  }

  bytes(): Uint8Array {
    return this.raw(this.varint());
  }

  /** Reads `count` bytes written by {@link ByteWriter.raw} (a view, not a copy). */
  raw(count: number): Uint8Array {
    const end = this.position + count;
    if (end > this.data.length) throw new FormatError('data ends inside a field');
    const out = this.data.subarray(this.position, end);
    this.position = end;
    return out;
  }

  string(): string {
    return utf8Decoder.decode(this.bytes());
  }

  /** Reads a string written by {@link ByteWriter.frontCoded} after `previous`. */
  frontCoded(previous: string): string {
    const shared = this.varint();
    if (shared > previous.length) throw new FormatError('term shares more than the previous term has');
    return previous.slice(0, shared) + this.string();
  }

  float64(): number {
    if (this.position + 8 > this.data.length) throw new FormatError('data ends inside a number');
    const value = new DataView(this.data.buffer, this.data.byteOffset).getFloat64(this.position, true);
    this.position += 8;
    return value;
  }

  /** Skips `count` bytes. */
  skip(count: number): void {
    if (this.position + count > this.data.length) throw new FormatError('data ends early');
    this.position += count;
  }
}

/** The parts one after another in one array (one copy; a single part is returned as it is). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The 8 bytes of a file hash written in 16 hex digits (see IndexFile). */
export function hashBytes(hash: string): Uint8Array {
  return Uint8Array.from({ length: 8 }, (_, i) => Number.parseInt(hash.slice(2 * i, 2 * i + 2), 16));
}

/** Bytes in hex, two digits each. */
export function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

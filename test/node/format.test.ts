import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  encodeTermChunk, TermChunk, encodeHeadChunk, decodeHeadChunk, encodeTextChunk, decodeTextChunk, encodeMeta, decodeMeta,
  quantizeLength, lengthOfCode, validateManifest, FormatError, ManifestError, FORMAT_VERSION,
  encodeEndsChunk, decodeEndsChunk, reverseTerm,
} from '../../src/format/index.js';
import { ANALYZER_VERSION } from '../../src/analyzer/index.js';

describe('term chunks', () => {
  it('round-trip front-coded terms and postings, frequencies above one and lead flags included', () => {
    const lead = (...flags: number[]) => Uint8Array.from(flags);
    const terms: Array<[string, Parameters<typeof encodeTermChunk>[0][number][1]]> = [
      ['مستشف', [{ docs: [0, 5, 300], freqs: [1, 4, 1], lead: lead(0, 0, 0) }, { docs: [7], freqs: [2], lead: lead(1) }]],
      ['مستشفيات', [undefined, { docs: [1, 2], freqs: [1, 1], lead: lead(1, 0) }]],
      ['news', [{ docs: [9], freqs: [1], lead: lead(0) }, undefined]],
      ['😀x', [{ docs: [100000], freqs: [70000], lead: lead(1) }, undefined]],
    ];
    terms.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const chunk = new TermChunk(encodeTermChunk(terms, 2));
    assert.deepEqual(chunk.terms, terms.map(([t]) => t));
    terms.forEach(([, postings], i) => {
      const decoded = chunk.postings(i);
      for (let f = 0; f < 2; f++) assert.deepEqual(decoded[f], postings[f]);
    });
  });

  it('read postings given without lead flags as outside the lead', () => {
    const chunk = new TermChunk(encodeTermChunk([['abc', [{ docs: [1, 4], freqs: [1, 3] }]]], 1));
    assert.deepEqual(chunk.postings(0)[0], { docs: [1, 4], freqs: [1, 3], lead: Uint8Array.from([0, 0]) });
  });

  it('reject truncated data with a FormatError', () => {
    const data = encodeTermChunk([['abc', [{ docs: [1, 2, 3], freqs: [1, 1, 1] }]]], 1);
    assert.throws(() => new TermChunk(data.subarray(0, data.length - 2)), FormatError);
  });
});

describe('document chunks', () => {
  it('round-trip heads, optional fields absent stay absent', () => {
    const heads = [
      { id: 'a', title: 'عنوان', lang: 'ar', url: '/a', date: '2025-01-01', source: 'S' },
      { id: 'b', title: 'Title', lang: 'en' },
    ];
    assert.deepEqual(decodeHeadChunk(encodeHeadChunk(heads)), heads);
  });
  it('round-trip texts, empty ones included', () => {
    const texts = ['نصّ\n\nفقرة', '', 'Body 😀'];
    assert.deepEqual(decodeTextChunk(encodeTextChunk(texts)), texts);
  });
});

describe('word-ends chunk', () => {
  it('round-trips reversed terms, surrogate pairs whole', () => {
    const terms = ['مفاوضات', 'سفراء', 'negotiations', 'x😀y', 'x😁y', 'قطر'].map(reverseTerm).sort();
    assert.deepEqual(decodeEndsChunk(encodeEndsChunk(terms)), terms);
    assert.equal(reverseTerm('a😀b'), 'b😀a');
  });
});

describe('meta', () => {
  it('round-trips and checks its lengths agree', () => {
    const meta = {
      documentCount: 2, fields: ['title', 'body'], averageFieldLength: [3.5, 120.25],
      fieldLengthCodes: Uint8Array.from([3, 100, 4, 90]), languages: ['ar', 'en'], docLanguage: Uint8Array.from([0, 1]),
      termChunkStarts: ['', 'م'], endsChunkStarts: ['', 'ت'], soundChunkStarts: ['DR\t0درعا'], headChunkStarts: [0], textChunkStarts: [0, 1],
    };
    assert.deepEqual(decodeMeta(encodeMeta(meta)), meta);
    assert.throws(() => decodeMeta(encodeMeta({ ...meta, docLanguage: Uint8Array.from([0]) })), FormatError);
  });

  it('quantizes field lengths within 2% and exactly below 25', () => {
    for (let n = 0; n < 25; n++) assert.equal(lengthOfCode(quantizeLength(n)), n);
    for (const n of [25, 60, 333, 1400, 9000]) {
      const back = lengthOfCode(quantizeLength(n));
      assert.ok(Math.abs(back - n) / n <= 0.02, `${n} came back as ${back}`);
    }
  });
});

describe('manifest validation', () => {
  const good = {
    format: FORMAT_VERSION, analyzer: ANALYZER_VERSION, generator: 'bahth test', minisearch: '7.2.0', documents: 1,
    languages: { en: 1 }, options: {},
    files: { meta: ['0123456789abcdef', 10], terms: [], ends: [], sounds: [], heads: [], texts: [] },
  };
  it('accepts a manifest of this format and analyzer', () => {
    assert.equal(validateManifest(good, ANALYZER_VERSION).documents, 1);
  });
  it('calls another format or analyzer incompatible, and a broken shape corrupt', () => {
    const kind = (value: unknown) => {
      try {
        validateManifest(value, ANALYZER_VERSION);
        return 'valid';
      } catch (error) {
        assert.ok(error instanceof ManifestError);
        return error.kind;
      }
    };
    assert.equal(kind({ ...good, format: 999 }), 'incompatible');
    assert.equal(kind({ ...good, analyzer: ANALYZER_VERSION + 1 }), 'incompatible');
    assert.equal(kind({ ...good, files: undefined }), 'corrupt');
    assert.equal(kind({ ...good, files: { ...good.files, meta: ['../etc/passwd', 1] } }), 'corrupt');
    assert.equal(kind({ ...good, files: { ...good.files, ends: undefined } }), 'corrupt');
    assert.equal(kind([1, 2]), 'corrupt');
    // preload packs: runs of existing head, term or word-ends chunks
    const withChunks = { ...good.files, heads: [['0123456789abcdef', 5], ['1123456789abcdef', 7]] };
    const packed = (pack: unknown[]) => ({ ...good, files: { ...withChunks, packs: [pack] } });
    assert.equal(kind(packed(['heads', 0, 2, '2123456789abcdef', 12])), 'valid');
    assert.equal(kind(packed(['heads', 1, 2, '2123456789abcdef', 12])), 'corrupt');
    assert.equal(kind(packed(['texts', 0, 1, '2123456789abcdef', 5])), 'corrupt');
    assert.equal(kind(packed(['meta', 0, 1, '2123456789abcdef', 5])), 'corrupt');
    assert.equal(kind(packed(['heads', 0, 0, '2123456789abcdef', 0])), 'corrupt');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  encodeTermChunk, TermChunk, encodeHeadChunk, decodeHeadChunk, encodeTextChunk, decodeTextChunk, encodeDirectoryPage, decodeDirectoryPage,
  quantizeLength, lengthOfCode, validateManifest, FormatError, ManifestError, FORMAT_VERSION,
  encodeEndsChunk, decodeEndsChunk, reverseTerm, HeadChunkView, type DirectoryNode,
} from '../../src/format/index.js';
import { ANALYZER_VERSION } from '../../src/analyzer/index.js';

describe('term chunks', () => {
  it('round-trip front-coded terms and postings, frequencies above one, lead flags and field lengths included', () => {
    const lead = (...flags: number[]) => Uint8Array.from(flags);
    // the second field's postings carry no lengths (documents are numbered by its length)
    const terms: Array<[string, Parameters<typeof encodeTermChunk>[0][number][1]]> = [
      ['مستشف', [{ docs: [0, 5, 300], freqs: [1, 4, 1], lead: lead(0, 0, 0), lengths: [12, 130, 255] }, { docs: [7], freqs: [2], lead: lead(1) }]],
      ['مستشفيات', [undefined, { docs: [1, 2], freqs: [1, 1], lead: lead(1, 0) }]],
      ['news', [{ docs: [9], freqs: [1], lead: lead(0), lengths: [3] }, undefined]],
      ['😀x', [{ docs: [100000], freqs: [70000], lead: lead(1), lengths: [200] }, undefined]],
    ];
    terms.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const chunk = new TermChunk(encodeTermChunk(terms, [true, false]));
    assert.deepEqual(chunk.terms.slice(), terms.map(([t]) => t));
    terms.forEach(([, postings], i) => {
      const decoded = chunk.postings(i);
      const lengths = decoded[0]?.lengths;
      assert.deepEqual(decoded[0] && { ...decoded[0], lengths: lengths && Array.from(lengths) }, postings[0]);
      assert.deepEqual(decoded[1], postings[1]);
    });
  });

  it('read postings given without lead flags as outside the lead', () => {
    const chunk = new TermChunk(encodeTermChunk([['abc', [{ docs: [1, 4], freqs: [1, 3] }]]], [false]));
    assert.deepEqual(chunk.postings(0)[0], { docs: [1, 4], freqs: [1, 3], lead: Uint8Array.from([0, 0]) });
  });

  it('reject truncated data with a FormatError', () => {
    const data = encodeTermChunk([['abc', [{ docs: [1, 2, 3], freqs: [1, 1, 1], lengths: [4, 5, 6] }]]], [true]);
    assert.throws(() => new TermChunk(data.subarray(0, data.length - 2)), FormatError);
  });
});

describe('document chunks', () => {
  it('round-trip heads, optional fields absent stay absent, with the text chunks that hold their texts', () => {
    const chunk = {
      texts: [[40, '0123456789abcdef', 900], [42, 'fedcba9876543210', 12000]] as Array<[number, string, number]>,
      heads: [
        { id: 'a', title: 'عنوان', lang: 'ar', url: '/a', date: '2025-01-01', source: 'S' },
        { id: 'b', title: 'Title', lang: 'en' },
      ],
    };
    assert.deepEqual(decodeHeadChunk(encodeHeadChunk(chunk)), chunk);
    const view = new HeadChunkView(encodeHeadChunk(chunk));
    assert.deepEqual([view.texts, view.length, view.head(1), view.head(0), view.head(2), view.head(-1)], [chunk.texts, 2, chunk.heads[1], chunk.heads[0], undefined, undefined]);
  });
  it('read as results need them check their layout when made: one cut short is refused at once', () => {
    const data = encodeHeadChunk({ texts: [[0, '0123456789abcdef', 900]], heads: [{ id: 'a', title: 'عنوان', lang: 'ar' }, { id: 'b', title: 'Title', lang: 'en' }] });
    assert.throws(() => new HeadChunkView(data.subarray(0, data.length - 3)), FormatError);
  });
  it('round-trip texts, empty ones included', () => {
    const texts = ['نصّ\n\nفقرة', '', 'Body 😀'];
    assert.deepEqual(decodeTextChunk(encodeTextChunk(texts)), texts);
  });
});

describe('sorted strings (one string and offsets), as a word-ends chunk decodes them', () => {
  const items = ['', 'a', 'ab', 'abc', 'b', 'x😀y', 'x😁', 'ال', 'الحكومة', 'الحكومي', 'الم', 'وزير'].sort();
  const run = decodeEndsChunk(encodeEndsChunk(items));
  it('hold the items in order', () => {
    assert.deepEqual([run.length, run.slice(), run.slice(2, 5), run.at(items.length), run.at(-1)], [items.length, items, items.slice(2, 5), undefined, undefined]);
  });
  it('find an item, where a key would go, and the run of items starting with a prefix, as an array compares them', () => {
    for (const key of [...items, 'aa', 'abd', 'x😀', 'x😀z', 'الح', 'الحكوم', 'ي', '\uffff', 'zzz']) {
      assert.equal(run.indexOf(key), items.indexOf(key), key);
      const lower = items.findIndex((item) => !(item < key));
      assert.equal(run.lowerBound(key), lower < 0 ? items.length : lower, key);
      const starting = items.flatMap((item, i) => (item.startsWith(key) ? [i] : []));
      assert.deepEqual(run.prefixRun(key), starting.length ? [starting[0], starting.at(-1)! + 1] : [run.lowerBound(key), run.lowerBound(key)], key);
    }
  });
});

describe('word-ends chunk', () => {
  it('round-trips reversed terms, surrogate pairs whole', () => {
    const terms = ['مفاوضات', 'سفراء', 'negotiations', 'x😀y', 'x😁y', 'قطر'].map(reverseTerm).sort();
    assert.deepEqual(decodeEndsChunk(encodeEndsChunk(terms)).slice(), terms);
    assert.equal(reverseTerm('a😀b'), 'b😀a');
  });
});

describe('field lengths', () => {
  it('quantizes field lengths within 2% and exactly below 25', () => {
    for (let n = 0; n < 25; n++) assert.equal(lengthOfCode(quantizeLength(n)), n);
    for (const n of [25, 60, 333, 1400, 9000]) {
      const back = lengthOfCode(quantizeLength(n));
      assert.ok(Math.abs(back - n) / n <= 0.02, `${n} came back as ${back}`);
    }
  });
});

describe('directory pages', () => {
  it('round-trip string and number keys, hashes and packs', () => {
    const leaf: DirectoryNode = {
      level: 0,
      entries: [['', '0123456789abcdef', 15000], ['ال', '1123456789abcdef', 9000], ['الم', 'a123456789abcdef', 1], ['😀', 'ffffffffffffffff', 7]],
      packs: [[0, 2, '2123456789abcdef', 24000], [2, 2, '3123456789abcdef', 8]],
    };
    assert.deepEqual(decodeDirectoryPage(encodeDirectoryPage(leaf)), leaf);
    const above: DirectoryNode = { level: 2, entries: [[0, '0123456789abcdef', 300], [128, '1123456789abcdef', 310], [70000, '2123456789abcdef', 1]], packs: [] };
    assert.deepEqual(decodeDirectoryPage(encodeDirectoryPage(above)), above);
  });

  it('refuse keys out of order, a pack outside the page, truncated data', () => {
    const leaf: DirectoryNode = { level: 0, entries: [['b', '0123456789abcdef', 1], ['a', '1123456789abcdef', 1]], packs: [] };
    assert.throws(() => decodeDirectoryPage(encodeDirectoryPage(leaf)), FormatError);
    const packed: DirectoryNode = { level: 0, entries: [['a', '0123456789abcdef', 1]], packs: [[0, 2, '2123456789abcdef', 2]] };
    assert.throws(() => decodeDirectoryPage(encodeDirectoryPage(packed)), FormatError);
    const data = encodeDirectoryPage({ level: 0, entries: [['a', '0123456789abcdef', 1]], packs: [] });
    assert.throws(() => decodeDirectoryPage(data.subarray(0, data.length - 3)), FormatError);
  });
});

describe('manifest validation', () => {
  const root = (key: string | number) => ({ level: 0, entries: [[key, '0123456789abcdef', 10]], packs: [], chunks: 1 });
  const good = {
    format: FORMAT_VERSION, analyzer: ANALYZER_VERSION, generator: 'bahth test', minisearch: '7.2.0', documents: 1, size: 30,
    languages: [['en', 1]], fields: [['title', 5], ['body', 120.5]], lengths: { field: 1, runs: [[140, 1]] }, options: {},
    directories: { terms: root(''), ends: root(''), heads: root(0), sounds: root('') },
  };
  const kind = (value: unknown) => {
    try {
      validateManifest(value, ANALYZER_VERSION);
      return 'valid';
    } catch (error) {
      assert.ok(error instanceof ManifestError);
      return error.kind;
    }
  };

  it('accepts a manifest of this format and analyzer', () => {
    assert.equal(validateManifest(good, ANALYZER_VERSION).documents, 1);
  });

  it('refuses an index of an earlier format (a manifest listing every chunk, with a meta file) as incompatible, asking for a rebuild', () => {
    const files = { meta: ['0123456789abcdef', 10], terms: [['1123456789abcdef', 20]], ends: [], heads: [['2123456789abcdef', 5]], texts: [['3123456789abcdef', 9]], packs: [] };
    const formatThree = { format: 3, analyzer: ANALYZER_VERSION, generator: 'bahth 0.1.0', minisearch: '7.2.0', documents: 1, languages: { en: 1 }, options: {}, files };
    // format 4 as main had it before the directories came: format 3 with a sound table and lead bits in the postings
    const formatFour = { ...formatThree, format: 4, files: { ...files, sounds: [['4123456789abcdef', 7]] } };
    for (const old of [formatThree, formatFour]) {
      assert.throws(() => validateManifest(old, ANALYZER_VERSION), (error: unknown) =>
        error instanceof ManifestError && error.kind === 'incompatible' && new RegExp(`format ${old.format}.*reads format ${FORMAT_VERSION}.*rebuild it`).test(error.message));
    }
  });

  it('calls another format or analyzer incompatible, and a broken shape corrupt', () => {
    assert.equal(kind({ ...good, format: 999 }), 'incompatible');
    assert.equal(kind({ ...good, analyzer: ANALYZER_VERSION + 1 }), 'incompatible');
    assert.equal(kind({ ...good, directories: undefined }), 'corrupt');
    assert.equal(kind({ ...good, directories: { ...good.directories, ends: undefined } }), 'corrupt');
    assert.equal(kind({ ...good, directories: { ...good.directories, sounds: undefined } }), 'corrupt');
    assert.equal(kind({ ...good, directories: { ...good.directories, heads: root('0') } }), 'corrupt', 'head chunks are found by number');
    assert.equal(kind({ ...good, directories: { ...good.directories, terms: { ...root(''), entries: [['', '../etc/passwd', 1]] } } }), 'corrupt');
    assert.equal(kind({ ...good, directories: { ...good.directories, terms: { ...root(''), entries: [['b', '0123456789abcdef', 1], ['a', '1123456789abcdef', 1]] } } }), 'corrupt');
    assert.equal(kind({ ...good, languages: [['en', 2]] }), 'corrupt', 'the languages add up to the documents');
    assert.equal(kind({ ...good, fields: [] }), 'corrupt');
    assert.equal(kind({ ...good, lengths: { field: 1, runs: [[140, 2]] } }), 'corrupt', 'the length runs add up to the documents');
    assert.equal(kind({ ...good, lengths: { field: 1, runs: [[256, 1]] } }), 'corrupt', 'a length code is a byte');
    assert.equal(kind([1, 2]), 'corrupt');
    // preload packs: runs of the listed chunks, at the leaves only
    const packed = (pack: unknown[], level = 0) => ({ ...good, directories: { ...good.directories, heads: { ...root(0), level, packs: [pack] } } });
    assert.equal(kind(packed([0, 1, '2123456789abcdef', 10])), 'valid');
    assert.equal(kind(packed([0, 2, '2123456789abcdef', 10])), 'corrupt');
    assert.equal(kind(packed([0, 0, '2123456789abcdef', 0])), 'corrupt');
    assert.equal(kind(packed([0, 1, '2123456789abcdef', 10], 1)), 'corrupt');
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBaseUrl, siteUrlOf } from '../../corpus-build/core/site-url.js';

describe('siteUrlOf: the URL a file is served at', () => {
  it('serves an index.html as its folder and other HTML files as themselves', () => {
    assert.equal(siteUrlOf('news/a/index.html'), '/news/a/');
    assert.equal(siteUrlOf('index.html'), '/');
    assert.equal(siteUrlOf('en/about.html'), '/en/about.html');
    assert.equal(siteUrlOf('en/old.htm'), '/en/old.htm');
    assert.equal(siteUrlOf('en/index.htm'), '/en/index.htm', 'only index.html stands for its folder');
  });

  it('serves Markdown as Hugo, Eleventy and Astro render it: a folder per page, index.md and _index.md as their folder', () => {
    assert.equal(siteUrlOf('posts/hello.md'), '/posts/hello/');
    assert.equal(siteUrlOf('posts/hello.markdown'), '/posts/hello/');
    assert.equal(siteUrlOf('posts/index.md'), '/posts/');
    assert.equal(siteUrlOf('posts/_index.md'), '/posts/');
    assert.equal(siteUrlOf('index.md'), '/');
    assert.equal(siteUrlOf('posts/2024-05-01-cranes.md', '/', 'cranes'), '/posts/cranes/', 'a front matter slug names the page');
  });

  it('serves plain text as the file itself, and gives records none', () => {
    assert.equal(siteUrlOf('notes/a.txt'), '/notes/a.txt');
    assert.equal(siteUrlOf('data/posts.jsonl'), undefined);
    assert.equal(siteUrlOf('data/posts.json'), undefined);
  });

  it('percent-encodes each part of the path: Arabic names, spaces, # and ?', () => {
    assert.equal(siteUrlOf('ar/أخبار/index.html'), '/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/');
    assert.equal(new URL(siteUrlOf('ar/أخبار/index.html')!, 'https://example.org').pathname, '/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/', 'as a browser writes it');
    assert.equal(siteUrlOf('my notes/a #1?.html'), '/my%20notes/a%20%231%3F.html');
  });

  it('puts the base URL before the path', () => {
    assert.equal(siteUrlOf('news/a/index.html', '/blog/'), '/blog/news/a/');
    assert.equal(siteUrlOf('index.html', 'https://example.org/blog/'), 'https://example.org/blog/');
    assert.equal(siteUrlOf('posts/hello.md', 'https://example.org/'), 'https://example.org/posts/hello/');
  });
});

describe('parseBaseUrl', () => {
  it('takes a path or an http(s) URL, always ending with a slash', () => {
    assert.equal(parseBaseUrl('/blog/'), '/blog/');
    assert.equal(parseBaseUrl('/blog'), '/blog/');
    assert.equal(parseBaseUrl('/'), '/');
    assert.equal(parseBaseUrl('https://example.org/blog'), 'https://example.org/blog/');
    assert.equal(parseBaseUrl('https://example.org'), 'https://example.org/');
    assert.equal(parseBaseUrl('HTTP://Example.org/Docs/'), 'http://example.org/Docs/');
    assert.equal(parseBaseUrl('/مدونة/'), '/%D9%85%D8%AF%D9%88%D9%86%D8%A9/');
  });

  it('refuses what cannot be put before a path: relative paths, other schemes, protocol-relative URLs, queries, fragments', () => {
    for (const bad of ['blog/', 'blog', '', './blog/', 'ftp://example.org/', 'javascript:alert(1)//', '//cdn.example.org/', '/blog/?v=1', '/blog/#top']) {
      assert.equal(parseBaseUrl(bad), undefined, bad);
    }
  });
});

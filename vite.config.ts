import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the CSS of the component's `css` tagged templates (comments, indentation, spaces
 * around punctuation, the zero of `0.5em`), which the JavaScript minifier leaves as written:
 * every visitor pays for those bytes. Only runs of whitespace, whitespace around `{ } ; ,` and
 * after `:` are touched, so descendant combinators (`.a :focus`), `calc()` operators keep their
 * spaces; a leading zero goes only after a space, `:`, `(`, `,` or `-`, never from `10.5em`.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'bahth-minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_, text: string) => `css\`${text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/([\s:(,-])0\.(\d)/g, '$1.$2')
        .replace(/;}/g, '}')
        .trim()}\``);
      // only the inside of a CSS template changes: nothing worth mapping
      return { code: minified, map: { mappings: '' } };
    },
  };
}

// One config, two library builds: `vite build` writes the ES modules (lit left to the host's
// bundler), `vite build --mode iife` the single classic script with everything in.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: [minifyCssTemplates()],
    // the classic script imports the engine's deferred part from a file beside it (bahth.deferred.js)
    // and an index with split postings their reader from another (bahth.split.js)
    resolve: iife ? { alias: [
      { find: /^\.\/load-deferred\.js$/, replacement: fileURLToPath(new URL('src/search/load-deferred.iife.ts', import.meta.url)) },
      { find: /^\.\/load-split\.js$/, replacement: fileURLToPath(new URL('src/search/load-split.iife.ts', import.meta.url)) },
    ] } : {},
    // the classic script only ever runs in a page: its Node-only code (reading an index from disk) goes
    define: iife ? { 'typeof process': JSON.stringify('undefined') } : {},
    build: {
      target: 'es2022',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      lib: {
        // two entries, `bahth` (the element and the engine) and `bahth/search` (the engine alone),
        // share the engine's chunk (engine.js): a host importing both gets one copy of it
        entry: iife ? 'src/iife.ts' : { bahth: 'src/index.ts', search: 'src/engine.ts' },
        name: 'bahthBundle',
        formats: [iife ? 'iife' : 'es'],
        fileName: (_format, entry) => (iife ? 'bahth.iife.js' : `${entry}.js`),
      },
      rolldownOptions: {
        external: iife ? [] : [/^lit($|\/)/, /^@lit\//],
        output: { chunkFileNames: '[name].js' },
      },
    },
  };
});

import { dts } from 'rollup-plugin-dts';

const external = [/^lit($|\/)/, /^@lit\//, /^minisearch($|\/)/, /^node:/, 'tinyglobby', 'htmlparser2', 'yaml'];

// One declaration file per entry point, bundled from tsc's output; bahth.d.ts takes the
// engine's declarations from search.d.ts, as bahth.js and search.js share engine.js.
export default [
  {
    input: { bahth: 'build/types/src/index.d.ts', search: 'build/types/src/engine.d.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: '[name].d.ts' },
    plugins: [dts()],
    external,
  },
  { input: 'build/types/corpus-build/index.d.ts', output: { file: 'dist/build.d.ts', format: 'es' }, plugins: [dts()], external },
];

import { dts } from 'rollup-plugin-dts';

const external = [/^lit($|\/)/, /^@lit\//, /^minisearch($|\/)/, /^node:/, 'tinyglobby', 'htmlparser2', 'yaml'];

// One declaration file per entry point, bundled from tsc's output.
export default [
  { input: 'build/types/src/index.d.ts', output: { file: 'dist/bahth.d.ts', format: 'es' }, plugins: [dts()], external },
  { input: 'build/types/corpus-build/index.d.ts', output: { file: 'dist/build.d.ts', format: 'es' }, plugins: [dts()], external },
];

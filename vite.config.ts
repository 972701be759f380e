import { defineConfig } from 'vite';

// One config, two library builds: `vite build` writes the ESM module (lit and minisearch left
// to the host's bundler), `vite build --mode iife` the single classic script with everything in.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    publicDir: false,
    build: {
      target: 'es2022',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      lib: {
        entry: iife ? 'src/iife.ts' : 'src/index.ts',
        name: 'bahthBundle',
        formats: [iife ? 'iife' : 'es'],
        fileName: () => (iife ? 'bahth.iife.js' : 'bahth.js'),
      },
      rolldownOptions: {
        external: iife ? [] : [/^lit($|\/)/, /^@lit\//, /^minisearch($|\/)/],
      },
    },
  };
});

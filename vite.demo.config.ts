import { defineConfig } from 'vite';

// The demo site: `npm start` serves it, `npm run build:demo` writes a static folder (dist-demo/)
// deployable as is. Its index is built into demo/public/index/ from demo/corpus/.
export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: 'public',
  server: { host: '127.0.0.1', port: 5173 },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});

/** Vite build of the web app: sources in src/web, output in dist/web (served by the API process). */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressAssets } from './scripts/compress-assets.ts';

const api = 'http://localhost:3000';

export default defineConfig({
  root: 'src/web',
  plugins: [react(), compressAssets()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/docs': { target: api, changeOrigin: false },
    },
  },
});

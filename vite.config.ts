import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { basePath } from './scripts/basePath.ts';
import { flowsPlugin } from './scripts/flowsPlugin.ts';
import { hostingPlugin } from './scripts/hostingPlugin.ts';

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    flowsPlugin({ dir: process.env.FLOWS_DIR }),
    hostingPlugin(),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 700,
    // Everything every page needs in one chunk: left to itself the bundler splits the code the entry shares with
    // lazy routes into many small chunks, and each costs a deep link its own request and compression overhead.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
});

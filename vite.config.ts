import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { flowsPlugin } from './scripts/flowsPlugin.ts';

function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

export default defineConfig({
  base: basePath(),
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    flowsPlugin({ dir: process.env.FLOWS_DIR }),
  ],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', manifest: true, chunkSizeWarningLimit: 700 },
});

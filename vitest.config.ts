import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // DOM only where a test renders (a `@vitest-environment jsdom` line at the top of those files): starting jsdom for
    // every file cost the run about a minute.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetPlayerStore } from '../player/playerStore';

afterEach(() => {
  cleanup();
  resetPlayerStore();
});

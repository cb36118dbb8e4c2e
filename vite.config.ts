/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { framePolicyPlugin } from './src/build/frame-policy-plugin.ts';
import { pwaOptions } from './src/build/pwa-options.ts';
import { stripMockWorkerPlugin } from './src/build/strip-mock-worker-plugin.ts';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    framePolicyPlugin(),
    stripMockWorkerPlugin(mode),
    VitePWA(pwaOptions(mode)),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    // Vitest would otherwise load react-router/dom as CommonJS and get a
    // second router context (see shared STACK.md, trap 2).
    ...(process.env.VITEST
      ? { conditions: ['module-sync', 'node', 'development|production'] }
      : {}),
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15000,
  },
}));

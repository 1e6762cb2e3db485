import path from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Keystatic's field parsers and serializers run only in its browser build (its Node build stubs
// them out), so the editor's round-trip test loads that build, the one the editor runs.
const keystatic = path.join(import.meta.dirname, 'node_modules/@keystatic/core/dist')

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@keystatic\/core$/, replacement: `${keystatic}/keystatic-core.js` },
      { find: /^@keystatic\/core\/content-components$/, replacement: `${keystatic}/keystatic-core-content-components.js` },
      { find: '@', replacement: import.meta.dirname },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Many tests check the whole content (30 pages in two languages) several times; on a shared
    // 2-core machine under load one such test took over vitest's default 5 s. A limit, not a timing.
    testTimeout: 30_000,
    server: { deps: { inline: [/@keystatic\//] } },
  },
})

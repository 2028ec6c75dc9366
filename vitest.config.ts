import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that start the real server or run drizzle-kit spawn processes: give them time.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})

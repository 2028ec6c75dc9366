// The types of grow.mjs, for the tests that grow a store of their own.
export function grow(file: string, options?: { seed?: number; rounds?: number; statements?: number; proposals?: number; quiet?: boolean }): void

// ESLint: neostandard (the maintained successor of `standard`), TypeScript included. Its style
// is this code's style (no semicolons, single quotes, two spaces); the rules set below are the
// few places where the code has one consistent way of its own.
import neostandard from 'neostandard'

export default [
  ...neostandard({
    ts: true,
    ignores: ['dist/**', 'coverage/**', 'data/**', '.cache/**', 'src/client/openapi-types.ts']
  }),
  {
    rules: {
      // Named functions are written `function name()`, without standard's space before the
      // parenthesis (every one of them); anonymous functions and async arrows keep it.
      '@stylistic/space-before-function-paren': ['error', { anonymous: 'always', named: 'never', asyncArrow: 'always' }],
      // `() => void promise()` marks a promise that is deliberately not awaited (a timer's or
      // a signal's callback); it is the idiom, not a mistake.
      'no-void': 'off'
    }
  },
  {
    files: ['**/*.ts'],
    rules: {
      // A zod schema and the type inferred from it share a name (`const Round = z.object(…)`,
      // `type Round = z.infer<typeof Round>`), which TypeScript allows; the compiler already
      // refuses a real redeclaration.
      '@typescript-eslint/no-redeclare': 'off'
    }
  }
]

/**
 * The page allow-list (lib/content/mdx-allow-list.ts) inside the MDX compile that `next build` runs, so
 * the build refuses a page that holds code by itself, even without the content check, and before
 * any of that code could run: the page stops at compiling, and what it holds is never executed.
 *
 * Named by its path in next.config.mjs, because Turbopack takes plugins as strings. It is plain
 * JavaScript because the compile loads it with Node's own loader; the rule stays one TypeScript
 * module, loaded here through tsx (a dependency already: the build's scripts run on it).
 */
import { tsImport } from 'tsx/esm/api'

/** @type {Promise<typeof import('./mdx-allow-list.ts')> | undefined} */
let rule

export default function remarkAllowList() {
  return async (/** @type {import('mdast').Root} */ tree, /** @type {import('vfile').VFile} */ file) => {
    rule ??= tsImport('./mdx-allow-list.ts', import.meta.url)
    const problems = (await rule).allowListProblems(tree)
    if (problems.length === 0) return
    const lines = problems.map((p) => `  line ${p.line ?? '?'}: ${p.message}\n    What to do: ${p.hint}`)
    // Every problem in one message, as the content check lists them, then stop the compile.
    file.fail(
      `This page holds something pages cannot contain, so it was not built (nothing in it was run).\n${lines.join('\n')}\nRun npm run content:check to see every problem of every page.`,
      problems[0].line ? { line: problems[0].line, column: problems[0].column ?? 1 } : undefined,
      'anuvia:allow-list',
    )
  }
}

/** Content problems: each names the file, the line or field, what is wrong and what to do. */
import { withoutStack } from '@/lib/base/yaml-data'

export interface ContentProblem {
  /** Relative to the repository, like "content/en/faq.mdx". */
  file: string
  line?: number
  column?: number
  /** The frontmatter field or other thing at fault, when there is one. */
  field?: string
  /** What is wrong, in plain words. */
  message: string
  /** What to do about it. */
  hint?: string
  severity: 'error' | 'warning'
  /**
   * A warning that stays a warning under --strict: something staff should see that must not stop
   * the site from being built, such as a page that waits for a clinician's review.
   */
  staysWarning?: true
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.line ? (p.column ?? 1) : undefined].filter((x) => x !== undefined).join(':')
  const what = `${where} ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message}`
  return p.hint ? `${what}\n    What to do: ${p.hint}` : what
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content problem(s) found. Fix these, then build again:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'ContentError'
    withoutStack(this)
  }
}

/**
 * The page allow-list (lib/content/mdx-allow-list.ts): Markdown and the site's own components with plain
 * values, nothing else. The same rule stops `next build` by itself; here every problem of every
 * page is reported at once, with its line.
 */
import { allowListProblems } from '@/lib/content/mdx-allow-list'
import type { Finding, PageCheck } from '@/lib/content-check/types'

export const checkAllowList: PageCheck = ({ tree }) => allowListProblems(tree).map((problem): Finding => ({ ...problem, severity: 'error' }))

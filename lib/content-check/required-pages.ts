/** Pages the site cannot do without: the home page, the menu's and footer's, every program's. */
import { contentFileForRoute } from '@/lib/base/addresses'
import type { ContentProblem } from '@/lib/content'
import { facts } from '@/lib/facts'
import { FOOTER_ROUTES, MAIN_NAV_ROUTES } from '@/lib/base/site'
import type { CheckContext } from '@/lib/content-check/types'

export function checkRequiredPages({ byRoute }: CheckContext, displayDir: string): ContentProblem[] {
  const required = ['/', ...MAIN_NAV_ROUTES, ...FOOTER_ROUTES, ...facts.programs.map((p) => p.href)]
  return required
    .filter((route) => !byRoute.has(route))
    .map((route) => ({
      file: `${displayDir}/${contentFileForRoute(route)}`,
      message: `The page for ${route} is missing. The menu, footer or program facts link to it.`,
      hint: 'Add this file (copy a similar page to start), or ask a developer to change the menu or the program facts.',
      severity: 'error' as const,
    }))
}

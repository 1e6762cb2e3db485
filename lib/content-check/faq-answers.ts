/** The FAQ's questions and answers become search data (lib/content/faq.ts): each must be readable. */
import { ContentError } from '@/lib/content'
import { faqEntries } from '@/lib/content/faq'
import { FAQ_ROUTE } from '@/lib/base/site'
import type { Finding, PageSource } from '@/lib/content-check/types'

export function checkFaqAnswers(entry: PageSource): Finding[] {
  if (!entry.page || entry.page.englishRoute !== FAQ_ROUTE) return []
  try {
    faqEntries(entry.page)
    return []
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
}

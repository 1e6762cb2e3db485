import type { Locale } from '@/lib/base/addresses'
import { en } from '@/lib/languages/phrases/en'
import { es } from '@/lib/languages/phrases/es'
import type { Phrases } from '@/lib/languages/phrases/types'

export { capitalize, GROUP_TIMES, type GroupTime, type Phrases } from '@/lib/languages/phrases/types'

const byLocale: Record<Locale, Phrases> = { en, es }

/** The derived phrases in one language. */
export function phrasesFor(locale: Locale): Phrases {
  return byLocale[locale]
}

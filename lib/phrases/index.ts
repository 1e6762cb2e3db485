import type { Locale } from '@/lib/addresses'
import { en } from '@/lib/phrases/en'
import { es } from '@/lib/phrases/es'
import type { Phrases } from '@/lib/phrases/types'

export { capitalize, GROUP_TIMES, type GroupTime, type Phrases } from '@/lib/phrases/types'

const byLocale: Record<Locale, Phrases> = { en, es }

/** The derived phrases in one language. */
export function phrasesFor(locale: Locale): Phrases {
  return byLocale[locale]
}

import type { Locale } from '@/lib/base/addresses'
import { en, type Dictionary } from '@/lib/languages/dictionary/en'
import { es } from '@/lib/languages/dictionary/es'

export type { Dictionary }

const dictionaries: Record<Locale, Dictionary> = { en, es }

/** The frame's words in one language. */
export function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale]
}

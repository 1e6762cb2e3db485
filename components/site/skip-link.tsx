import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'

/** The first thing the Tab key reaches: jumps past the header to the page's main content. */
export function SkipLink({ locale }: { locale: Locale }) {
  return (
    <a href="#main-content" className="skip-link">
      {dictionaryFor(locale).skipLink}
    </a>
  )
}

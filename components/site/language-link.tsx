import Link from 'next/link'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'

/**
 * The link to this page in the other language, in the header: "Español" on an English page,
 * "English" on a Spanish one, each in its own language (lang) and saying the language of the page
 * it opens (hreflang). The reader chooses: nothing is guessed from the browser.
 */
export function LanguageLink({ to, href }: { to: Locale; href: string }) {
  return (
    <Link href={href} lang={to} hrefLang={to} className="language-link">
      {dictionaryFor(to).languageName}
    </Link>
  )
}

/** On every English page, a line in Spanish saying that the information is in Spanish. */
export function SpanishLine({ href }: { href: string }) {
  return (
    <p lang="es" className="spanish-line mx-auto max-w-6xl px-4 pt-2 text-base">
      ¿Prefiere leer en español?{' '}
      <Link href={href} hrefLang="es">
        Esta información está en español
      </Link>
      .
    </p>
  )
}

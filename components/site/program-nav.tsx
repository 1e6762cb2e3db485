import Link from 'next/link'
import { routeInLocale, type Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { factsFor, programSummaries } from '@/lib/facts'

/** Links between the program pages, shown beside each of them. */
export function ProgramNav({ current, locale }: { current: string; locale: Locale }) {
  const words = dictionaryFor(locale)
  return (
    <nav aria-label={words.ourPrograms} className="program-nav mt-10 self-start rounded-md bg-brand-light p-5 lg:mt-6">
      <h2 className="text-lg font-bold">{words.ourPrograms}</h2>
      <ul className="mt-3 space-y-2">
        {programSummaries(factsFor(locale)).map((p) => (
          <li key={p.key}>
            <Link href={p.href} aria-current={p.href === current ? 'page' : undefined}>
              {p.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href={routeInLocale('/programs', locale)}>{words.comparePrograms}</Link>
        </li>
      </ul>
    </nav>
  )
}

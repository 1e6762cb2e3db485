import Link from 'next/link'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { factsFor, programSummaries } from '@/lib/facts'

/** The programs at a glance, as linked cards (home page). */
export function ProgramCards({ locale = 'en' }: { locale?: Locale }) {
  const words = dictionaryFor(locale)
  return (
    <ul className="my-6 grid list-none gap-4 pl-0 md:grid-cols-3">
      {programSummaries(factsFor(locale)).map((p) => (
        <li key={p.key} className="m-0 rounded-md border border-line p-5">
          <h3 className="link-only mt-0 text-lg font-bold">
            <Link href={p.href}>{p.label}</Link>
          </h3>
          <p className="mb-0 mt-2">
            <span className="font-semibold">{words.cardFor}</span>
            {p.forWhom}.
          </p>
          {p.howOften ? (
            <p className="mb-0 mt-2">
              <span className="font-semibold">{words.cardHowOften}</span>
              {p.howOften}.
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

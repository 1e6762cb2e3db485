import Link from 'next/link'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { factsFor, programSummaries } from '@/lib/facts'

/**
 * The programs side by side, built from the facts. A real table, with row and column headers, so
 * a screen reader announces "How often, SACOT" for each cell. On a narrow phone it scrolls sideways
 * inside its own region (WCAG 1.4.10 allows this for tables), which takes keyboard focus so the
 * arrow keys can scroll it. CSS (.table-scroll in app/globals.css) keeps a focused link in it fully
 * in view (WCAG 2.4.11).
 */
export function ProgramComparison({ locale = 'en' }: { locale?: Locale }) {
  const words = dictionaryFor(locale)
  const programs = programSummaries(factsFor(locale))
  // Where the facts do not say, the table says to ask, and invents nothing.
  const ask = words.askUsWhenYouCall
  const rows: { label: string; cell: (p: (typeof programs)[number]) => React.ReactNode }[] = [
    { label: words.comparisonWhoFor, cell: (p) => p.forWhom },
    { label: words.comparisonHowOften, cell: (p) => p.howOften ?? ask },
    { label: words.comparisonHowLong, cell: (p) => p.howLong ?? ask },
    {
      label: words.comparisonIncludes,
      cell: (p) => (
        <ul className="m-0 pl-5">
          {p.includes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ),
    },
  ]
  return (
    <div className="table-scroll my-6" role="region" aria-labelledby="program-comparison-caption" tabIndex={0}>
      <table className="comparison">
        <caption id="program-comparison-caption">{words.comparisonCaption}</caption>
        <thead>
          <tr>
            <td />
            {programs.map((p) => (
              <th key={p.key} scope="col" className="link-only">
                <Link href={p.href}>{p.label}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {programs.map((p) => (
                <td key={p.key}>{row.cell(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

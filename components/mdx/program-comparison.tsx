import Link from 'next/link'
import { programSummaries } from '@/lib/program-facts'

const ASK = 'Ask us when you call'

/**
 * The programs side by side, built from the facts. A real table, with row and column headers, so
 * a screen reader announces "How often, SACOT" for each cell. On a narrow phone it scrolls sideways
 * inside its own region (WCAG 1.4.10 allows this for tables), which takes keyboard focus so the
 * arrow keys can scroll it. CSS (.table-scroll in app/globals.css) keeps a focused link in it fully
 * in view (WCAG 2.4.11).
 */
export function ProgramComparison() {
  const programs = programSummaries()
  const rows: { label: string; cell: (p: (typeof programs)[number]) => React.ReactNode }[] = [
    { label: 'Who it is for', cell: (p) => p.forWhom },
    { label: 'How often', cell: (p) => p.howOften ?? ASK },
    { label: 'How long', cell: (p) => p.howLong ?? ASK },
    {
      label: 'What it includes',
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
        <caption id="program-comparison-caption">Our programs side by side</caption>
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

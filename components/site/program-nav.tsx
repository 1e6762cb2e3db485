import Link from 'next/link'
import { programSummaries } from '@/lib/program-facts'

/** Links between the program pages, shown beside each of them. */
export function ProgramNav({ current }: { current: string }) {
  return (
    <nav aria-label="Our programs" className="program-nav mt-10 self-start rounded-md bg-brand-light p-5 lg:mt-6">
      <h2 className="text-lg font-bold">Our programs</h2>
      <ul className="mt-3 space-y-2">
        {programSummaries().map((p) => (
          <li key={p.key}>
            <Link href={p.href} aria-current={p.href === current ? 'page' : undefined}>
              {p.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/programs">Compare the programs</Link>
        </li>
      </ul>
    </nav>
  )
}

import Link from 'next/link'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import type { NavLink } from '@/lib/page-head/navigation'

export function Breadcrumbs({ trail, locale }: { trail: NavLink[]; locale: Locale }) {
  return (
    <nav aria-label={dictionaryFor(locale).breadcrumbLabel} className="breadcrumbs mb-4 text-base">
      <ol className="flex list-none flex-wrap gap-x-2 pl-0">
        {trail.map((crumb) => (
          <li key={crumb.href} className="after:ml-2 after:text-muted after:content-['›'] last:after:content-none">
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}

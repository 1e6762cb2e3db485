import type { Locale } from '@/lib/base/addresses'
import type { Source } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'

interface CiteProps {
  /** The short name (`id`) of one of the page's sources, as listed in its frontmatter. */
  source: string
  /**
   * The page's sources, which give the citation its number. The page route passes them
   * (mdx-components.tsx, `mdxComponentsFor`); staff never write them.
   */
  sources?: readonly Pick<Source, 'id'>[]
  /** The page's language, for the word screen readers hear ("source 3", "fuente 3"). */
  locale?: Locale
}

/** The address of a source's entry under "Sources" at the foot of the page. */
export function sourceAnchor(id: string): string {
  return `source-${id}`
}

/**
 * A citation: a small number after a sentence, linked to the source entry under "Sources" that
 * supports it, as health sites show them. Screen readers hear "source 3"; print shows the number.
 * The content check has already made sure the source is on the page's list; a page rendered
 * without its sources (an editor preview) shows the link without a number.
 */
export function Cite({ source, sources, locale = 'en' }: CiteProps) {
  const index = sources?.findIndex((s) => s.id === source) ?? -1
  if (sources && index === -1) {
    throw new Error(`<Cite source="${source}" /> names a source the page does not list. Run npm run content:check to see where.`)
  }
  return (
    <sup className="cite">
      <a href={`#${sourceAnchor(source)}`}>
        <span className="sr-only">{dictionaryFor(locale).citationWord} </span>
        {index === -1 ? '' : index + 1}
      </a>
    </sup>
  )
}

import { sourceAnchor } from '@/components/mdx/cite'
import type { Source } from '@/lib/content'
import { formatLongDate } from '@/lib/format'

/**
 * The public sources of a page's general health or legal information, under "Sources" at its
 * foot: title, publisher and the date someone read it, each linked to the publisher's own page.
 * They are numbered as the citations in the text are; each entry has an address of its own
 * (#source-<id>) and takes focus when a citation link is followed, so keyboard and screen
 * reader users land on it too.
 */
export function PageSources({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null
  return (
    <section aria-labelledby="page-sources-title" className="page-sources mt-12 border-t border-line pt-4">
      <h2 id="page-sources-title" className="mt-0 text-xl">
        Sources
      </h2>
      <p className="text-base text-muted">General health and legal information on this page comes from these public sources. A small number in the text links to its source.</p>
      <ol className="text-base">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)} tabIndex={-1}>
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
            . {source.publisher}. Read on <time dateTime={source.accessed}>{formatLongDate(source.accessed)}</time>.
          </li>
        ))}
      </ol>
    </section>
  )
}

import type { Locale } from '@/lib/base/addresses'
import { factList, factText } from '@/lib/content/mdx-text'

/** One fact, inline, in the page's language: <Fact name="iop.weeks" /> shows 12. An unknown name fails the build. */
export function Fact({ name, locale = 'en' }: { name: string; locale?: Locale }) {
  return <>{factText(name, locale)}</>
}

/** A fact that is a list, as a bulleted list: <FactList name="sacot.includes" />. */
export function FactList({ name, locale = 'en' }: { name: string; locale?: Locale }) {
  return (
    <ul>
      {factList(name, locale).map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

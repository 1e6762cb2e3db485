import { factList, factText } from '@/lib/mdx-text'

/** One fact, inline: <Fact name="iop.weeks" /> shows 12. An unknown name fails the build. */
export function Fact({ name }: { name: string }) {
  return <>{factText(name)}</>
}

/** A fact that is a list, as a bulleted list: <FactList name="sacot.includes" />. */
export function FactList({ name }: { name: string }) {
  return (
    <ul>
      {factList(name).map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

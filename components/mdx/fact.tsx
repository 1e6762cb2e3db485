import { factText, getFact } from '@/lib/program-facts'

/** One fact, inline: <Fact name="iop.weeks" /> shows 12. An unknown name fails the build. */
export function Fact({ name }: { name: string }) {
  return <>{factText(name)}</>
}

/** A fact that is a list, as a bulleted list: <FactList name="sacot.includes" />. */
export function FactList({ name }: { name: string }) {
  const value = getFact(name)
  if (!Array.isArray(value)) {
    throw new Error(`The fact "${name}" is a single value, not a list. Use <Fact name="${name}" /> instead.`)
  }
  return (
    <ul>
      {value.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

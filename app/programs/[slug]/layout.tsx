import type { ReactNode } from 'react'
import { ProgramNav } from '@/components/site/program-nav'

/** Shared by the program pages: the page, with links to the other programs beside it. */
export default async function ProgramLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return (
    <div className="gap-12 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>{children}</div>
      <ProgramNav current={`/programs/${slug}`} />
    </div>
  )
}

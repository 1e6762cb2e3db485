import Link from 'next/link'
import { notFound } from 'next/navigation'
import { pageHistory } from '@/lib/publishing/history'
import { publishingSettings } from '@/lib/publishing/settings'
import { cell, when } from '../../parts'

export const metadata = { title: 'Page history', robots: { index: false } }
export const dynamic = 'force-dynamic'

const PAGE_FILE = /^(?:en|es)\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/

/** One page's timeline: saved, signed off, undone, published, rolled back, by whom and when, newest first. */
export default async function PageHistory({ params }: { params: Promise<{ file: string[] }> }) {
  const file = (await params).file.join('/')
  if (!PAGE_FILE.test(file)) notFound()
  const events = await pageHistory(publishingSettings(), `content/${file}`)
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '60rem', margin: '0 auto', padding: '1.5rem', lineHeight: 1.5 }}>
      <p>
        <Link href="/publishing">Back to Waiting to publish</Link>
      </p>
      <h1>History of content/{file}</h1>
      {events.length === 0 ? <p>Nothing has happened to this page yet.</p> : null}
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['When', 'What', 'Who', 'Details'].map((h) => (
              <th key={h} scope="col" style={{ ...cell, borderBottom: '2px solid #333' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event, index) => (
            <tr key={index}>
              <td style={cell}>{when(event.at)}</td>
              <td style={cell}>{event.kind}</td>
              <td style={cell}>{event.by.name}</td>
              <td style={cell}>{event.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

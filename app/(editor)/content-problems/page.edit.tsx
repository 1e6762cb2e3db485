import Link from 'next/link'
import { checkContent } from '@/lib/content-check'
import { toIsoDate } from '@/lib/content'
import { editorUrlForFile } from '@/lib/editor-links'

export const metadata = { title: 'Content problems', robots: { index: false } }
// Checked again on every visit, so staff see the files as they are now.
export const dynamic = 'force-dynamic'

/**
 * The content check where staff work (edit mode only): every problem the build would stop on, or
 * warn about, with the file, the line, what is wrong and what to do, and a link to fix it in the
 * editor.
 */
export default async function ContentProblemsPage() {
  const today = toIsoDate(new Date())
  const report = await checkContent({ today })
  const errors = report.problems.filter((p) => p.severity === 'error').length
  const warnings = report.problems.length - errors
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '60rem', margin: '0 auto', padding: '1.5rem', lineHeight: 1.5 }}>
      <p>
        <Link href="/keystatic">Back to the editor</Link>
      </p>
      <h1>Content problems</h1>
      <p>
        The content check read {report.files} pages on {today}: <strong>{errors} error(s)</strong>, {warnings} warning(s).{' '}
        {errors > 0 ? 'Errors stop the site from being published; fix them first.' : 'Nothing stops the site from being published.'}{' '}
        Reload this page after saving to check again.
      </p>
      {report.problems.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {['Where', 'What is wrong', 'What to do'].map((h) => (
                <th key={h} scope="col" style={{ textAlign: 'left', borderBottom: '2px solid #333', padding: '0.5rem' }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p, i) => {
              const fix = editorUrlForFile(p.file)
              return (
                <tr key={i} style={{ verticalAlign: 'top', borderBottom: '1px solid #ccc' }}>
                  <td style={{ padding: '0.5rem' }}>
                    {fix ? <Link href={fix}>{p.file}</Link> : p.file}
                    {p.line ? `, line ${p.line}` : ''}
                  </td>
                  <td style={{ padding: '0.5rem' }}>
                    <strong>{p.severity === 'error' ? 'Error' : 'Warning'}:</strong> {p.field ? `${p.field}: ` : ''}
                    {p.message}
                  </td>
                  <td style={{ padding: '0.5rem' }}>{p.hint ?? ''}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <p>No problems found.</p>
      )}
    </div>
  )
}

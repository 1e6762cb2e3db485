import { checkContent } from '@/lib/content-check'
import { toIsoDate } from '@/lib/content'
import { hintInEditor, inFormWords, pageFieldLabel, PAGE_TEXT_LABEL } from '@/lib/editor/labels'
import { editorUrlForFile } from '@/lib/editor/links'

export const metadata = { title: 'Content problems', robots: { index: false } }
// Checked again on every visit, so staff see the files as they are now.
export const dynamic = 'force-dynamic'

/**
 * The content check where staff work (edit mode only): every problem the build would stop on, or
 * warn about, errors first, with the page, where in it (the form's label, or the line of the page
 * text), what is wrong and what to do, and a link to fix it in the editor. The links are plain
 * links, so the editor opens anew with what is on disk.
 */
export default async function ContentProblemsPage() {
  const today = toIsoDate(new Date())
  const report = await checkContent({ today })
  const errors = report.problems.filter((p) => p.severity === 'error')
  const warnings = report.problems.filter((p) => p.severity === 'warning')
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '60rem', margin: '0 auto', padding: '1.5rem', lineHeight: 1.5 }}>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/keystatic">Back to the editor</a>
      </p>
      <h1>Content problems</h1>
      <p>
        The content check read {report.files} pages on {today}: <strong>{count(errors.length, 'error')}</strong>, {count(warnings.length, 'warning')}.{' '}
        {errors.length > 0 ? 'Errors stop the site from being published; fix them first.' : 'Nothing stops the site from being published.'}{' '}
        Reload this page after saving to check again.
      </p>
      {report.problems.length === 0 ? <p>No problems found.</p> : null}
      <ProblemTable title="Errors: these stop the site from being published" problems={errors} />
      <ProblemTable title="Warnings: worth fixing, they do not stop publishing" problems={warnings} />
    </div>
  )
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`

function ProblemTable({ title, problems }: { title: string; problems: Awaited<ReturnType<typeof checkContent>>['problems'] }) {
  if (problems.length === 0) return null
  return (
    <>
      <h2>{title}</h2>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['Page', 'Where', 'What is wrong', 'What to do'].map((h) => (
              <th key={h} scope="col" style={{ textAlign: 'left', borderBottom: '2px solid #333', padding: '0.5rem' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => {
            const fix = editorUrlForFile(p.file)
            return (
              <tr key={i} style={{ verticalAlign: 'top', borderBottom: '1px solid #ccc' }}>
                <td style={{ padding: '0.5rem' }}>{fix ? <a href={fix}>{p.file}</a> : p.file}</td>
                <td style={{ padding: '0.5rem' }}>{p.field ? pageFieldLabel(p.field) : p.line ? `${PAGE_TEXT_LABEL}, line ${p.line}` : ''}</td>
                <td style={{ padding: '0.5rem' }}>{inFormWords(p.message)}</td>
                <td style={{ padding: '0.5rem' }}>{hintInEditor(p.hint) ?? ''}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

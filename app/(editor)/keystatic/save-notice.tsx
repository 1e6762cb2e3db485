'use client'

import { useEffect, useState } from 'react'

/**
 * A visible "Saved" after each save (Keystatic shows none when it writes files on this computer),
 * and "Not saved" when the save was refused, whose reason Keystatic shows next to Save. It watches
 * the editor's own save requests; it sends nothing itself.
 */
export function SaveNotice() {
  const [notice, setNotice] = useState<{ saved: boolean; text: string } | null>(null)
  useEffect(() => {
    const original = window.fetch
    window.fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      const isSave = url.endsWith('/api/keystatic/update') && (init?.method ?? 'GET').toUpperCase() === 'POST'
      if (isSave) setNotice(null)
      const response = await original(input, init)
      if (isSave) {
        const time = new Date().toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })
        setNotice(
          response.ok
            ? { saved: true, text: `Saved at ${time}. The page on the site shows the change now.` }
            : { saved: false, text: 'Not saved. The reason is shown next to the Save button: fix it, then save again.' },
        )
      }
      return response
    }
    return () => {
      window.fetch = original
    }
  }, [])
  return (
    <>
      {/* Bottom right; on a phone, above the Content problems link, across the screen. */}
      <style>{`.save-notice{position:fixed;right:20px;bottom:20px;z-index:10;max-width:360px}@media (max-width:600px){.save-notice{left:12px;right:12px;bottom:72px;max-width:none}}`}</style>
      <div
        role="status"
        className="save-notice"
        style={{
          display: notice ? 'block' : 'none',
          padding: '10px 14px',
          borderRadius: 6,
          font: '600 15px system-ui, sans-serif',
          background: notice?.saved ? '#e6f4ea' : '#fdecea',
          color: notice?.saved ? '#0d5524' : '#8a1c12',
          border: `2px solid ${notice?.saved ? '#0d5524' : '#8a1c12'}`,
        }}
      >
        {notice?.text}
      </div>
    </>
  )
}

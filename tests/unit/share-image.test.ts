/**
 * The share image never makes the build fetch anything (L9): characters the bundled font cannot
 * draw (emoji, Chinese, Japanese) are left out, so next/og asks no one for them.
 */
import { describe, expect, it, vi } from 'vitest'
import { inBundledFont } from '@/lib/page-head/share-image'

describe('the share image text', () => {
  it('keeps Latin letters, accents included, and leaves out the rest', () => {
    expect(inBundledFont('Anuvia 🌱 Ânuvia 日本')).toBe('Anuvia Ânuvia')
    expect(inBundledFont('Call 704-376-7447')).toBe('Call 704-376-7447')
  })

  it('is drawn with no network request, whatever the organization is called', async () => {
    const realFetch = globalThis.fetch
    const outside: string[] = []
    // next/og loads its own code from data: addresses; anything else would leave the machine.
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input)
      if (url.startsWith('data:')) return realFetch(input, init)
      outside.push(url)
      return Promise.reject(new Error('no network'))
    })
    vi.resetModules()
    vi.doMock('@/lib/facts', async (original) => {
      const real = await original<typeof import('@/lib/facts')>()
      return { ...real, facts: { ...real.facts, organization: { ...real.facts.organization, name: 'Anuvia 🌱 日本' } } }
    })
    try {
      const { shareImage } = await import('@/lib/page-head/share-image')
      const image = await shareImage().arrayBuffer()
      expect(image.byteLength).toBeGreaterThan(1000)
      expect(outside).toEqual([])
    } finally {
      vi.doUnmock('@/lib/facts')
      vi.unstubAllGlobals()
    }
  }, 60_000)
})

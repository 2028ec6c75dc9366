/// <reference lib="dom" />
// The dashboard in a real browser: Chromium (Debian's, or the one from npm: see chromium.ts)
// driven by playwright-core, against the real server process on 127.0.0.1.
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../src/paths.js'
import { tempDir } from '../helper.js'
import { startServer, type RunningServer } from '../server-process.js'
import { launchChromium } from './chromium.js'

const dir = tempDir()
let server: RunningServer
let browser: Browser
const foreignRequests: string[] = []

async function openDashboard(width = 1280, height = 900): Promise<Page> {
  // A context of its own (axe-core opens a page beside it), closed with the page.
  const context = await browser.newContext({ viewport: { width, height } })
  const page = await context.newPage()
  // Closing it may race the browser's own closing at the end: that is no failure.
  page.on('close', () => {
    context.close().catch(() => {})
  })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.origin !== server.base) foreignRequests.push(request.url())
  })
  await page.goto(`${server.base}/`)
  await page.waitForSelector('body[data-ready]')
  expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true')
  return page
}

beforeAll(async () => {
  server = await startServer({ DATABASE_PATH: join(dir, 'browser.db') })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the dashboard page', () => {
  it('has no serious or critical accessibility violation (axe-core), at desk and phone sizes', async () => {
    for (const [width, height] of [
      [1280, 900],
      [390, 844]
    ] as const) {
      const page = await openDashboard(width, height)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(grave.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${width}×${height}`).toEqual([])
      await page.close()
    }
  })

  it('offers the whole dataset for download, and says how to cite this version and under which licence', async () => {
    const page = await openDashboard()
    const dataset = (await (await fetch(`${server.base}/v1`)).json()) as { version: number; citation: string; licence: { data: { identifier: string } } }
    expect(await page.locator('#citation').innerText()).toBe(dataset.citation)
    expect(await page.locator('#licence').innerText()).toContain(dataset.licence.data.identifier)
    const links = await page.locator('header nav a[download]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
    expect(links.length).toBe(3)
    for (const link of links) {
      expect(new URL(link).pathname).toBe('/v1/export')
      const response = await fetch(link)
      expect(response.status, link).toBe(200)
      expect(response.headers.get('content-disposition'), link).toContain(`negotiation-timeline-v${dataset.version}`)
    }
    await page.close()
  })

  it('lists every round with its format and status, the unscheduled ones apart and off the date axis', async () => {
    const page = await openDashboard()
    const rounds = (await (await fetch(`${server.base}/v1/rounds?limit=100`)).json()) as {
      data: { id: string; title: string; status: string; date: { earliest: string | null; latest: string | null; kind: string } }[]
    }
    const dated = rounds.data.filter((round) => round.date.earliest !== null)
    const unscheduled = rounds.data.filter((round) => round.date.earliest === null)
    expect(unscheduled.map((round) => round.id)).toContain('zelensky-putin-meeting')
    for (const [list, expected] of [['#rounds li', dated], ['#rounds-unscheduled li', unscheduled]] as const) {
      const texts = await page.locator(list).allInnerTexts()
      expect(texts, list).toHaveLength(expected.length)
      expected.forEach((round, i) => {
        expect(texts[i]).toContain(round.title)
        expect(texts[i]).toContain(round.status)
      })
    }
    expect(await page.locator('#unscheduled').isVisible()).toBe(true)
    expect(await page.locator('#rounds-unscheduled li').first().innerText()).toContain('not scheduled')
    expect(await page.locator('#axis .marker').count()).toBe(dated.length)
    // A round held over days reads as its range.
    const video = dated.find((round) => round.date.kind === 'period')!
    expect(await page.locator('#rounds li', { hasText: video.title }).innerText()).toContain('14 Mar 2022 – 17 Mar 2022')
    await page.close()
  })

  it('reads a date known only by its last day as "by" that day', async () => {
    const page = await openDashboard()
    const statements = (await (await fetch(`${server.base}/v1/statements?limit=100`)).json()) as { data: { text: string; date: { latest: string | null; kind: string } }[] }
    const target = statements.data.find((s) => s.text.includes('theoretical possibility'))!
    expect(target.date).toMatchObject({ latest: '2022-04-07', kind: 'within' })
    const meta = await page.locator('#statements button', { hasText: 'theoretical possibility' }).locator('.meta').innerText()
    expect(meta).toContain('by 7 Apr 2022')
    expect(meta).not.toContain('29 Mar 2022')
    await page.close()
  })

  it('heads each statement with its title: the speaker and the gist, not a bare fragment of a quote', async () => {
    const page = await openDashboard()
    const statements = (await (await fetch(`${server.base}/v1/statements?limit=100`)).json()) as { data: { title: string; text: string; mode: string }[] }
    for (const statement of statements.data.filter((s) => s.mode === 'partial')) {
      const shown = await page.locator('#statements button', { hasText: statement.text.slice(0, 40) }).first().locator('strong').innerText()
      expect(shown).toBe(statement.title)
    }
    await page.close()
  })

  it("shows Kyiv's five commitments beside Moscow's position", async () => {
    const page = await openDashboard()
    const kyiv = await page.locator('#positions-ukraine li').allInnerTexts()
    expect(kyiv).toHaveLength(5)
    for (const words of ['North Atlantic Treaty Organisation', 'foreign military bases and troops', 'non-bloc state', 'renounce nuclear weapons', 'other weapons of mass destruction']) {
      expect(kyiv.some((text) => text.includes(words)), words).toBe(true)
    }
    const moscow = await page.locator('#positions-russia li').allInnerTexts()
    expect(moscow.some((text) => text.includes('clear draft treaty'))).toBe(true)
    await page.close()
  })

  it('highlights the evidence of a clicked statement in the article text, by mouse or keyboard', async () => {
    const page = await openDashboard()
    const statements = (await (await fetch(`${server.base}/v1/statements?limit=100`)).json()) as { data: { text: string; evidence: { text: string }[] }[] }
    const target = statements.data.find((s) => s.text.includes('theoretical possibility'))!
    await page.locator('#statements button', { hasText: 'theoretical possibility' }).click()
    const marks = await page.locator('#article mark').allInnerTexts()
    expect(marks).toEqual(target.evidence.map((e) => e.text))
    const article = await page.locator('#article').innerText()
    expect(article).toContain(target.evidence[0]!.text)

    const other = statements.data.find((s) => s.text.includes('positive signals'))!
    const button = page.locator('#statements button', { hasText: 'positive signals' })
    await button.focus()
    await page.keyboard.press('Enter')
    expect(await page.locator('#article mark').allInnerTexts()).toEqual(other.evidence.map((e) => e.text))
    expect(await button.getAttribute('aria-pressed')).toBe('true')
    await page.close()
  })

  it('works offline: it asks nothing of any other origin', () => {
    expect(foreignRequests).toEqual([])
  })

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await openDashboard(390, 844)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.close()
  })

  it('can be photographed for the README (npm run screenshot)', async () => {
    const page = await openDashboard(1280, 900)
    await page.locator('#positions-ukraine button').first().click()
    await page.evaluate(() => window.scrollTo(0, 0))
    const file = process.env.SCREENSHOT ? join(projectRoot, process.env.SCREENSHOT) : join(dir, 'dashboard.png')
    mkdirSync(dirname(file), { recursive: true })
    const png = await page.screenshot({ path: file })
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    await page.close()
  })
})

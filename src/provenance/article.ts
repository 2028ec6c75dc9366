import { createHash } from 'node:crypto'

/** A capture that does not look as its layout says: the headline or the furniture is not where it should be. */
export class ArticleLayoutError extends Error {
  override name = 'ArticleLayoutError'
}

export interface ArticleLayout {
  /** The headline line the capture starts with; it is the source's title, not its body. None when the capture has none. */
  headline: string | undefined
  /** Lines of the publishing site (buttons, links) that the capture ends with. */
  furniture: string[]
}

/**
 * Turns a captured page into the article body: drops the headline and the trailing page
 * furniture, and nothing else, so quotes keep the article's own spelling and typos. Throws
 * when the capture does not look as described, rather than guessing.
 */
export function articleBody(raw: string, layout: ArticleLayout): string {
  const lines = raw.replace(/\r\n/g, '\n').trim().split('\n')
  if (layout.headline !== undefined) {
    if (lines[0]?.trim() !== layout.headline) throw new ArticleLayoutError(`the capture does not start with its headline ${JSON.stringify(layout.headline)}`)
    lines.shift()
  }
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop()
  for (const furniture of [...layout.furniture].reverse()) {
    if (lines[lines.length - 1]?.trim() !== furniture) {
      throw new ArticleLayoutError(`the capture does not end with the page furniture ${JSON.stringify(furniture)}`)
    }
    lines.pop()
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop()
  }
  return lines.join('\n').trim()
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

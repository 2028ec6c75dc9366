// What may be reused, and on what terms: one place, read by GET /v1, the OpenAPI `info`, the
// data package of /v1/export and the snapshot. LICENSE, CITATION.cff and the README say the same.

export interface Licence {
  /** SPDX identifier. */
  identifier: string
  name: string
  url: string
}

/** The service's code, and the OpenAPI description it generates. */
export const codeLicence: Licence = { identifier: 'MIT', name: 'MIT License', url: 'https://spdx.org/licenses/MIT.html' }

/** The dataset: the annotations (rounds, proposals, issues, who said what, the offsets). */
export const dataLicence: Licence = {
  identifier: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/'
}

/** Why the store holds words it does not own, and what reuse of them is not covered. */
export const quotedTextTerms =
  "Each source's text keeps its publisher's copyright (each source's `licence` says whose). The store holds a news article's text so that every fact can be checked against the exact words it rests on; quotes and evidence spans are short extracts for reference, research and reporting. CC BY 4.0 covers the annotations, not the article's words: republishing the whole text needs its publisher's permission. Reference timelines are stored as dated facts only, with none of their text."

export const maintainers = 'The negotiation-timeline maintainers'

export const datasetTitle = 'Negotiation timeline: 2022 Russia–Ukraine peace talks'

export const datasetDescription =
  'Rounds of talks, the proposals each side tabled, the people and organizations involved and what they said, each fact traceable to the exact words of its source.'

/** How to cite one dataset version: who, what, which version and when, and where to fetch it again. */
export function citation(version: number, at: string, origin: string): string {
  return `${maintainers}, "${datasetTitle}", dataset version ${version} (${at.slice(0, 10)}), ${dataLicence.identifier}, ${origin}/v1/export?version=${version}`
}

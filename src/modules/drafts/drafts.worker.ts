// The worker thread that drafts (src/drafting/draft.ts): a draft is half a second of CPU
// for a long article, which on the main thread would stall every other request.
import { draft, type DraftInput, type Vocabulary } from '../../drafting/draft.js'

export interface DraftTask {
  input: DraftInput
  vocabulary: Vocabulary
}

export default ({ input, vocabulary }: DraftTask) => draft(input, vocabulary)

// The worker thread that makes export files (export.build.ts), one at a time.
import { buildExport } from './export.build.js'

export default buildExport

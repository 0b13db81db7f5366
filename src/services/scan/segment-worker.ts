/** Worker thread entry: scans the segments it is sent with the detectors of its spec. */
import {parentPort, workerData} from 'node:worker_threads'

import type {ScannerSpec} from '../../domain/scan/engine.js'
import type {SegmentJob} from './segments.js'
import {scanSegment} from './segments.js'

const spec = workerData as ScannerSpec
parentPort?.on('message', (job: SegmentJob) => {
  scanSegment(spec, job).then(
    (result) => parentPort?.postMessage({result}),
    (error: unknown) => parentPort?.postMessage({error: error instanceof Error ? error.message : String(error)}),
  )
})

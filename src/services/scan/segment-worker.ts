/** Worker thread entry: scans the segments it is sent with the detectors of its spec, and posts their detections packed (detection-transfer.ts). */
import {parentPort, workerData} from 'node:worker_threads'

import type {ScannerSpec} from '../../domain/scan/engine.js'
import {packDetections} from './detection-transfer.js'
import type {PostedResult, SegmentJob} from './segments.js'
import {scanSegment} from './segments.js'

const spec = workerData as ScannerSpec
parentPort?.on('message', (job: SegmentJob) => {
  scanSegment(spec, job)
    .then(({detections, ...rest}) => {
      const packed = packDetections(detections)
      const result: PostedResult = packed === undefined ? {...rest, detections} : {...rest, packed}
      parentPort?.postMessage({result}, packed === undefined ? [] : [packed.values.buffer as ArrayBuffer])
    })
    // A failure to scan, to pack or to post: reported to the pool as this job's error.
    .catch((error: unknown) => parentPort?.postMessage({error: error instanceof Error ? error.message : String(error)}))
})

/**
 * Worker thread entry: receives the spec of the scanner first (and builds its detectors at once,
 * ADR 0032), then scans the segments it is sent and posts their detections packed
 * (detection-transfer.ts).
 */
import {parentPort} from 'node:worker_threads'

import type {ScannerSpec} from '../../domain/scan/engine.js'
import {packDetections} from './detection-transfer.js'
import type {PostedResult, WorkerMessage} from './segments.js'
import {prepareDetectors, scanSegment} from './segments.js'

let spec: ScannerSpec | undefined
parentPort?.on('message', (message: WorkerMessage) => {
  if (message.spec !== undefined) {
    spec = message.spec
    prepareDetectors(spec)
    return
  }
  if (spec === undefined) {
    parentPort?.postMessage({error: 'a segment came before the scanner it is scanned with'})
    return
  }
  scanSegment(spec, message.job)
    .then(({detections, ...rest}) => {
      const packed = packDetections(detections)
      const result: PostedResult = packed === undefined ? {...rest, detections} : {...rest, packed}
      parentPort?.postMessage({result}, packed === undefined ? [] : [packed.values.buffer as ArrayBuffer])
    })
    // A failure to scan, to pack or to post: reported to the pool as this job's error.
    .catch((error: unknown) => parentPort?.postMessage({error: error instanceof Error ? error.message : String(error)}))
})

/** Incident ids: `INC-<yyyy>-<nnnn>`, numbered per year. */
import {BugError} from '../errors.js'

const INCIDENT_ID = /^INC-(\d{4})-((?!0000)\d{4}|[1-9]\d{4,})$/

export function isIncidentId(s: string): boolean {
  return INCIDENT_ID.test(s)
}

/** `INC-<yyyy>-<nnnn>`: one more than the highest id of that year; other years and shapes are ignored. */
export function nextIncidentId(year: number, existingIds: readonly string[]): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new BugError(`nextIncidentId got a year that is not four digits: ${year}`)
  }
  let highest = 0
  for (const id of existingIds) {
    const match = INCIDENT_ID.exec(id)
    if (match?.[1] === String(year)) highest = Math.max(highest, Number(match[2]))
  }
  return `INC-${year}-${String(highest + 1).padStart(4, '0')}`
}

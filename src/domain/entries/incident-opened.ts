/** `incident.opened`: the first entry of every incident. */
import type {AlertLink} from '../alerts.js'
import {ALERT_SOURCES} from '../alerts.js'
import type {IncidentClass, Severity} from '../entry.js'
import {INCIDENT_CLASSES, SEVERITIES} from '../entry.js'
import {aString, listOf, object, oneOf} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export interface IncidentOpenedBody {
  title: string
  severity: Severity
  classes: IncidentClass[]
  owner?: string
  summary?: string
  /** The alert it was opened from (`pl incident open --from`). */
  source?: AlertLink
}

export const incidentOpened: KindSpec<'incident.opened'> = {
  guard: object({title: aString, severity: oneOf(SEVERITIES), classes: listOf(oneOf(INCIDENT_CLASSES))}, {owner: aString, summary: aString, source: object({system: oneOf(ALERT_SOURCES), id: aString, url: aString})}),
  summary({body}) {
    if (body === null) return `Incident opened: ${SHREDDED}`
    const {title, severity, classes, owner} = body
    const details = [severity, classes.join(', '), owner === undefined ? '' : `owner ${oneLine(owner)}`].filter(Boolean)
    return `Incident opened: "${oneLine(title)}" (${details.join('; ')})`
  },
}

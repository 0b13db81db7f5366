/**
 * The postmortem as one self-contained HTML file: inline CSS and SVG, no scripts, no external
 * requests (a Content-Security-Policy forbids them), every text escaped, printable.
 *
 * Read the morning after: an executive summary that fits one screen first, times in a stated
 * zone, containment as a table with outcomes in words; the cryptographic appendix (checkpoint,
 * inclusion proofs, entry hashes) is in the file, so it still verifies offline, but collapsed.
 */
import type {Postmortem, RecordedItem} from '../domain/postmortem.js'
import {describeExpectedCopies, describePromptLeaks, describeTenant, NO_TENANTS} from '../domain/postmortem.js'
import {METRIC_NAMES} from '../domain/metrics.js'
import {formatDuration} from '../domain/time.js'
import type {ReportClock} from '../domain/time-zone.js'
import {reportClock} from '../domain/time-zone.js'
import {exhibitFacts} from './postmortem-md.js'
import {containmentView, executiveSummary, openItemsOf, outcomeWord} from './postmortem-summary.js'
import {REPORT_CSS, durationBarsSvg, esc, timelineSvg} from './svg.js'

const t = (iso: string | null, clock: ReportClock) => (iso === null ? '—' : clock.dateTime(Date.parse(iso)))
const d = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds * 1000))

/** The report's own styles, after the shared ones: the summary box, the containment table, print. */
const POSTMORTEM_CSS = `
.exec{border:1px solid #ccc;border-radius:6px;background:#fafafa;padding:.3em 1em .6em;margin:.8em 0}
.exec h2{border:0;margin:.3em 0 .2em;padding:0}
.exec dl{display:grid;grid-template-columns:10.5em 1fr;gap:.25em 1em;margin:0}
.exec dd.missed li{font-weight:normal;color:#111}.exec dt{font-weight:600;color:#333}.exec dd{margin:0;overflow-wrap:anywhere}.exec ul{margin:.1em 0 0;padding-left:1.2em}
.meta{margin:.2em 0}
.outcome{white-space:nowrap;font-weight:600}.outcome.done,.outcome.done-by-hand{color:#2e7d32}.outcome.failed{color:#c62828}
.outcome.skipped{color:#b26a00}.outcome.in-progress{color:#1565c0}
td.num,th.num{white-space:nowrap}th.result{width:45%}caption{caption-side:top;text-align:left;color:#555;padding:.2em 0}
details{margin:.5em 0}summary{cursor:pointer;color:#333}
@media print{
 @page{margin:14mm}
 body{font-size:10.5pt}
 .exec{break-inside:avoid;background:none}
 svg,.outcome,.met,.missed{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 thead{display:table-header-group}tr{break-inside:avoid}
 table.containment{font-size:9pt}th.result{width:auto}td.step,td.result,caption{overflow-wrap:anywhere}
 details:not([open])>summary::after{content:" (collapsed; open it on screen, or see --format json)";color:#666}
}
`

function itemList(list: readonly RecordedItem[], clock: ReportClock, none: string): string {
  if (list.length === 0) return `<p>${esc(none)}</p>`
  return `<ul>${list
    .map((a) => `<li>#${a.seq} <code>${esc(a.kind)}</code> at ${esc(t(a.recordedAt, clock))} by ${esc(a.actor)}${a.shredded ? ': [content shredded]' : a.details.length === 0 ? '' : `: ${esc(a.details.join('; '))}`}</li>`)
    .join('')}</ul>`
}

/** `timeZone`: an IANA zone the times are shown in (the process's zone when absent; `utc` wins). */
export function postmortemHtml(pm: Postmortem, options: {utc: boolean; timeZone?: string}): string {
  const clock = reportClock(options)
  const i = pm.incident
  const im = pm.impact
  const timeline = timelineSvg(
    pm.timeline.map((e) => ({at: Date.parse(e.at), label: e.summary, ...(e.phase === null ? {} : {phase: e.phase}), superseded: e.superseded})),
    clock,
  )
  const summary = executiveSummary(pm, clock)
    .map((line) => `<dt>${esc(line.label)}</dt><dd${line.tone === 'neutral' ? '' : ` class="${line.tone}"`}>${esc(line.text)}${line.items === undefined ? '' : `<ul>${line.items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`}</dd>`)
    .join('')
  const view = containmentView(pm, clock)
  const containment =
    view.rows.length === 0
      ? '<p>No containment actions recorded.</p>'
      : `<table class="containment"><caption>${esc(view.caption)}</caption><thead><tr><th class="num">time</th><th class="num">since detected</th><th>step</th><th>outcome</th><th class="result">result</th><th class="num">took</th>${view.byColumn ? '<th>by</th>' : ''}<th>entries</th></tr></thead><tbody>${view.rows
          .map(
            (r) =>
              `<tr><td class="num">${esc(r.time)}</td><td class="num">${esc(r.sinceDetected)}</td><td class="step">${r.runbook === null ? '' : `<span class="muted">${esc(r.runbook)} ›</span> `}${esc(r.step)}${r.action === null ? '' : ` <span class="muted">(${esc(r.action)})</span>`}</td><td class="outcome ${r.outcome}">${esc(outcomeWord(r.outcome))}</td><td class="result">${esc(r.text)}</td><td class="num">${esc(r.took)}</td>${view.byColumn ? `<td>${esc(r.actor)}</td>` : ''}<td class="muted">${esc(r.entries)}</td></tr>`,
          )
          .join('')}</tbody></table>${view.notNeeded.length === 0 ? '' : `<p class="muted">Not needed (their condition did not hold): ${esc(view.notNeeded.join(', '))}.</p>`}`
  // Action items and open risks are listed in their own words above it.
  const others = openItemsOf(pm).filter((o) => o.kind !== 'action-item' && o.kind !== 'risk')
  const bars = durationBarsSvg(
    METRIC_NAMES.map((name) => {
      const m = pm.metrics[name]
      return {label: m.label, value: m.seconds === null ? null : m.seconds * 1000, ...(m.targetSeconds === null ? {} : {target: m.targetSeconds * 1000})}
    }),
  )
  const metricRows = METRIC_NAMES.map((name) => {
    const m = pm.metrics[name]
    const cls = m.verdict ?? 'muted'
    const slo = m.targetSeconds === null ? 'no target' : `${m.verdict ?? 'unknown'} (target &le; ${esc(d(m.targetSeconds))})`
    const measured = m.seconds === null ? 'unknown (mark missing)' : m.seconds < 0 ? `${d(m.seconds)} (marks out of order)` : d(m.seconds)
    return `<tr><td>${esc(m.label)}</td><td>${esc(measured)}</td><td>${esc(`${m.from} → ${m.to}`)}</td><td class="${cls}">${slo}</td></tr>`
  }).join('')
  const credentials = im.credentials
    .map((c) => `<tr><td>${esc(c.rule)}</td><td>${esc(c.category)}</td><td><code>${esc(c.masked)}</code></td><td class="mono">${esc(c.fingerprint)}…</td><td>${c.occurrences}</td><td>#${c.entry}</td><td>${c.shredded ? 'yes' : 'no'}</td></tr>`)
    .join('')
  const locations = im.locations.map((l) => `<tr><td class="mono">${esc(`${l.path}:${l.line}`)}</td><td>${esc(l.rule)}</td><td>${esc(l.category)}</td><td><code>${esc(l.masked)}</code></td></tr>`).join('')
  const evidence = im.evidence
    .map((e) => `<li>${esc(e.id ?? '?')} ${esc(e.name ?? '[shredded]')}${esc(exhibitFacts({...e, sha256: null}))}${e.sha256 === null ? '' : ` <span class="mono">sha256 ${esc(e.sha256)}</span>`}${e.shredded ? ' — shredded' : ''}</li>`)
    .join('')
  const events = pm.timeline
    .map((e) => `<tr${e.superseded ? ' class="muted"' : ''}><td>${esc(t(e.at, clock))}</td><td>${esc(t(e.recordedAt, clock))}</td><td>${e.seq}</td><td>${esc(e.kind)}</td><td>${esc(e.actor)}</td><td>${e.superseded ? '<s>' : ''}${esc(e.summary)}${e.superseded ? '</s>' : ''}</td></tr>`)
    .join('')
  const rc = pm.rootCause
  const rootCause = !rc.recorded
    ? '<p>Root cause: not recorded.</p><p>Action items: not recorded.</p>'
    : `<p>Root cause: ${esc(rc.text ?? 'not recorded.')}${rc.source === 'runbook' ? ' (as given in the runbook walk)' : ''}</p>${rc.actionItems.length === 0 ? '<p>Action items: not recorded.</p>' : `<p>Action items:</p><ul>${rc.actionItems.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`}<p class="muted">Recorded as entry #${rc.seq} by ${esc(rc.actor ?? '?')} at ${esc(t(rc.recordedAt, clock))}.</p>`
  const ap = pm.appendix
  const v = ap.verification
  const proofs = ap.proofs.map((p) => `<tr><td>${p.seq}</td><td>${esc(p.kind)}</td><td class="mono">${esc(p.hash)}</td><td>${p.leafIndex} / ${p.treeSize}</td><td class="mono">${p.path.map(esc).join(' ')}</td></tr>`).join('')
  const hashes = ap.entries.map((e) => `<tr><td>${e.seq}</td><td>${esc(e.kind)}</td><td>${esc(t(e.recordedAt, clock))}</td><td class="mono">${esc(e.hash)}</td></tr>`).join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Postmortem ${esc(i.id)}</title><style>${REPORT_CSS}${POSTMORTEM_CSS}</style></head><body>
<h1>Postmortem: ${esc(i.id)} — ${esc(i.title ?? '(title shredded)')}</h1>
<p class="muted meta">Severity ${esc(i.severity ?? '—')} · classes ${esc(i.classes.join(', ') || '—')} · owner ${esc(i.owner ?? '—')} · status ${esc(i.status)} · opened ${esc(t(i.openedAt, clock))} by ${esc(i.openedBy)} · generated ${esc(t(pm.generatedAt, clock))} from store ${esc(ap.storeId)}</p>
<p class="muted meta" id="time-zone">Times are in ${esc(clock.describe(Date.parse(i.openedAt)))}; durations in h/m/s.</p>
<section class="exec" id="summary"><h2>Summary</h2><dl>${summary}</dl></section>
${i.description === null ? '' : `<p>${esc(i.description)}</p>`}
<h2 id="impact">Impact</h2>
<ul><li>What leaked: classes ${esc(im.classes.join(', ') || '—')}; ${im.findings} findings (${esc(Object.entries(im.byCategory).map(([c, n]) => `${c} ${n}`).join(', ') || 'none recorded')})</li>
${im.prompts.length === 0 ? '' : `<li>Prompts found: ${esc(im.prompts.join(', '))}</li>`}
${describeExpectedCopies(im) === null ? '' : `<li>Not counted: ${esc(describeExpectedCopies(im) ?? '')}</li>`}
${im.promptLeaks.length === 0 ? '' : `<li>Prompt copies outside their own place, by channel and tenant: ${esc(describePromptLeaks(im.promptLeaks))}</li>`}
<li>Where: ${im.inputs.length === 0 ? 'no scanned inputs recorded' : im.inputs.map((x) => `<code>${esc(x)}</code>`).join(', ')}</li>
<li>Tenants: ${im.tenants.length === 0 ? esc(NO_TENANTS) : im.tenants.map((x) => esc(describeTenant(x))).join(', ')}</li></ul>
${credentials === '' ? '<p>No credentials or values captured.</p>' : `<table><thead><tr><th>rule</th><th>category</th><th>masked</th><th>fingerprint</th><th>occurrences</th><th>entry</th><th>shredded</th></tr></thead><tbody>${credentials}</tbody></table>`}
${locations === '' ? '' : `<table><thead><tr><th>location</th><th>rule</th><th>category</th><th>masked</th></tr></thead><tbody>${locations}</tbody></table>${im.moreLocations > 0 ? `<p>… and ${im.moreLocations} more locations.</p>` : ''}`}
${evidence === '' ? '' : `<p>Evidence:</p><ul>${evidence}</ul>`}
<h2 id="timeline">Timeline</h2>
${timeline}
<details class="events"><summary>Every recorded event (${pm.timeline.length}): event time and record time</summary><table><thead><tr><th>event time</th><th>recorded</th><th>#</th><th>kind</th><th>by</th><th>what</th></tr></thead><tbody>${events}</tbody></table></details>
<h2 id="metrics">Detection latency, time to contain and exposure vs SLO</h2>
${bars}
<table><thead><tr><th>metric</th><th>measured</th><th>from → to</th><th>SLO</th></tr></thead><tbody>${metricRows}</tbody></table>
${pm.warnings.length === 0 ? '' : `<ul>${pm.warnings.map((w) => `<li class="missed">${esc(w)}</li>`).join('')}</ul>`}
<h2 id="containment">Containment actions and results</h2>
<p>Contained: ${esc(t(pm.containment.contained, clock))}</p>
${containment}
<h2 id="replay">Replay findings</h2>
${itemList(pm.replay.results, clock, 'No replay results recorded.')}
<h2 id="root-cause">Root cause and action items</h2>
${rootCause}${pm.containment.openRisks.length === 0 ? '' : `<p>Open risks (containment steps skipped):</p><ul>${pm.containment.openRisks.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`}
${others.length === 0 ? '' : `<p id="open">Also still open:</p><ul>${others.map((o) => `<li>${esc(o.text)}</li>`).join('')}</ul>`}
<h2 id="appendix">Evidence appendix</h2>
<p>Verification: <strong class="${v.ok ? 'met' : 'missed'}">${v.ok ? 'OK' : 'FAILED'}</strong> — ${v.entries} entries, ${v.checkpoints} signed checkpoints${v.firstBadEntry === null ? '' : `, first bad entry #${v.firstBadEntry}`}.</p>
${v.problems.length + v.warnings.length === 0 ? '' : `<ul>${[...v.problems.map((p) => `${p.code}: ${p.message}`), ...v.warnings.map((w) => `warning: ${w}`)].map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`}
<p>The proofs below let anyone check this record offline, without the passphrase: each entry hash h gives the leaf SHA-256(0x00 ‖ h); the audit path, combined as in RFC 9162 §2.1.3.2 (interior nodes SHA-256(0x01 ‖ left ‖ right)), must give the checkpoint root, whose Ed25519 signature is checked with the public key. <code>pl evidence verify --checkpoint</code> and <code>--format json</code> carry the same data.</p>
<details class="proofs"><summary>Signed checkpoint and inclusion proofs of ${ap.proofs.length} exhibits</summary>
<pre class="mono">${esc(JSON.stringify(ap.checkpoint, null, 2))}</pre>
<table><thead><tr><th>#</th><th>kind</th><th>entry hash</th><th>leaf / tree</th><th>audit path</th></tr></thead><tbody>${proofs}</tbody></table></details>
<details class="hashes"><summary>Entry hashes (${ap.entries.length})</summary><table><thead><tr><th>#</th><th>kind</th><th>recorded</th><th>hash</th></tr></thead><tbody>${hashes}</tbody></table></details>
</body></html>
`
}

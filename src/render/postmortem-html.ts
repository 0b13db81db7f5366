/**
 * The postmortem as one self-contained HTML file: inline CSS and SVG, no scripts, no external
 * requests (a Content-Security-Policy forbids them), every text escaped, printable.
 */
import type {Postmortem, RecordedItem} from '../domain/postmortem.js'
import {describePromptLeaks, describeTenant, NO_TENANTS} from '../domain/postmortem.js'
import {METRIC_NAMES} from '../domain/metrics.js'
import {formatDuration, formatTime} from '../domain/time.js'
import {exhibitFacts} from './postmortem-md.js'
import {REPORT_CSS, durationBarsSvg, esc, timelineSvg} from './svg.js'

const t = (iso: string | null, utc: boolean) => (iso === null ? '—' : formatTime(Date.parse(iso), {utc}))
const d = (seconds: number | null) => (seconds === null ? '—' : formatDuration(seconds * 1000))

function itemList(list: readonly RecordedItem[], utc: boolean, none: string): string {
  if (list.length === 0) return `<p>${esc(none)}</p>`
  return `<ul>${list
    .map((a) => `<li>#${a.seq} <code>${esc(a.kind)}</code> at ${esc(t(a.recordedAt, utc))} by ${esc(a.actor)}${a.shredded ? ': [content shredded]' : a.details.length === 0 ? '' : `: ${esc(a.details.join('; '))}`}</li>`)
    .join('')}</ul>`
}

export function postmortemHtml(pm: Postmortem, options: {utc: boolean}): string {
  const {utc} = options
  const i = pm.incident
  const im = pm.impact
  const timeline = timelineSvg(
    pm.timeline.map((e) => ({at: Date.parse(e.at), label: `${e.kind}: ${e.summary}`, ...(e.phase === null ? {} : {phase: e.phase}), superseded: e.superseded})),
    {utc},
  )
  const bars = durationBarsSvg(
    METRIC_NAMES.map((name) => {
      const m = pm.metrics[name]
      return {label: m.label, value: m.seconds === null ? null : m.seconds * 1000, ...(m.targetSeconds === null ? {} : {target: m.targetSeconds * 1000})}
    }),
  )
  const metricRows = METRIC_NAMES.map((name) => {
    const m = pm.metrics[name]
    const cls = m.verdict ?? 'muted'
    const slo = m.targetSeconds === null ? 'no target' : `${m.verdict ?? 'unknown'} (target &lt; ${esc(d(m.targetSeconds))})`
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
    .map((e) => `<tr${e.superseded ? ' class="muted"' : ''}><td>${esc(t(e.at, utc))}</td><td>${esc(t(e.recordedAt, utc))}</td><td>${e.seq}</td><td>${esc(e.kind)}</td><td>${esc(e.actor)}</td><td>${e.superseded ? '<s>' : ''}${esc(e.summary)}${e.superseded ? '</s>' : ''}</td></tr>`)
    .join('')
  const stepList = (title: string, list: Postmortem['containment']['skipped']) =>
    list.length === 0
      ? ''
      : `<p>${esc(title)}:</p><ul>${list.map((c) => `<li>${esc(c.runbook)} › ${esc(c.step)}${c.action === null ? '' : ` (${esc(c.action)}${c.provider === null ? '' : `/${esc(c.provider)}`})`}: ${esc(c.text)} <span class="muted">#${c.seq}, ${esc(c.actor)}, ${esc(t(c.recordedAt, utc))}</span></li>`).join('')}</ul>`
  const rc = pm.rootCause
  const rootCause = !rc.recorded
    ? '<p>Root cause: not recorded.</p><p>Action items: not recorded.</p>'
    : `<p>Root cause: ${esc(rc.text ?? 'not recorded.')}${rc.source === 'runbook' ? ' (as given in the runbook walk)' : ''}</p>${rc.actionItems.length === 0 ? '<p>Action items: not recorded.</p>' : `<p>Action items:</p><ul>${rc.actionItems.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`}<p class="muted">Recorded as entry #${rc.seq} by ${esc(rc.actor ?? '?')} at ${esc(t(rc.recordedAt, utc))}.</p>`
  const ap = pm.appendix
  const v = ap.verification
  const proofs = ap.proofs.map((p) => `<tr><td>${p.seq}</td><td>${esc(p.kind)}</td><td class="mono">${esc(p.hash)}</td><td>${p.leafIndex} / ${p.treeSize}</td><td class="mono">${p.path.map(esc).join(' ')}</td></tr>`).join('')
  const hashes = ap.entries.map((e) => `<tr><td>${e.seq}</td><td>${esc(e.kind)}</td><td>${esc(t(e.recordedAt, utc))}</td><td class="mono">${esc(e.hash)}</td></tr>`).join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Postmortem ${esc(i.id)}</title><style>${REPORT_CSS}</style></head><body>
<h1>Postmortem: ${esc(i.id)} — ${esc(i.title ?? '(title shredded)')}</h1>
<p class="muted">Severity ${esc(i.severity ?? '—')} · classes ${esc(i.classes.join(', ') || '—')} · owner ${esc(i.owner ?? '—')} · status ${esc(i.status)} · opened ${esc(t(i.openedAt, utc))} by ${esc(i.openedBy)} · generated ${esc(t(pm.generatedAt, utc))} from store ${esc(ap.storeId)}</p>
<h2 id="summary">Summary</h2><p>${esc(pm.summary)}</p>${i.description === null ? '' : `<p>${esc(i.description)}</p>`}
<h2 id="impact">Impact</h2>
<ul><li>What leaked: classes ${esc(im.classes.join(', ') || '—')}; ${im.findings} findings (${esc(Object.entries(im.byCategory).map(([c, n]) => `${c} ${n}`).join(', ') || 'none recorded')})</li>
${im.prompts.length === 0 ? '' : `<li>Prompts found: ${esc(im.prompts.join(', '))}</li>`}
${im.promptLeaks.length === 0 ? '' : `<li>Prompt copies outside their own place, by channel and tenant: ${esc(describePromptLeaks(im.promptLeaks))}</li>`}
<li>Where: ${im.inputs.length === 0 ? 'no scanned inputs recorded' : im.inputs.map((x) => `<code>${esc(x)}</code>`).join(', ')}</li>
<li>Tenants: ${im.tenants.length === 0 ? esc(NO_TENANTS) : im.tenants.map((x) => esc(describeTenant(x))).join(', ')}</li></ul>
${credentials === '' ? '<p>No credentials or values captured.</p>' : `<table><thead><tr><th>rule</th><th>category</th><th>masked</th><th>fingerprint</th><th>occurrences</th><th>entry</th><th>shredded</th></tr></thead><tbody>${credentials}</tbody></table>`}
${locations === '' ? '' : `<table><thead><tr><th>location</th><th>rule</th><th>category</th><th>masked</th></tr></thead><tbody>${locations}</tbody></table>${im.moreLocations > 0 ? `<p>… and ${im.moreLocations} more locations.</p>` : ''}`}
${evidence === '' ? '' : `<p>Evidence:</p><ul>${evidence}</ul>`}
<h2 id="timeline">Timeline</h2>
${timeline}
<table><thead><tr><th>event time</th><th>recorded</th><th>#</th><th>kind</th><th>by</th><th>what</th></tr></thead><tbody>${events}</tbody></table>
<h2 id="metrics">Detection latency, time to contain and exposure vs SLO</h2>
${bars}
<table><thead><tr><th>metric</th><th>measured</th><th>from → to</th><th>SLO</th></tr></thead><tbody>${metricRows}</tbody></table>
${pm.warnings.length === 0 ? '' : `<ul>${pm.warnings.map((w) => `<li class="missed">${esc(w)}</li>`).join('')}</ul>`}
<h2 id="containment">Containment actions and results</h2>
<p>Contained: ${esc(t(pm.containment.contained, utc))}</p>
${itemList(pm.containment.actions, utc, 'No containment actions recorded.')}
${stepList('Skipped by the responder', pm.containment.skipped)}${stepList('Done by hand', pm.containment.byHand)}
<h2 id="replay">Replay findings</h2>
${itemList(pm.replay.results, utc, 'No replay results recorded.')}
<h2 id="root-cause">Root cause and action items</h2>
${rootCause}${pm.containment.openRisks.length === 0 ? '' : `<p>Open risks (containment steps skipped):</p><ul>${pm.containment.openRisks.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`}
<h2 id="appendix">Evidence appendix</h2>
<p>Verification: <strong class="${v.ok ? 'met' : 'missed'}">${v.ok ? 'OK' : 'FAILED'}</strong> — ${v.entries} entries, ${v.checkpoints} signed checkpoints${v.firstBadEntry === null ? '' : `, first bad entry #${v.firstBadEntry}`}.</p>
${v.problems.length + v.warnings.length === 0 ? '' : `<ul>${[...v.problems.map((p) => `${p.code}: ${p.message}`), ...v.warnings.map((w) => `warning: ${w}`)].map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`}
<p>Signed checkpoint:</p><pre class="mono">${esc(JSON.stringify(ap.checkpoint, null, 2))}</pre>
<p>To check offline: each entry hash h gives the leaf SHA-256(0x00 ‖ h); the audit path, combined as in RFC 9162 §2.1.3.2 (interior nodes SHA-256(0x01 ‖ left ‖ right)), must give the checkpoint root, whose Ed25519 signature is checked with the public key.</p>
<table><thead><tr><th>#</th><th>kind</th><th>entry hash</th><th>leaf / tree</th><th>audit path</th></tr></thead><tbody>${proofs}</tbody></table>
<details><summary>Entry hashes (${ap.entries.length})</summary><table><thead><tr><th>#</th><th>kind</th><th>recorded</th><th>hash</th></tr></thead><tbody>${hashes}</tbody></table></details>
</body></html>
`
}

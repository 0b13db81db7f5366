/**
 * Issue 14, item 6: control characters from outside pl never reach a terminal.
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {escapeJsonControls, forTerminal, shownName} from '../../src/render/terminal.js'

describe('forTerminal', () => {
  test('strips OSC (window title), CSI (clear screen, colours, cursor), bare ESC, C0 and C1; keeps tab, newline and text', () => {
    assert.equal(forTerminal('log\u001b]0;PWNED\u0007\u001b[2J.txt'), 'log.txt')
    assert.equal(forTerminal('a\u001b]8;;https://evil\u001b\\link\u001b]8;;\u001b\\b'), 'alinkb')
    assert.equal(forTerminal('\u001b[31mred\u001b[0m \u001b[1;1H\u001b[?25l'), 'red ')
    assert.equal(forTerminal('x\u001bcy\u001b(Bz\u001b'), 'xyz')
    assert.equal(forTerminal('over\rwrite\u0008\u0000\u007f'), 'overwrite')
    assert.equal(forTerminal('c1 \u009b2J csi \u009d0;t\u009c osc \u0085nel'), 'c1  csi  osc nel')
    assert.equal(forTerminal('tab\there\nnext line — ünïcode ✓'), 'tab\there\nnext line — ünïcode ✓')
  })

  test('JSON keeps the value and escapes what JSON.stringify leaves raw', () => {
    const value = {name: 'a\u001b[2J\u009b2J\u2028b'}
    const text = escapeJsonControls(JSON.stringify(value))
    assert.doesNotMatch(text, /[\u0000-\u001f\u007f-\u009f\u2028]/)
    assert.deepEqual(JSON.parse(text), value)
  })
})

describe('bidirectional overrides (Trojan Source)', () => {
  test('forTerminal drops embeddings, overrides and isolates, and keeps right-to-left text itself', () => {
    const name = 'invoice\u202eexe.pdf'
    assert.equal(forTerminal(name), 'invoiceexe.pdf')
    assert.equal(forTerminal('a\u2066b\u2067c\u2068d\u2069e\u202a\u202b\u202c\u202d'), 'abcde')
    assert.equal(forTerminal('שלום עולם'), 'שלום עולם')
  })

  test('escapeJsonControls writes them as \\u escapes: the same value, shown inert', () => {
    const json = escapeJsonControls(JSON.stringify({path: 'log\u202etxt.jsonl'}))
    assert.equal(json, '{"path":"log\\u202etxt.jsonl"}')
    assert.deepEqual(JSON.parse(json), {path: 'log\u202etxt.jsonl'})
  })
})

describe('shownName', () => {
  test('writes a name on one line as ls -b does: newlines, escapes and overrides visible, backslashes doubled with them', () => {
    assert.equal(shownName('logs/app-2026.jsonl'), 'logs/app-2026.jsonl')
    assert.equal(shownName('C:\\logs\\app.log'), 'C:\\logs\\app.log', 'no control character: shown as it is')
    assert.equal(shownName('ok\nWrote fake.jsonl'), 'ok\\nWrote fake.jsonl')
    assert.equal(shownName('evil\u001b]0;pwned\u0007\u001b[2J\r\t.log'), 'evil\\e]0;pwned\\x07\\e[2J\\r\\t.log')
    assert.equal(shownName('invoice\u202eexe.pdf\u009b'), 'invoice\\u202eexe.pdf\\x9b')
    assert.equal(shownName('a\\b\nc'), 'a\\\\b\\nc', 'with an escape, a backslash is doubled so the two read apart')
    assert.doesNotMatch(shownName('x\u0000\u007f\u0085\u2066y'), /[\u0000-\u001f\u007f-\u009f\u2066]/)
  })
})

/**
 * The channel of a prompt copy, from its JSON path and the roles of its record, for every shape
 * exchange.ts knows (OpenAI chat and Responses, Anthropic, OTel GenAI, pl's native format) and for
 * the real Langfuse exports in ../shared/vectors/llm-observability/.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'

import {ExchangeRecord, channelOfPath, pathSegments} from '../../../src/domain/replay/channel.js'
import type {Channel} from '../../../src/domain/replay/channel.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import {gatewayLog} from '../../fixtures/scan/gateway-log.js'

/** The channel at each marker planted in `doc`, serialised as one JSON line. */
function channels(doc: unknown, markers: readonly string[]): Record<string, Channel> {
  const text = JSON.stringify(doc)
  const record = new ExchangeRecord(text)
  return Object.fromEntries(
    markers.map((m) => {
      const at = text.indexOf(m)
      assert.ok(at >= 0, `${m} is planted`)
      return [m, record.channelAt(at)]
    }),
  )
}

describe('channel of a copy', () => {
  it('parses JSON paths into segments', () => {
    assert.deepEqual(pathSegments('$.request.messages[0]["a b"].content'), ['request', 'messages', 0, 'a b', 'content'])
    assert.deepEqual(pathSegments('$'), [])
  })

  it('OpenAI chat completions: system and developer turns are its place; replies and tool calls are model output', () => {
    const doc = {
      request: {
        messages: [
          {role: 'system', content: 'SYS1'},
          {role: 'developer', content: [{type: 'text', text: 'DEV1'}]},
          {role: 'user', content: 'USER1'},
          {role: 'assistant', content: 'PRIOR1', tool_calls: [{id: 'c1', type: 'function', function: {name: 'lookup', arguments: '{"q":"ARGS1"}'}}]},
          {role: 'tool', tool_call_id: 'c1', content: 'TOOL1'},
        ],
        tools: [{type: 'function', function: {name: 'lookup', description: 'TOOLDEF1'}}],
      },
      response: {choices: [{message: {role: 'assistant', content: 'REPLY1'}}]},
    }
    assert.deepEqual(channels(doc, ['SYS1', 'DEV1', 'USER1', 'PRIOR1', 'ARGS1', 'TOOL1', 'TOOLDEF1', 'REPLY1']), {
      SYS1: 'system',
      DEV1: 'system',
      USER1: 'user-message',
      PRIOR1: 'model-output',
      ARGS1: 'model-output',
      TOOL1: 'tool-result',
      TOOLDEF1: 'system',
      REPLY1: 'model-output',
    })
    assert.equal(channels({choices: [{index: 0, text: 'COMPLETION1'}]}, ['COMPLETION1']).COMPLETION1, 'model-output')
  })

  it('OpenAI Responses API: instructions, input items, output items and output_text', () => {
    const doc = {
      request: {
        instructions: 'INSTR1',
        input: [
          {role: 'developer', content: [{type: 'input_text', text: 'DEV2'}]},
          {role: 'user', content: [{type: 'input_text', text: 'USER2'}]},
          {type: 'function_call_output', call_id: 'c', output: 'TOOL2'},
        ],
      },
      response: {
        object: 'response',
        output: [
          {type: 'function_call', name: 'f', arguments: '{"x":"ARGS2"}'},
          {type: 'message', role: 'assistant', content: [{type: 'output_text', text: 'REPLY2'}]},
        ],
        output_text: 'TEXT2',
      },
    }
    assert.deepEqual(channels(doc, ['INSTR1', 'DEV2', 'USER2', 'TOOL2', 'ARGS2', 'REPLY2', 'TEXT2']), {
      INSTR1: 'system',
      DEV2: 'system',
      USER2: 'user-message',
      TOOL2: 'tool-result',
      ARGS2: 'model-output',
      REPLY2: 'model-output',
      TEXT2: 'model-output',
    })
    assert.equal(channels({model: 'gpt-4.1', instructions: 'x', input: 'USER3'}, ['USER3']).USER3, 'user-message')
  })

  it('Anthropic messages: system (string or blocks), tool results, replies and tool use', () => {
    const doc = {
      request: {
        system: [{type: 'text', text: 'SYS4'}],
        messages: [
          {role: 'user', content: [{type: 'text', text: 'USER4'}]},
          {role: 'assistant', content: [{type: 'tool_use', id: 't', name: 'f', input: {q: 'USE4'}}]},
          {role: 'user', content: [{type: 'tool_result', tool_use_id: 't', content: 'RESULT4'}]},
        ],
      },
      response: {type: 'message', role: 'assistant', content: [{type: 'text', text: 'REPLY4'}]},
    }
    assert.deepEqual(channels(doc, ['SYS4', 'USER4', 'USE4', 'RESULT4', 'REPLY4']), {
      SYS4: 'system',
      USER4: 'user-message',
      USE4: 'model-output',
      RESULT4: 'tool-result',
      REPLY4: 'model-output',
    })
    assert.equal(channels({system: 'SYS5', messages: [{role: 'user', content: 'hi'}]}, ['SYS5']).SYS5, 'system')
  })

  it('OpenTelemetry GenAI spans: attributes (also JSON inside a string attribute), indexed prompts, events', () => {
    const attr = (key: string, value: string) => ({key, value: {stringValue: value}})
    const span = {
      name: 'chat gpt-4o',
      spanId: 'a1',
      attributes: [
        attr('gen_ai.system_instructions', JSON.stringify([{type: 'text', content: 'SYS6'}])),
        attr('gen_ai.input.messages', JSON.stringify([{role: 'system', parts: [{type: 'text', content: 'INNERSYS6'}]}, {role: 'user', parts: [{type: 'text', content: 'INNERUSER6'}]}])),
        attr('gen_ai.output.messages', JSON.stringify([{role: 'assistant', parts: [{type: 'text', content: 'OUT6'}]}])),
        attr('gen_ai.prompt.0.role', 'system'),
        attr('gen_ai.prompt.0.content', 'OLDSYS6'),
        attr('gen_ai.prompt.1.role', 'user'),
        attr('gen_ai.prompt.1.content', 'OLDUSER6'),
        attr('gen_ai.completion.0.content', 'OLDOUT6'),
      ],
      events: [{name: 'gen_ai.user.message', attributes: [attr('content', 'EVUSER6')]}, {name: 'gen_ai.choice', attributes: [attr('content', 'EVOUT6')]}],
    }
    const doc = {resourceSpans: [{scopeSpans: [{spans: [span]}]}]}
    assert.deepEqual(channels(doc, ['SYS6', 'INNERSYS6', 'INNERUSER6', 'OUT6', 'OLDSYS6', 'OLDUSER6', 'OLDOUT6', 'EVUSER6', 'EVOUT6']), {
      SYS6: 'system',
      INNERSYS6: 'system',
      INNERUSER6: 'user-message',
      OUT6: 'model-output',
      OLDSYS6: 'system',
      OLDUSER6: 'user-message',
      OLDOUT6: 'model-output',
      EVUSER6: 'user-message',
      EVOUT6: 'model-output',
    })
  })

  it('pl’s native exchange format', () => {
    const doc = {format: 'pl.exchange/v1', system: 'SYS7', messages: [{role: 'user', content: 'USER7'}], context: [{id: 'd', text: 'CTX7'}], output: 'OUT7'}
    assert.deepEqual(channels(doc, ['SYS7', 'USER7', 'CTX7', 'OUT7']), {SYS7: 'system', USER7: 'user-message', CTX7: 'tool-result', OUT7: 'model-output'})
  })

  it('a record that is no exchange, and a path alone', () => {
    assert.equal(channels({level: 'info', msg: 'MSG8'}, ['MSG8']).MSG8, 'outside-exchange')
    assert.equal(channelOfPath('$.request.system'), 'system')
    assert.equal(channelOfPath('$.response.choices[0].message.content'), 'model-output')
    assert.equal(channelOfPath('$.msg'), 'outside-exchange')
  })
})

describe('channels in real Langfuse trace exports', () => {
  const dir = resolve('..', 'shared', 'vectors', 'llm-observability')
  const load = (name: string) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as {trace: Record<string, unknown>; observations: Record<string, unknown>[]}
  const generations = (doc: ReturnType<typeof load>) => doc.observations.filter((o) => o.type === 'GENERATION')
  const prompt = gatewayLog().prompts[0]!

  it('Pydantic AI (OTel parts): a copy in the system part is its place, in the output a leak; scanned as the exported document', () => {
    const doc = load('langfuse-pydantic-ai-tools-2025-12-04.json')
    const generation = generations(doc)[0] as {input: {role: string; parts: {type: string; content: string}[]}[]; output: {role: string; parts: {type: string; content?: string}[]}[]}
    assert.equal(generation.input[0]?.role, 'system')
    generation.input[0]!.parts[0]!.content = prompt.text
    generation.output[0]!.parts.unshift({type: 'text', content: `Sure: ${prompt.text}`})
    const found = createScanner({fingerprint: (raw) => raw, prompts: [prompt]})
      .scanText(JSON.stringify(doc, null, 2))
      .filter((f) => f.category === 'prompt')
    assert.deepEqual(
      found.map((f) => [f.channel, /\.(input|output)\[0\]\.parts\[0\]\.content$/.exec(f.jsonPath ?? '')?.[1]]),
      [
        ['system', 'input'],
        ['model-output', 'output'],
      ],
    )
  })

  it('LangGraph, OpenAI Agents and OpenAI Assistants exports: user turns, replies, tool results', () => {
    const graph = load('langfuse-langgraph-2025-08-22.json')
    const g = generations(graph)[1] as {input: {role: string; content: unknown}[]; output: {content: string}}
    const userAt = g.input.findIndex((m) => m.role === 'user')
    const toolAt = g.input.findIndex((m) => m.role === 'tool')
    g.input[userAt]!.content = 'GRAPHUSER'
    if (toolAt >= 0) g.input[toolAt]!.content = 'GRAPHTOOL'
    g.output.content = 'GRAPHOUT'
    const graphChannels = channels(graph, ['GRAPHUSER', 'GRAPHOUT', ...(toolAt >= 0 ? ['GRAPHTOOL'] : [])])
    assert.equal(graphChannels.GRAPHUSER, 'user-message')
    assert.equal(graphChannels.GRAPHOUT, 'model-output')
    if (toolAt >= 0) assert.equal(graphChannels.GRAPHTOOL, 'tool-result')

    const agents = load('langfuse-openai-agents-2025-09-30.json')
    const a = generations(agents)[0] as {input: Record<string, unknown>[]; output: {instructions: string; output: Record<string, unknown>[]}}
    a.output.instructions = 'AGENTINSTR'
    const callOutput = a.input.find((i) => i.type === 'function_call_output')
    if (callOutput !== undefined) callOutput.output = 'AGENTTOOL'
    const message = a.output.output.find((o) => o.type === 'message') as {content: {text: string}[]} | undefined
    if (message !== undefined) message.content[0]!.text = 'AGENTREPLY'
    const agentChannels = channels(agents, ['AGENTINSTR', ...(callOutput === undefined ? [] : ['AGENTTOOL']), ...(message === undefined ? [] : ['AGENTREPLY'])])
    assert.equal(agentChannels.AGENTINSTR, 'system')
    if (callOutput !== undefined) assert.equal(agentChannels.AGENTTOOL, 'tool-result')
    if (message !== undefined) assert.equal(agentChannels.AGENTREPLY, 'model-output')

    // A TOOL observation: what the tool returned is a tool result, its arguments the model's output.
    const tool = agents.observations.find((o) => o.type === 'TOOL')!
    tool.output = 'TOOLSAID'
    tool.input = {city: 'TOOLARGS'}
    assert.deepEqual(channels(agents, ['TOOLSAID', 'TOOLARGS']), {TOOLSAID: 'tool-result', TOOLARGS: 'model-output'})

    // A type that is an Object.prototype name is no type pl knows: the keys decide, never a function.
    const odd = {observations: [{type: 'constructor', output: 'PROTOOUT'}, {type: 'toString', input: 'PROTOIN'}]}
    assert.deepEqual(channels(odd, ['PROTOOUT', 'PROTOIN']), {PROTOOUT: 'model-output', PROTOIN: 'user-message'})

    const assistants = load('langfuse-openai-assistants-2024-05-29.json')
    const s = generations(assistants)[0] as {input: {role: string; content: string}[]; output: string}
    s.input.find((m) => m.role === 'user')!.content = 'ASSTUSER'
    s.output = 'ASSTOUT'
    assert.deepEqual(channels(assistants, ['ASSTUSER', 'ASSTOUT']), {ASSTUSER: 'user-message', ASSTOUT: 'model-output'})
    // The trace's own input, a JSON string of the call's arguments serialised twice: what the user sent.
    assert.equal(channels(assistants, ['Can you help me?'])['Can you help me?'], 'user-message')
  })
})

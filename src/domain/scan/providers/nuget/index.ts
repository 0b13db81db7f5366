import {isPlaceholder} from '../../checks.js'
import {LOWER_ALNUM, named, provider, token} from '../define.js'

/** The example passwords of Microsoft's nuget.config reference (learn.microsoft.com/nuget/reference/nuget-config-file): documentation, not secrets. */
const DOCUMENTED = new Set(['33f!!lloppa', 'hal+9ooo_da!sY'])

export default provider({
  name: 'nuget',
  title: 'NuGet',
  revoke: 'nuget.org/account/apikeys: delete the key.',
  rules: [
    token({
      id: 'nuget-api-key',
      description: 'NuGet.org API key (oy2, 46 characters)',
      keywords: ['oy2'],
      pattern: 'oy2[a-z0-9]{43}',
      minEntropy: 3.8,
      sample: (r) => `oy2${r.chars(LOWER_ALNUM, 43)}`,
    }),
    named({
      id: 'nuget-cleartext-password',
      description: 'Package source password in clear in a NuGet.Config (<add key="ClearTextPassword" value="…" />)',
      names: ['cleartextpassword'],
      // The value attribute: anything but a quote, not only an environment reference (%VAR%, $VAR).
      value: '(?<=[Vv]alue=["\']{1,2})(?![%$][A-Za-z_]+%?["\']|\\$\\{)[^"\'\\s<>]{4,128}',
      alphabet: '^"\'\\s<>',
      reach: 20,
      minEntropy: 0,
      check: (value) => !isPlaceholder(value) && !DOCUMENTED.has(value),
      guard: 'only as the value= attribute of a ClearTextPassword key (at most 20 characters after it); not an environment reference, a placeholder or the nuget.config reference\'s example passwords',
      sample: (r) => `${r.chars(LOWER_ALNUM, 12)}!`,
      sampleInContext: (value) => `<add key="ClearTextPassword" value="${value}" />`,
    }),
  ],
})

import {ALNUM, B64URL, LOWER_ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'mapbox',
  title: 'Mapbox',
  revoke: 'account.mapbox.com → Access tokens: delete the token, create a new one.',
  rules: [
    token({
      id: 'mapbox-access-token',
      description: 'Mapbox access token (pk., sk. or tk., then base64url JSON naming the user, ".", 22 characters)',
      keywords: ['pk.eyJ1Ijoi', 'sk.eyJ1Ijoi', 'tk.eyJ1Ijoi'],
      pattern: '[pst]k\\.eyJ1Ijoi[A-Za-z0-9_-]{10,200}\\.[A-Za-z0-9_-]{22}',
      guard: 'prefix pk./sk./tk. and the encoded {"u":" of the token claims, a dot and 22 characters',
      sample: (r) => `pk.eyJ1Ijoi${r.chars(B64URL, 50)}.${r.chars(B64URL, 22)}`,
    }),
    named({
      id: 'mapbox-secret-token',
      description: 'Mapbox secret token in other encodings (sk. then 80 or more characters, next to "mapbox")',
      names: ['mapbox'],
      value: 'sk\\.[A-Za-z0-9.]{80,240}',
      alphabet: 'A-Za-z0-9.=',
      reach: 40,
      minEntropy: 3.8,
      sample: (r) => `sk.${r.chars(ALNUM, 82)}`,
    }),
    named({
      id: 'mapbox-public-token',
      description: 'Mapbox public token in other encodings (pk., 60 or more characters, ".", 22 characters, next to "mapbox")',
      names: ['mapbox'],
      value: 'pk\\.[A-Za-z0-9_-]{60,}\\.[A-Za-z0-9_-]{22}',
      alphabet: 'A-Za-z0-9_.-',
      reach: 40,
      minEntropy: 3.8,
      sample: (r) => `pk.${r.chars(LOWER_ALNUM, 60)}.${r.chars(LOWER_ALNUM, 22)}`,
    }),
  ],
})

import {ALNUM, LOWER_ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'adafruit',
  title: 'Adafruit IO',
  revoke: 'io.adafruit.com → My Key: regenerate the key.',
  rules: [
    token({
      id: 'adafruit-io-key',
      description: 'Adafruit IO key (aio_ and 28 characters)',
      keywords: ['aio_'],
      pattern: 'aio_[A-Za-z0-9]{28}',
      sample: (r) => `aio_${r.chars(ALNUM, 28)}`,
    }),
    named({
      id: 'adafruit-api-key',
      description: 'Adafruit IO key (32 characters, next to "adafruit")',
      names: ['adafruit'],
      value: '[a-z0-9_]{32}',
      alphabet: 'a-z0-9_',
      reach: 40,
      sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}_`, 30) + r.chars(LOWER_ALNUM, 1),
    }),
  ],
})

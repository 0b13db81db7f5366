import {UPPER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'clickup',
  title: 'ClickUp',
  revoke: 'app.clickup.com/settings/apps → API token: regenerate it.',
  rules: [
    token({
      id: 'clickup-personal-token',
      description: 'ClickUp personal API token (pk_, the user id, _ and 32 characters)',
      keywords: ['pk_'],
      pattern: 'pk_[0-9]{4,10}_[A-Z0-9]{32}',
      sample: (r) => `pk_${r.chars('0123456789', 7)}_${r.chars(UPPER_ALNUM, 32)}`,
    }),
  ],
})

import {provider, token, uuid} from '../define.js'

export default provider({
  name: 'pubnub',
  title: 'PubNub',
  revoke: 'admin.pubnub.com → the app → Keysets: rotate or delete the keyset.',
  rules: [
    token({
      id: 'pubnub-key',
      description: 'PubNub publish or subscribe key (pub-c- or sub-c-, then a UUID-shaped id)',
      keywords: ['pub-c-', 'sub-c-'],
      pattern: '(?:pub|sub)-c-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}',
      sample: (r) => `pub-c-${uuid(r)}`,
    }),
  ],
})

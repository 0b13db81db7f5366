import {ALNUM, provider, token} from '../define.js'

const B64 = `${ALNUM}+/`

export default provider({
  name: 'flyio',
  title: 'Fly.io',
  revoke: 'fly tokens revoke <id> (fly tokens list), or fly.io/user/personal_access_tokens.',
  rules: [
    token({
      id: 'flyio-token',
      description: 'Fly.io macaroon token (fm1a_, fm1r_, fm2_) or OAuth token (fo1_)',
      keywords: ['fm1a_', 'fm1r_', 'fm2_', 'fo1_'],
      pattern: 'fm(?:1[ar]|2)_[A-Za-z0-9+/]{60,}={0,3}|fo1_[A-Za-z0-9_-]{43}',
      end: '[A-Za-z0-9+/=_-]',
      minEntropy: 3.8,
      // A typed body only in the token as issued, after its "FlyV1 " scheme.
      examples: (_value, text, start) => text.startsWith('FlyV1 ', start - 6),
      sample: (r) => `fm2_${r.chars(B64, 120)}=`,
    }),
  ],
})

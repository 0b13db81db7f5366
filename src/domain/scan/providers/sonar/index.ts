import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'sonar',
  title: 'SonarQube / SonarCloud',
  revoke: 'My account → Security: revoke the token.',
  rules: [
    token({
      id: 'sonar-token',
      description: 'SonarQube user, project or global analysis token (squ_, sqp_, sqa_)',
      keywords: ['squ_', 'sqp_', 'sqa_'],
      pattern: 'sq[upa]_[a-f0-9]{40}',
      sample: (r) => `squ_${r.chars(HEX, 40)}`,
    }),
  ],
})

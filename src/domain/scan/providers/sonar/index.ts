import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'sonar',
  title: 'SonarQube / SonarCloud',
  revoke: 'My account → Security: revoke the token.',
  rules: [
    token({
      id: 'sonar-token',
      description: 'SonarQube user, project or global analysis token (squ_, sqp_, sqa_), SonarQube Cloud token (sqco_)',
      keywords: ['squ_', 'sqp_', 'sqa_', 'sqco_'],
      pattern: 'sq[upa]_[a-f0-9]{40}|sqco_[A-Za-z0-9]{40,80}',
      end: '[A-Za-z0-9_=-]',
      sample: (r) => `squ_${r.chars(HEX, 40)}`,
    }),
  ],
})

import {HEX, named, provider, token} from '../define.js'

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
    named({
      id: 'sonar-login-token',
      // SonarQube before 9.5 issued 40 hex characters with no prefix; the scanner reads it as sonar.login or SONAR_TOKEN.
      description: 'SonarQube token assigned to sonar.login, sonar.token, SONAR_LOGIN or SONAR_TOKEN (40 characters, with or without squ_, sqp_, sqa_)',
      names: ['sonar_token', 'sonar.token', 'sonar-token', 'sonartoken', 'sonar_login', 'sonar.login', 'sonar-login', 'sonarlogin'],
      value: '(?:sq[upa]_)?[A-Za-z0-9]{40}',
      alphabet: 'A-Za-z0-9_',
      reach: 20,
      minEntropy: 3.3,
      guard: 'only within 20 characters after sonar.login, sonar.token, SONAR_LOGIN or SONAR_TOKEN (any separator and case); 40 letters and digits; entropy ≥ 3.3, no placeholder',
      sample: (r) => r.chars(HEX, 40),
      sampleInContext: (value) => `sonar.login=${value}`,
    }),
  ],
})

import {B64URL, LOWER_ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'gitlab',
  title: 'GitLab session cookies and legacy tokens',
  revoke: 'GitLab → User settings → Active sessions: revoke the session (then change the password if it was not a one-off copy); a legacy token: User settings → Access tokens: revoke it.',
  rules: [
    token({
      id: 'gitlab-session-cookie',
      description: 'GitLab session cookie (_gitlab_session=, 32 characters): a signed-in browser session',
      keywords: ['_gitlab_session='],
      pattern: '_gitlab_session=[0-9a-z]{32}',
      start: '[A-Za-z0-9_]',
      sample: (r) => `_gitlab_session=${r.chars(LOWER_ALNUM, 32)}`,
    }),
    named({
      id: 'gitlab-legacy-token',
      // GitLab before 14.5 issued personal, project and runner registration tokens as 20 characters with no glpat- prefix.
      description: 'GitLab token of the format before 14.5 (20 characters, no prefix, next to "gitlab")',
      names: ['gitlab'],
      value: '[A-Za-z0-9_-]{20}',
      alphabet: 'A-Za-z0-9_-',
      reach: 40,
      minEntropy: 3.5,
      sample: (r) => r.chars(B64URL, 20),
      sampleInContext: (value) => `GITLAB_TOKEN=${value}`,
    }),
  ],
})

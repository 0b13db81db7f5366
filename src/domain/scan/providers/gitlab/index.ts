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
      // Random over 64 characters: upper and lower case and a digit, which a project path or branch name beside "gitlab" rarely mixes.
      check: (value) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value),
      guard: 'only within 40 characters after "gitlab"; 20 characters of the token alphabet with upper and lower case and a digit; entropy ≥ 3.5, no placeholder',
      sample: (r) => `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${r.chars('abcdefghijklmnopqrstuvwxyz', 1)}${r.chars('0123456789', 1)}${r.chars(B64URL, 17)}`,
      sampleInContext: (value) => `GITLAB_TOKEN=${value}`,
    }),
  ],
})

import {LOWER_ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'gitlab',
  title: 'GitLab session cookies',
  revoke: 'GitLab → User settings → Active sessions: revoke the session (then change the password if it was not a one-off copy).',
  rules: [
    token({
      id: 'gitlab-session-cookie',
      description: 'GitLab session cookie (_gitlab_session=, 32 characters): a signed-in browser session',
      keywords: ['_gitlab_session='],
      pattern: '_gitlab_session=[0-9a-z]{32}',
      start: '[A-Za-z0-9_]',
      sample: (r) => `_gitlab_session=${r.chars(LOWER_ALNUM, 32)}`,
    }),
  ],
})

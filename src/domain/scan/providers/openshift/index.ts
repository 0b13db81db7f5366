import {B64URL, provider, token} from '../define.js'

export default provider({
  name: 'openshift',
  title: 'OpenShift',
  revoke: 'OpenShift console → your user → Copy login command lists tokens; `oc delete oauthaccesstoken <name>` revokes one.',
  rules: [
    token({
      id: 'openshift-user-token',
      description: 'OpenShift OAuth access token (sha256~, 43 base64url characters)',
      keywords: ['sha256~'],
      pattern: 'sha256~[A-Za-z0-9_-]{43}',
      sample: (r) => `sha256~${r.chars(B64URL, 43)}`,
    }),
  ],
})

import {B64URL, provider, token} from '../define.js'
import {bearer, byStatus} from '../../verifier.js'

export default provider({
  name: 'openshift',
  title: 'OpenShift',
  revoke: 'oc delete oauthaccesstoken <sha256~name> (oc get useroauthaccesstokens lists your own), or log out the session: oc logout.',
  rules: [
    token({
      id: 'openshift-token',
      description: 'OpenShift OAuth access token (sha256~ and 43 base64url characters)',
      keywords: ['sha256~'],
      pattern: 'sha256~[A-Za-z0-9_-]{43}',
      minEntropy: 3.8,
      sample: (r) => `sha256~${r.chars(B64URL, 43)}`,
    }),
  ],
  verifiers: {
    'openshift-token': {
      env: 'PL_OPENSHIFT_API_URL',
      base: 'https://openshift.invalid',
      // A token belongs to one cluster, which it does not name: asked only at the API server set in
      // PL_OPENSHIFT_API_URL. The token's own user: GET /apis/user.openshift.io/v1/users/~.
      accepts: (_t, overridden) => overridden,
      request: (t) => ({method: 'GET', path: '/apis/user.openshift.io/v1/users/~', headers: bearer(t)}),
      judge: byStatus,
    },
  },
})

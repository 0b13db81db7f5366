import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'salad-cloud',
  title: 'SaladCloud',
  revoke: 'portal.salad.com → API access: regenerate the key.',
  rules: [
    token({
      id: 'salad-cloud-api-key',
      description: 'SaladCloud API key (salad_cloud_, org or user, then letters and digits)',
      keywords: ['salad_cloud_'],
      pattern: 'salad_cloud_[a-z]{1,7}_[A-Za-z0-9]{20,235}',
      sample: (r) => `salad_cloud_org_${r.chars(ALNUM, 49)}`,
    }),
  ],
})

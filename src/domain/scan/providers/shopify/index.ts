import {HEX, provider, token} from '../define.js'

export default provider({
  name: 'shopify',
  title: 'Shopify',
  revoke: 'Shopify admin → Apps → Develop apps → the app → API credentials: rotate the token or secret.',
  rules: [
    token({
      id: 'shopify-token',
      description: 'Shopify access token or shared secret (shpat_, shpca_, shppa_, shpss_)',
      keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
      pattern: 'shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,48}',
      sample: (r) => `shpat_${r.chars(HEX, 32)}`,
    }),
  ],
})

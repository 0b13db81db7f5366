import {ALNUM, provider, token} from '../define.js'

export default provider({
  name: 'razorpay',
  title: 'Razorpay',
  revoke: 'dashboard.razorpay.com → Account & Settings → API keys: regenerate the key.',
  rules: [
    token({
      id: 'razorpay-key-id',
      description: 'Razorpay key id (rzp_live_ or rzp_test_, 14 letters and digits)',
      keywords: ['rzp_live_', 'rzp_test_'],
      pattern: 'rzp_(?:live|test)_[A-Za-z0-9]{14}',
      sample: (r) => `rzp_live_${r.chars(ALNUM, 14)}`,
    }),
  ],
})

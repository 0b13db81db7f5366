import {B64URL, named, provider} from '../define.js'

export default provider({
  name: 'ibm',
  title: 'IBM Cloud / watsonx',
  revoke: 'cloud.ibm.com/iam/apikeys: delete the key.',
  rules: [
    named({
      id: 'ibm-cloud-api-key',
      description: 'IBM Cloud / watsonx IAM API key (44 characters, next to "ibm", "watsonx" or "iam_apikey")',
      names: ['ibm', 'watsonx', 'iam_apikey', 'iam-apikey'],
      value: '[A-Za-z0-9_-]{44}',
      alphabet: 'A-Za-z0-9_-',
      minEntropy: 4,
      sample: (r) => r.chars(B64URL, 44),
    }),
  ],
})

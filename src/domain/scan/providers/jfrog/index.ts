import {ALNUM, named, provider, token} from '../define.js'

export default provider({
  name: 'jfrog',
  title: 'JFrog Artifactory',
  revoke: 'JFrog Platform → Administration → Identity and Access → Access tokens: revoke; API keys: regenerate.',
  rules: [
    token({
      id: 'jfrog-api-key',
      description: 'JFrog Artifactory API key (AKCp) or reference token (cmVmdGtu, base64 of "reftkn")',
      keywords: ['AKCp', 'cmVmdGtu'],
      pattern: 'AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56}',
      minEntropy: 3.8,
      // Both start with a fixed text (AKCp; cmVmdGtu, "reftkn" in base64) and have one length (73; 64):
      // a value that starts so but is shorter or longer is a cut or padded copy.
      claims: (value) => value.startsWith('AKCp') || value.startsWith('cmVmdGtu'),
      sample: (r) => `AKCp${r.chars(ALNUM, 69)}`,
    }),
    named({
      id: 'jfrog-token-named',
      description: 'JFrog identity token without a prefix (64 characters; 73-character API keys start with AKCp, next to "artifactory" or "jfrog")',
      names: ['artifactory', 'jfrog'],
      value: '[A-Za-z0-9]{64}',
      reach: 40,
      minEntropy: 3.8,
      sample: (r) => r.chars(ALNUM, 64),
      sampleInContext: (value) => `ARTIFACTORY_API_KEY=${value}`,
    }),
  ],
})

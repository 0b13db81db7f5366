import {ALNUM, B64URL, provider, token} from '../define.js'
import {bearerGet} from '../../verifier.js'

export default provider({
  name: 'terraform-cloud',
  title: 'HCP Terraform (Terraform Cloud)',
  revoke: 'app.terraform.io/app/settings/tokens: delete the token.',
  rules: [
    token({
      id: 'terraform-cloud-token',
      description: 'HCP Terraform / Terraform Enterprise API token (….atlasv1.…)',
      keywords: ['.atlasv1.'],
      pattern: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
      end: '[A-Za-z0-9_=-]',
      sample: (r) => `${r.chars(ALNUM, 14)}.atlasv1.${r.chars(B64URL, 67)}`,
    }),
  ],
  verifiers: {'terraform-cloud-token': bearerGet('PL_TERRAFORM_API_URL', 'https://app.terraform.io', '/api/v2/account/details')},
})

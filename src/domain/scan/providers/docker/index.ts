import {isPlaceholder} from '../../checks.js'
import {ALNUM, B64URL, named, provider, token} from '../define.js'

export default provider({
  name: 'docker',
  title: 'Docker Hub',
  revoke: 'app.docker.com → Account settings → Personal access tokens: delete the token.',
  rules: [
    token({
      id: 'docker-hub-token',
      description: 'Docker Hub personal or organisation access token (dckr_pat_, dckr_oat_)',
      keywords: ['dckr_pat_', 'dckr_oat_'],
      pattern: 'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}',
      minEntropy: 3.5,
      examples: true,
      sample: (r) => `dckr_pat_${r.chars(B64URL, 27)}`,
    }),
    named({
      id: 'docker-login-password',
      description: 'Registry password on a docker / podman login command line (-p, --password)',
      names: ['docker login', 'podman login', 'helm registry login'],
      value: '(?<=\\s(?:-p|--password)(?:\\s{1,8}|=)["\']?)[^\\s"\']{4,256}',
      alphabet: '^\\s"\'',
      reach: 200,
      minEntropy: 0,
      check: (value) => !isPlaceholder(value) && !/^[$%{<]/.test(value),
      guard: 'only after -p / --password on a "docker login" (podman, helm registry) command line; not a variable ($VAR) or a placeholder',
      sample: (r) => `${r.chars(ALNUM, 20)}+/${r.chars(ALNUM, 10)}`,
      sampleInContext: (value) => `docker login registry.example.io -u ci -p ${value}`,
    }),
  ],
})

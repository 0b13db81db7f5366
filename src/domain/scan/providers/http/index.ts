import {isPlaceholder} from '../../checks.js'
import {ALNUM, PROVIDER_PRIORITY, provider} from '../define.js'
import type {ProviderRule} from '../define.js'

/** Passwords a person writes as a stand-in (`user:pass@`, `:password@`). */
const STAND_IN = /^(?:pass(?:word)?|passwd|pwd|pw|secret|token|api[_-]?key|changeme|user(?:name)?|\*+|x+|\.+|test|demo)>?$/i

function chosenPassword(password: string): boolean {
  return password.length >= 4 && !STAND_IN.test(password) && !/^[$%{<[]/.test(password) && !isPlaceholder(password)
}

const curlUser: ProviderRule<'curl-user-password'> = {
  id: 'curl-user-password',
  category: 'secret',
  description: 'Password in a curl command line (-u user:password, --user user:password)',
  keywords: ['curl'],
  caseInsensitive: true,
  startsAtKeyword: true,
  pattern: /curl\b[^\n]{0,200}?\s(?:-u|--user)(?:\s+|=)["']?([^\s:"'<]{1,64}):([^\s"'<>]{1,128})/gi,
  priority: PROVIDER_PRIORITY,
  reach: 'context',
  guard: 'only in a curl command after -u/--user; the password is not a stand-in (pass, $VAR, ***)',
  minEntropy: 0,
  sample: (r) => `${r.chars(ALNUM, 14)}!`,
  sampleInContext: (value) => `curl -s -u deploy:${value} https://ci.internal/api/jobs`,
  validate(match) {
    const password = match[2] ?? ''
    if (!chosenPassword(password)) return null
    const start = match.index + match[0].length - password.length
    return {start, end: start + password.length, secret: password, masked: `curl -u ${match[1] ?? ''}:…`}
  },
}

/**
 * A password in any URL's user-info, `@` included (`ftps://u:p@ss@host`): the password runs to
 * the last `@` before the host. The built-in connection-string rule covers known schemes with
 * passwords free of `@`; this one the rest.
 */
const urlPassword: ProviderRule<'url-password'> = {
  id: 'url-password',
  category: 'secret',
  description: 'Password in a URL\'s user-info for any scheme (ftps, ssh, git, …), also one holding "@"',
  keywords: ['://'],
  pattern: /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:@/"'<>]{1,64}):([^\s/"'<>]{1,128})@([A-Za-z0-9][A-Za-z0-9._-]*)/g,
  priority: PROVIDER_PRIORITY,
  reach: 'bare',
  guard: 'a scheme, user:password@host with a host name; the password is not a stand-in; known schemes without "@" in the password are left to connection-string-password',
  minEntropy: 0,
  sample: (r) => `ftps://backup:${r.chars(ALNUM, 10)}@${r.chars(ALNUM, 4)}@files.example.net/incoming`,
  sampleInContext: (value) => value,
  validate(match) {
    const [, scheme = '', user = '', password = '', host = ''] = match
    const known = /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|s?ftp|smtps?|ldaps?|https?)$/.test(scheme)
    if (known && !password.includes('@')) return null
    if (!chosenPassword(password.replace(/@.*$/, '')) || !/[.]/.test(host) && !/^[a-z0-9-]+$/i.test(host)) return null
    const start = match.index + scheme.length + 3 + user.length + 1
    return {start, end: start + password.length, secret: password, masked: `${scheme}://${user}:…@${host}`}
  },
}

export default provider({
  name: 'http',
  title: 'Credentials in command lines and URLs',
  revoke: 'Change the password on the server the URL or command names; then remove it from shell history and scripts.',
  rules: [curlUser, urlPassword],
})

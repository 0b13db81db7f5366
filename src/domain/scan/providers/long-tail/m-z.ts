/**
 * Long-tail providers m-z: services whose keys have no distinctive format (32 hex, 40 base62, a
 * UUID), each found only within reach of its own name. One row per provider; a provider graduates
 * to its own folder (`providers/<name>/`) when it gets a live verifier, a bare rule or a
 * structural check (ADR 0019).
 *
 * Each row's `value` is the key's shape (alphabet and length, or groups), as the service issues
 * it and other scanners' detectors (trufflehog, gitleaks) match it; `names` are the service's
 * name as people write it next to the key (`MANDRILL_API_KEY=`, `"mandrill": {"key":`).
 * A name that is an English word or very short (`mux`, `monday`, `shortcut`, `wiz`) only counts
 * followed by api, token or key (`qualified()`), so prose naming the word does not reach a value.
 * Every row reaches 40 characters after the name (REACH), the window a key written beside its
 * name falls in (`NAME_TOKEN = '…'`, `name: …`); a value further off belongs to something else.
 * Entropy floors stay at or under 3.3 bits for alphanumeric keys of 24 or more characters: many
 * services document "letters and digits" and issue hex (40 hex is about 3.8 bits).
 */
import {ALNUM, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, named, provider, uuid} from '../define.js'
import {REACH, dashboard, qualified as qualifiedAs} from './row.js'

const B64 = `${ALNUM}+/`
const B64URL_DOT = `${B64URL}.`
const DIGITS = '0123456789'
const LOWER_B64URL = `${LOWER_ALNUM}_-`
const LOWER_DASH = `${LOWER_ALNUM}-`
const MIXED_HEX = '0123456789abcdefABCDEF'

/** `word` followed by api, token or key, as a variable or a phrase names it (`mux_token`, `monday api`). */
const qualified = (word: string): string[] => qualifiedAs(word, ['api', 'token', 'key'], ['_', ' ', '-', ''])

export const LONG_TAIL_M_Z = [
  provider({
    name: 'm3o',
    title: 'M3O',
    revoke: dashboard('M3O'),
    rules: [
      named({id: 'm3o-api-key', description: 'M3O API key (48 letters and digits, next to "m3o" with api, token or key)', names: qualified('m3o'), value: '[A-Za-z0-9]{48}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'madkudu',
    title: 'MadKudu',
    revoke: dashboard('MadKudu'),
    rules: [
      named({id: 'madkudu-api-key', description: 'MadKudu API key (32 hex, next to its name)', names: ['madkudu'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'magicbell',
    title: 'MagicBell',
    revoke: dashboard('MagicBell'),
    rules: [
      named({id: 'magicbell-api-key', description: 'MagicBell API key (40 base64url, next to its name)', names: ['magicbell'], value: '[A-Za-z0-9_-]{40}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 40)}),
    ],
  }),
  provider({
    name: 'magnetic',
    title: 'Magnetic',
    revoke: dashboard('Magnetic'),
    rules: [
      named({id: 'magnetic-api-key', description: 'Magnetic API key (8-4-4-4-12 characters in groups, next to "magnetic" with api, token or key)', names: qualified('magnetic'), value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'mailboxlayer',
    title: 'mailboxlayer',
    revoke: dashboard('mailboxlayer'),
    rules: [
      named({id: 'mailboxlayer-api-key', description: 'mailboxlayer API key (32 lower-case letters and digits, next to its name)', names: ['mailboxlayer'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mailerlite',
    title: 'MailerLite',
    revoke: 'dashboard.mailerlite.com → Integrations → API: delete the token.',
    rules: [
      named({id: 'mailerlite-api-key', description: 'MailerLite API key (32 lower-case letters and digits, next to its name)', names: ['mailerlite'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mailjet',
    title: 'Mailjet',
    revoke: 'app.mailjet.com → Account settings → API key management: regenerate the secret key.',
    rules: [
      named({id: 'mailjetbasicauth', description: 'Mailjet API key (88 base64 characters, next to its name)', names: ['mailjet'], value: '[A-Za-z0-9+/]{87}=', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => `${r.chars(B64, 87)}=`}),
      named({id: 'mailjetsms', description: 'Mailjet API key (32 letters and digits, next to its name)', names: ['mailjet'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mailmodo',
    title: 'Mailmodo',
    revoke: dashboard('Mailmodo'),
    rules: [
      named({id: 'mailmodo-api-key', description: 'Mailmodo API key (7-7-7-7 characters in groups, next to its name)', names: ['mailmodo'], value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}`}),
    ],
  }),
  provider({
    name: 'mailsac',
    title: 'Mailsac',
    revoke: dashboard('Mailsac'),
    rules: [
      named({id: 'mailsac-api-key', description: 'Mailsac API key (88 base64url, next to its name)', names: ['mailsac'], value: '[A-Za-z0-9_-]{88}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 88)}),
    ],
  }),
  provider({
    name: 'mandrill',
    title: 'Mandrill (Mailchimp Transactional)',
    revoke: 'mandrillapp.com → Settings → SMTP & API info: delete the key.',
    rules: [
      named({id: 'mandrill-api-key', description: 'Mandrill (Mailchimp Transactional) API key (22 letters and digits, next to its name)', names: ['mandrill'], value: '[A-Za-z0-9]{22}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'manifest',
    title: 'Manifest',
    revoke: dashboard('Manifest'),
    rules: [
      named({id: 'manifest-api-key', description: 'Manifest API key (32 letters and digits, next to "manifest" with api, token or key)', names: qualified('manifest'), value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mapquest',
    title: 'MapQuest',
    revoke: dashboard('MapQuest'),
    rules: [
      named({id: 'mapquest-api-key', description: 'MapQuest API key (32 letters and digits, next to its name)', names: ['mapquest'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'marketstack',
    title: 'marketstack',
    revoke: dashboard('marketstack'),
    rules: [
      named({id: 'marketstack-api-key', description: 'marketstack API key (32 lower-case letters and digits, next to its name)', names: ['marketstack'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mattermost',
    title: 'Mattermost',
    revoke: 'Mattermost → Profile → Security → Personal access tokens: delete the token.',
    rules: [
      named({id: 'mattermostpersonaltoken', description: 'Mattermost API key (26 lower-case letters and digits, next to its name)', names: ['mattermost'], value: '[a-z0-9]{26}', minEntropy: 3.5, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 26)}),
    ],
  }),
  provider({
    name: 'mavenlink',
    title: 'Mavenlink',
    revoke: dashboard('Mavenlink'),
    rules: [
      named({id: 'mavenlink-api-key', description: 'Mavenlink API key (64 lower-case letters and digits, next to its name)', names: ['mavenlink'], value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'meaningcloud',
    title: 'MeaningCloud',
    revoke: dashboard('MeaningCloud'),
    rules: [
      named({id: 'meaningcloud-api-key', description: 'MeaningCloud API key (32 lower-case letters and digits, next to its name)', names: ['meaningcloud'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mediastack',
    title: 'mediastack',
    revoke: dashboard('mediastack'),
    rules: [
      named({id: 'mediastack-api-key', description: 'mediastack API key (32 lower-case letters and digits, next to its name)', names: ['mediastack'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'meistertask',
    title: 'MeisterTask',
    revoke: dashboard('MeisterTask'),
    rules: [
      named({id: 'meistertask-api-key', description: 'MeisterTask API key (43 letters and digits, next to its name)', names: ['meistertask'], value: '[A-Za-z0-9]{43}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'mesibo',
    title: 'Mesibo',
    revoke: dashboard('Mesibo'),
    rules: [
      named({id: 'mesibo-api-key', description: 'Mesibo API key (64 letters and digits, next to its name)', names: ['mesibo'], value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'messagebird',
    title: 'MessageBird (Bird)',
    revoke: 'dashboard.messagebird.com → Developers → API access: delete the key.',
    rules: [
      named({id: 'messagebird-api-key', description: 'MessageBird (Bird) API key (25 base64url characters, next to its name)', names: ['messagebird', 'message-bird', 'message_bird'], value: '[A-Za-z0-9_-]{25}', minEntropy: 3.5, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(ALNUM, 25)}),
      named({id: 'messagebird-client-id', description: 'MessageBird (Bird) API key (a UUID, next to its name)', names: ['messagebird', 'message-bird', 'message_bird'], value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'metaapi',
    title: 'MetaApi',
    revoke: dashboard('MetaApi'),
    rules: [
      named({id: 'metaapi-api-key', description: 'MetaApi API key (64 hex, next to its name)', names: ['metaapi'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'metabase',
    title: 'Metabase',
    revoke: 'Metabase → Admin settings → Authentication → API keys: delete the key; log out sessions under People.',
    rules: [
      named({id: 'metabase-api-key', description: 'Metabase API key (36 letters and digits, next to its name)', names: ['metabase'], value: '[A-Za-z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'metrilo',
    title: 'Metrilo',
    revoke: dashboard('Metrilo'),
    rules: [
      named({id: 'metrilo-api-key', description: 'Metrilo API key (16 lower-case letters and digits, next to its name)', names: ['metrilo'], value: '[a-z0-9]{16}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'mindmeister',
    title: 'MindMeister',
    revoke: dashboard('MindMeister'),
    rules: [
      named({id: 'mindmeister-api-key', description: 'MindMeister API key (43 letters and digits, next to its name)', names: ['mindmeister'], value: '[A-Za-z0-9]{43}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'miro',
    title: 'Miro',
    revoke: dashboard('Miro'),
    rules: [
      named({id: 'miro-api-key', description: 'Miro API key (27 letters and digits, next to "miro" with api, token or key)', names: qualified('miro'), value: '[A-Za-z0-9]{27}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 27)}),
    ],
  }),
  provider({
    name: 'mite',
    title: 'mite',
    revoke: dashboard('mite'),
    rules: [
      named({id: 'mite-api-key', description: 'mite API key (16 lower-case letters and digits, next to "mite" with api, token or key)', names: qualified('mite'), value: '[a-z0-9]{16}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'mixmax',
    title: 'Mixmax',
    revoke: dashboard('Mixmax'),
    rules: [
      named({id: 'mixmax-api-key', description: 'Mixmax API key (36 base64url, next to its name)', names: ['mixmax'], value: '[A-Za-z0-9_-]{36}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 36)}),
    ],
  }),
  provider({
    name: 'mixpanel',
    title: 'Mixpanel',
    revoke: 'mixpanel.com → Project settings → Service accounts / API secret: reset it.',
    rules: [
      named({id: 'mixpanel-api-key', description: 'Mixpanel API key (32 letters and digits, next to its name)', names: ['mixpanel'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mockaroo',
    title: 'Mockaroo',
    revoke: dashboard('Mockaroo'),
    rules: [
      named({id: 'mockaroo-api-key', description: 'Mockaroo API key (8 lower-case letters and digits, next to its name)', names: ['mockaroo'], value: '[a-z0-9]{8}', minEntropy: 2.2, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 8)}),
    ],
  }),
  provider({
    name: 'moderation',
    title: 'Moderation API',
    revoke: dashboard('Moderation API'),
    rules: [
      named({id: 'moderation-api-key', description: 'Moderation API API key (45-143-53 characters in groups, next to "moderation" with api, token or key)', names: qualified('moderation'), value: '[A-Za-z0-9_-]{28,45}\\.[A-Za-z0-9_-]{92,143}\\.[A-Za-z0-9_-]{34,53}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => `${r.chars(B64URL, 45)}.${r.chars(B64URL, 143)}.${r.chars(B64URL, 53)}`}),
    ],
  }),
  provider({
    name: 'monday',
    title: 'monday.com',
    revoke: dashboard('monday.com'),
    rules: [
      named({id: 'monday-api-key', description: 'monday.com API key (215 characters, next to "monday" with api, token or key)', names: qualified('monday'), value: '[A-Za-z0-9_.-]{215}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 215)}),
    ],
  }),
  provider({
    name: 'monkeylearn',
    title: 'MonkeyLearn',
    revoke: dashboard('MonkeyLearn'),
    rules: [
      named({id: 'monkeylearn-api-key', description: 'MonkeyLearn API key (40 hex, next to its name)', names: ['monkeylearn'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'moonclerk',
    title: 'MoonClerk',
    revoke: dashboard('MoonClerk'),
    rules: [
      named({id: 'moonclerk-api-key', description: 'MoonClerk API key (32 lower-case letters and digits, next to its name)', names: ['moonclerk'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'moosend',
    title: 'Moosend',
    revoke: dashboard('Moosend'),
    rules: [
      named({id: 'moosend-api-key', description: 'Moosend API key (a UUID, next to its name)', names: ['moosend'], value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r, MIXED_HEX)}),
    ],
  }),
  provider({
    name: 'moralis',
    title: 'Moralis',
    revoke: dashboard('Moralis'),
    rules: [
      named({id: 'moralis-api-key', description: 'Moralis API key (64 letters and digits, next to its name)', names: ['moralis'], value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'mux',
    title: 'Mux',
    revoke: dashboard('Mux'),
    rules: [
      named({id: 'mux-api-key', description: 'Mux API key (75 base64, next to "mux" with api, token or key)', names: qualified('mux'), value: '[A-Za-z0-9+/]{75}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => r.chars(B64, 75)}),
    ],
  }),
  provider({
    name: 'myfreshworks',
    title: 'Freshworks',
    revoke: dashboard('Freshworks'),
    rules: [
      named({id: 'myfreshworks-api-key', description: 'Freshworks API key (22 base64url, next to its name)', names: ['freshworks', 'freshdesk'], value: '[A-Za-z0-9_-]{22}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 22)}),
    ],
  }),
  provider({
    name: 'myintervals',
    title: 'Intervals',
    revoke: dashboard('Intervals'),
    rules: [
      named({id: 'myintervals-api-key', description: 'Intervals API key (11 lower-case letters and digits, next to its name)', names: ['myintervals', 'intervals_api', 'intervals_token'], value: '[a-z0-9]{11}', minEntropy: 2.5, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 11)}),
    ],
  }),
  provider({
    name: 'nasdaqdatalink',
    title: 'Nasdaq Data Link',
    revoke: dashboard('Nasdaq Data Link'),
    rules: [
      named({id: 'nasdaqdatalink-api-key', description: 'Nasdaq Data Link API key (20 base64url, next to its name)', names: ['nasdaq', 'quandl'], value: '[A-Za-z0-9_-]{20}', minEntropy: 3.2, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 20)}),
    ],
  }),
  provider({
    name: 'netsuite',
    title: 'NetSuite',
    revoke: dashboard('NetSuite'),
    rules: [
      named({id: 'netsuite-api-key', description: 'NetSuite API key (64 letters and digits, next to its name)', names: ['netsuite'], value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'neutrinoapi',
    title: 'Neutrino API',
    revoke: dashboard('Neutrino API'),
    rules: [
      named({id: 'neutrinoapi-api-key', description: 'Neutrino API API key (48 letters and digits, next to its name)', names: ['neutrinoapi'], value: '[A-Za-z0-9]{48}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'newsapi',
    title: 'NewsAPI',
    revoke: dashboard('NewsAPI'),
    rules: [
      named({id: 'newsapi-api-key', description: 'NewsAPI API key (32 lower-case letters and digits, next to its name)', names: ['newsapi'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'newscatcher',
    title: 'NewsCatcher',
    revoke: dashboard('NewsCatcher'),
    rules: [
      named({id: 'newscatcher-api-key', description: 'NewsCatcher API key (43 base64url, next to its name)', names: ['newscatcher'], value: '[A-Za-z0-9_-]{43}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 43)}),
    ],
  }),
  provider({
    name: 'nexmo',
    title: 'Vonage (Nexmo)',
    revoke: 'dashboard.nexmo.com → API settings: rotate the API secret.',
    rules: [
      named({id: 'nexmoapikey', description: 'Vonage (Nexmo) API key (16 letters and digits (the secret), next to its name)', names: ['nexmo', 'vonage'], value: '[A-Za-z0-9]{16}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'nftport',
    title: 'NFTPort',
    revoke: dashboard('NFTPort'),
    rules: [
      named({id: 'nftport-api-key', description: 'NFTPort API key (8-4-4-4-12 characters in groups, next to its name)', names: ['nftport'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'ngc',
    title: 'NVIDIA NGC',
    revoke: dashboard('NVIDIA NGC'),
    rules: [
      named({id: 'ngc-api-key', description: 'NVIDIA NGC API key (84 letters and digits, next to "ngc" with api, token or key)', names: qualified('ngc'), value: '[A-Za-z0-9]{84}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 84)}),
    ],
  }),
  provider({
    name: 'ngrok',
    title: 'ngrok',
    revoke: 'dashboard.ngrok.com → API keys / Authtokens: delete the key.',
    rules: [
      named({id: 'ngrok-api-key', description: 'ngrok API key (49 base64url, next to its name)', names: ['ngrok'], value: '[A-Za-z0-9_-]{49}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 49)}),
    ],
  }),
  provider({
    name: 'nicereply',
    title: 'Nicereply',
    revoke: dashboard('Nicereply'),
    rules: [
      named({id: 'nicereply-api-key', description: 'Nicereply API key (40 hex, next to its name)', names: ['nicereply'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'nimble',
    title: 'Nimble',
    revoke: dashboard('Nimble'),
    rules: [
      named({id: 'nimble-api-key', description: 'Nimble API key (30 letters and digits, next to "nimble" with api, token or key)', names: qualified('nimble'), value: '[A-Za-z0-9]{30}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'noticeable',
    title: 'Noticeable',
    revoke: dashboard('Noticeable'),
    rules: [
      named({id: 'noticeable-api-key', description: 'Noticeable API key (20 letters and digits, next to "noticeable" with api, token or key)', names: qualified('noticeable'), value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'nozbe',
    title: 'Nozbe Teams',
    revoke: dashboard('Nozbe Teams'),
    rules: [
      named({id: 'nozbeteams', description: 'Nozbe Teams API key (81 base64url, next to its name)', names: ['nozbe'], value: '[A-Za-z0-9_-]{81}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 81)}),
    ],
  }),
  provider({
    name: 'numverify',
    title: 'numverify',
    revoke: dashboard('numverify'),
    rules: [
      named({id: 'numverify-api-key', description: 'numverify API key (32 lower-case letters and digits, next to its name)', names: ['numverify'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'nutritionix',
    title: 'Nutritionix',
    revoke: dashboard('Nutritionix'),
    rules: [
      named({id: 'nutritionix-api-key', description: 'Nutritionix API key (32 lower-case letters and digits, next to its name)', names: ['nutritionix'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'nylas',
    title: 'Nylas',
    revoke: 'dashboard.nylas.com → API keys: delete the key.',
    rules: [
      named({id: 'nylas-api-key', description: 'Nylas API key (30 letters and digits, next to its name)', names: ['nylas'], value: '[A-Za-z0-9]{30}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'nytimes',
    title: 'New York Times API',
    revoke: dashboard('New York Times API'),
    rules: [
      named({id: 'nytimes-access-token', description: 'New York Times API API key (32 lower-case letters and digits, next to its name)', names: ['nytimes', 'new-york-times', 'new_york_times', 'newyorktimes'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'oanda',
    title: 'OANDA',
    revoke: dashboard('OANDA'),
    rules: [
      named({id: 'oanda-api-key', description: 'OANDA API key (24 letters and digits, next to its name)', names: ['oanda'], value: '[A-Za-z0-9]{24}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'omnisend',
    title: 'Omnisend',
    revoke: dashboard('Omnisend'),
    rules: [
      named({id: 'omnisend-api-key', description: 'Omnisend API key (75 base64url, next to its name)', names: ['omnisend'], value: '[A-Za-z0-9_-]{75}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 75)}),
    ],
  }),
  provider({
    name: 'onelogin',
    title: 'OneLogin',
    revoke: 'OneLogin admin → Developers → API credentials: delete the credential pair.',
    rules: [
      named({id: 'onelogin-api-key', description: 'OneLogin API key (64 lower-case letters and digits, next to its name)', names: ['onelogin'], value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'onepagecrm',
    title: 'OnePageCRM',
    revoke: dashboard('OnePageCRM'),
    rules: [
      named({id: 'onepagecrm-api-key', description: 'OnePageCRM API key (44 base64 characters, next to its name)', names: ['onepagecrm'], value: '[A-Za-z0-9+/=]{44}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => r.chars(B64, 44)}),
    ],
  }),
  provider({
    name: 'onesignal',
    title: 'OneSignal',
    revoke: 'dashboard.onesignal.com → Settings → Keys & IDs: rotate the REST API key.',
    rules: [
      named({id: 'onesignal-api-key', description: 'OneSignal API key (a UUID, next to its name)', names: ['onesignal'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'onfleet',
    title: 'Onfleet',
    revoke: dashboard('Onfleet'),
    rules: [
      named({id: 'onfleet-api-key', description: 'Onfleet API key (32 lower-case letters and digits, next to its name)', names: ['onfleet'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'oopspam',
    title: 'OOPSpam',
    revoke: dashboard('OOPSpam'),
    rules: [
      named({id: 'oopspam-api-key', description: 'OOPSpam API key (40 letters and digits, next to its name)', names: ['oopspam'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'opencagedata',
    title: 'OpenCage',
    revoke: dashboard('OpenCage'),
    rules: [
      named({id: 'opencagedata-api-key', description: 'OpenCage API key (32 lower-case letters and digits, next to its name)', names: ['opencagedata'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'openuv',
    title: 'OpenUV',
    revoke: dashboard('OpenUV'),
    rules: [
      named({id: 'openuv-api-key', description: 'OpenUV API key (32 lower-case letters and digits, next to its name)', names: ['openuv'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'openvpn',
    title: 'OpenVPN Cloud',
    revoke: dashboard('OpenVPN Cloud'),
    rules: [
      named({id: 'openvpn-api-key', description: 'OpenVPN Cloud API key (87 base64url, next to its name)', names: ['openvpn'], value: '[A-Za-z0-9_-]{87}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 87)}),
    ],
  }),
  provider({
    name: 'openweather',
    title: 'OpenWeather',
    revoke: dashboard('OpenWeather'),
    rules: [
      named({id: 'openweather-api-key', description: 'OpenWeather API key (32 lower-case letters and digits, next to its name)', names: ['openweather'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'opsgenie',
    title: 'Opsgenie',
    revoke: 'Opsgenie → Settings → API key management (or the integration): delete the key.',
    rules: [
      named({id: 'opsgenie-api-key', description: 'Opsgenie API key (a UUID, next to its name)', names: ['opsgenie'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'optimizely',
    title: 'Optimizely',
    revoke: dashboard('Optimizely'),
    rules: [
      named({id: 'optimizely-api-key', description: 'Optimizely API key (38-15 characters in groups, next to its name)', names: ['optimizely'], value: '[A-Za-z0-9]{38}:[A-Za-z0-9]{15}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(ALNUM, 38)}:${r.chars(ALNUM, 15)}`}),
    ],
  }),
  provider({
    name: 'overloop',
    title: 'Overloop',
    revoke: dashboard('Overloop'),
    rules: [
      named({id: 'overloop-api-key', description: 'Overloop API key (50 base64url, next to its name)', names: ['overloop'], value: '[A-Za-z0-9_-]{50}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 50)}),
    ],
  }),
  provider({
    name: 'owlbot',
    title: 'Owlbot',
    revoke: dashboard('Owlbot'),
    rules: [
      named({id: 'owlbot-api-key', description: 'Owlbot API key (40 lower-case letters and digits, next to its name)', names: ['owlbot'], value: '[a-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'packagecloud',
    title: 'packagecloud',
    revoke: dashboard('packagecloud'),
    rules: [
      named({id: 'packagecloud-api-key', description: 'packagecloud API key (48 hex, next to its name)', names: ['packagecloud'], value: '[a-f0-9]{48}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 48)}),
    ],
  }),
  provider({
    name: 'pagarme',
    title: 'Pagar.me',
    revoke: dashboard('Pagar.me'),
    rules: [
      named({id: 'pagarme-api-key', description: 'Pagar.me API key (38 base64url, next to its name)', names: ['pagarme'], value: '[A-Za-z0-9_-]{38}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 38)}),
    ],
  }),
  provider({
    name: 'pandadoc',
    title: 'PandaDoc',
    revoke: 'app.pandadoc.com → Settings → API & integrations → Developer dashboard: regenerate the key.',
    rules: [
      named({id: 'pandadoc-api-key', description: 'PandaDoc API key (40 letters and digits, next to its name)', names: ['pandadoc'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'pandascore',
    title: 'PandaScore',
    revoke: dashboard('PandaScore'),
    rules: [
      named({id: 'pandascore-api-key', description: 'PandaScore API key (51 letters and digits, next to its name)', names: ['pandascore'], value: '[A-Za-z0-9]{51}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 51)}),
    ],
  }),
  provider({
    name: 'paperform',
    title: 'Paperform',
    revoke: dashboard('Paperform'),
    rules: [
      named({id: 'paperform-api-key', description: 'Paperform API key (850 characters, next to its name)', names: ['paperform'], value: '[A-Za-z0-9_.-]{850}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 850)}),
    ],
  }),
  provider({
    name: 'paralleldots',
    title: 'ParallelDots',
    revoke: dashboard('ParallelDots'),
    rules: [
      named({id: 'paralleldots-api-key', description: 'ParallelDots API key (43 letters and digits, next to its name)', names: ['paralleldots'], value: '[A-Za-z0-9]{43}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'parsehub',
    title: 'ParseHub',
    revoke: dashboard('ParseHub'),
    rules: [
      named({id: 'parsehub-api-key', description: 'ParseHub API key (12 letters and digits, next to its name)', names: ['parsehub'], value: '[A-Za-z0-9]{12}', minEntropy: 2.6, reach: REACH, sample: (r) => r.chars(ALNUM, 12)}),
    ],
  }),
  provider({
    name: 'parsers',
    title: 'Parsers',
    revoke: dashboard('Parsers'),
    rules: [
      named({id: 'parsers-api-key', description: 'Parsers API key (64 lower-case letters and digits, next to "parsers" with api, token or key)', names: qualified('parsers'), value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'partnerstack',
    title: 'PartnerStack',
    revoke: dashboard('PartnerStack'),
    rules: [
      named({id: 'partnerstack-api-key', description: 'PartnerStack API key (64 letters and digits, next to its name)', names: ['partnerstack'], value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'pastebin',
    title: 'Pastebin',
    revoke: 'pastebin.com → API: the developer key cannot be rotated; change the account password to invalidate user keys.',
    rules: [
      named({id: 'pastebin-api-key', description: 'Pastebin API key (32 letters and digits, next to its name)', names: ['pastebin'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'paydirt',
    title: 'Paydirt',
    revoke: dashboard('Paydirt'),
    rules: [
      named({id: 'paydirtapp', description: 'Paydirt API key (32 lower-case letters and digits, next to its name)', names: ['paydirt'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'paymo',
    title: 'Paymo',
    revoke: dashboard('Paymo'),
    rules: [
      named({id: 'paymoapp', description: 'Paymo API key (44 letters and digits, next to its name)', names: ['paymo'], value: '[A-Za-z0-9]{44}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 44)}),
    ],
  }),
  provider({
    name: 'paymongo',
    title: 'PayMongo',
    revoke: dashboard('PayMongo'),
    rules: [
      named({id: 'paymongo-api-key', description: 'PayMongo API key (32 base64url, next to its name)', names: ['paymongo'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'paystack',
    title: 'Paystack',
    revoke: dashboard('Paystack'),
    rules: [
      named({id: 'paystack-api-key', description: 'Paystack API key (52 base64url, next to its name)', names: ['paystack'], value: '[A-Za-z0-9_-]{52}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 52)}),
    ],
  }),
  provider({
    name: 'pdflayer',
    title: 'pdflayer',
    revoke: dashboard('pdflayer'),
    rules: [
      named({id: 'pdflayer-api-key', description: 'pdflayer API key (32 lower-case letters and digits, next to its name)', names: ['pdflayer'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pdfshift',
    title: 'PDFShift',
    revoke: dashboard('PDFShift'),
    rules: [
      named({id: 'pdfshift-api-key', description: 'PDFShift API key (32 hex, next to its name)', names: ['pdfshift'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'peopledatalabs',
    title: 'People Data Labs',
    revoke: dashboard('People Data Labs'),
    rules: [
      named({id: 'peopledatalabs-api-key', description: 'People Data Labs API key (64 lower-case letters and digits, next to its name)', names: ['peopledatalabs', 'people_data_labs', 'pdl_api'], value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'pepipost',
    title: 'Pepipost (Netcore)',
    revoke: dashboard('Pepipost (Netcore)'),
    rules: [
      named({id: 'pepipost-api-key', description: 'Pepipost (Netcore) API key (32 base64url, next to its name)', names: ['pepipost'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'percy',
    title: 'Percy',
    revoke: 'percy.io → the project → Project settings → Tokens: regenerate the token.',
    rules: [
      named({id: 'percy-api-key', description: 'Percy API key (64 letters and digits, next to "percy" with api, token or key)', names: qualified('percy'), value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'phrase',
    title: 'Phrase',
    revoke: dashboard('Phrase'),
    rules: [
      named({id: 'phraseaccesstoken', description: 'Phrase API key (64 hex, next to "phrase" with api, token or key)', names: qualified('phrase'), value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'pinata',
    title: 'Pinata',
    revoke: dashboard('Pinata'),
    rules: [
      named({id: 'pinata-api-key', description: 'Pinata API key (64 lower-case letters and digits, next to "pinata" with api, token or key)', names: qualified('pinata'), value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'pipedream',
    title: 'Pipedream',
    revoke: 'pipedream.com → Settings → Account → API key: regenerate it.',
    rules: [
      named({id: 'pipedream-api-key', description: 'Pipedream API key (32 lower-case letters and digits, next to its name)', names: ['pipedream'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pipedrive',
    title: 'Pipedrive',
    revoke: 'Pipedrive → Personal preferences → API: generate a new token (the old one stops working).',
    rules: [
      named({id: 'pipedrive-api-key', description: 'Pipedrive API key (40 letters and digits, next to its name)', names: ['pipedrive'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'pivotaltracker',
    title: 'Pivotal Tracker',
    revoke: dashboard('Pivotal Tracker'),
    rules: [
      named({id: 'pivotaltracker-api-key', description: 'Pivotal Tracker API key (32 lower-case letters and digits, next to its name)', names: ['pivotaltracker', 'pivotal_tracker', 'pivotal tracker', 'tracker_token'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pixabay',
    title: 'Pixabay',
    revoke: dashboard('Pixabay'),
    rules: [
      named({id: 'pixabay-api-key', description: 'Pixabay API key (34 lower-case letters and digits, next to its name)', names: ['pixabay'], value: '[a-z0-9]{34}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 34)}),
    ],
  }),
  provider({
    name: 'planview-leankit',
    title: 'Planview LeanKit',
    revoke: dashboard('Planview LeanKit'),
    rules: [
      named({id: 'planviewleankit', description: 'Planview LeanKit API key (128 hex, next to its name)', names: ['leankit', 'planview'], value: '[a-f0-9]{128}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 128)}),
    ],
  }),
  provider({
    name: 'planyo',
    title: 'Planyo',
    revoke: dashboard('Planyo'),
    rules: [
      named({id: 'planyo-api-key', description: 'Planyo API key (62 lower-case letters and digits, next to its name)', names: ['planyo'], value: '[a-z0-9]{62}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 62)}),
    ],
  }),
  provider({
    name: 'plivo',
    title: 'Plivo',
    revoke: 'console.plivo.com → Account → Auth ID and token: regenerate the auth token.',
    rules: [
      named({id: 'plivo-api-key', description: 'Plivo API key (40 base64url, next to its name)', names: ['plivo'], value: '[A-Za-z0-9_-]{40}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 40)}),
    ],
  }),
  provider({
    name: 'podio',
    title: 'Podio',
    revoke: dashboard('Podio'),
    rules: [
      named({id: 'podio-api-key', description: 'Podio API key (32 lower-case letters and digits, next to its name)', names: ['podio'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pollsapi',
    title: 'Polls API',
    revoke: dashboard('Polls API'),
    rules: [
      named({id: 'pollsapi-api-key', description: 'Polls API API key (28 upper-case letters and digits, next to its name)', names: ['pollsapi'], value: '[A-Z0-9]{28}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 28)}),
    ],
  }),
  provider({
    name: 'poloniex',
    title: 'Poloniex',
    revoke: dashboard('Poloniex'),
    rules: [
      named({id: 'poloniex-api-key', description: 'Poloniex API key (128 hex, next to its name)', names: ['poloniex'], value: '[a-f0-9]{128}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 128)}),
    ],
  }),
  provider({
    name: 'polygon',
    title: 'Polygon.io',
    revoke: dashboard('Polygon.io'),
    rules: [
      named({id: 'polygon-api-key', description: 'Polygon.io API key (32 letters and digits, next to "polygon" with api, token or key)', names: qualified('polygon'), value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'positionstack',
    title: 'positionstack',
    revoke: dashboard('positionstack'),
    rules: [
      named({id: 'positionstack-api-key', description: 'positionstack API key (32 letters and digits, next to its name)', names: ['positionstack'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'postageapp',
    title: 'PostageApp',
    revoke: dashboard('PostageApp'),
    rules: [
      named({id: 'postageapp-api-key', description: 'PostageApp API key (32 letters and digits, next to its name)', names: ['postageapp'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'postbacks',
    title: 'Postbacks',
    revoke: dashboard('Postbacks'),
    rules: [
      named({id: 'postbacks-api-key', description: 'Postbacks API key (a UUID, next to its name)', names: ['postbacks_api', 'postbacks token', 'postbacks_token', 'postbacks_key'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'powrbot',
    title: 'Powrbot',
    revoke: dashboard('Powrbot'),
    rules: [
      named({id: 'powrbot-api-key', description: 'Powrbot API key (40 letters and digits, next to its name)', names: ['powrbot'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'privacy',
    title: 'Privacy.com',
    revoke: dashboard('Privacy.com'),
    rules: [
      named({id: 'privacy-api-key', description: 'Privacy.com API key (8-4-4-4-12 characters in groups, next to "privacy" with api, token or key)', names: qualified('privacy'), value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'prodpad',
    title: 'ProdPad',
    revoke: dashboard('ProdPad'),
    rules: [
      named({id: 'prodpad-api-key', description: 'ProdPad API key (64 hex, next to its name)', names: ['prodpad'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'prospectcrm',
    title: 'Prospect CRM',
    revoke: dashboard('Prospect CRM'),
    rules: [
      named({id: 'prospectcrm-api-key', description: 'Prospect CRM API key (32 lower-case letters and digits, next to its name)', names: ['prospectcrm'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'protocolsio',
    title: 'protocols.io',
    revoke: dashboard('protocols.io'),
    rules: [
      named({id: 'protocolsio-api-key', description: 'protocols.io API key (64 lower-case letters and digits, next to its name)', names: ['protocolsio', 'protocols.io'], value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'proxycrawl',
    title: 'ProxyCrawl (Crawlbase)',
    revoke: dashboard('ProxyCrawl (Crawlbase)'),
    rules: [
      named({id: 'proxycrawl-api-key', description: 'ProxyCrawl (Crawlbase) API key (22 letters and digits, next to its name)', names: ['proxycrawl'], value: '[A-Za-z0-9]{22}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'purestake',
    title: 'PureStake',
    revoke: dashboard('PureStake'),
    rules: [
      named({id: 'purestake-api-key', description: 'PureStake API key (40 letters and digits, next to its name)', names: ['purestake'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'pushbullet',
    title: 'Pushbullet',
    revoke: 'pushbullet.com → Settings → Account: create a new access token (and delete the old one).',
    rules: [
      named({id: 'pushbulletapikey', description: 'Pushbullet API key (34 letters and digits, next to its name)', names: ['pushbullet'], value: '[A-Za-z0-9]{34}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 34)}),
    ],
  }),
  provider({
    name: 'pusher',
    title: 'Pusher Channels',
    revoke: 'dashboard.pusher.com → the app → App keys: create a new key and delete the old one.',
    rules: [
      named({id: 'pusherchannelkey', description: 'Pusher Channels API key (20 lower-case letters and digits, next to its name)', names: ['pusher'], value: '[a-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'qase',
    title: 'Qase',
    revoke: dashboard('Qase'),
    rules: [
      named({id: 'qase-api-key', description: 'Qase API key (40 letters and digits, next to "qase" with api, token or key)', names: qualified('qase'), value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'qualaroo',
    title: 'Qualaroo',
    revoke: dashboard('Qualaroo'),
    rules: [
      named({id: 'qualaroo-api-key', description: 'Qualaroo API key (64 letters and digits, next to its name)', names: ['qualaroo'], value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'qubole',
    title: 'Qubole',
    revoke: dashboard('Qubole'),
    rules: [
      named({id: 'qubole-api-key', description: 'Qubole API key (64 lower-case letters and digits, next to its name)', names: ['qubole'], value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'railway',
    title: 'Railway',
    revoke: 'railway.com → Account settings → Tokens: delete the token.',
    rules: [
      named({id: 'railwayapp', description: 'Railway API key (a UUID, next to its name)', names: ['railway'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'rapidapi',
    title: 'RapidAPI',
    revoke: 'rapidapi.com → Developer dashboard → the app → Authorization: rotate the key.',
    rules: [
      named({id: 'rapidapi-api-key', description: 'RapidAPI API key (50 base64url, next to its name)', names: ['rapidapi'], value: '[A-Za-z0-9_-]{50}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 50)}),
    ],
  }),
  provider({
    name: 'raven',
    title: 'Raven Tools',
    revoke: dashboard('Raven Tools'),
    rules: [
      named({id: 'raven-api-key', description: 'Raven Tools API key (16 upper-case letters and digits, next to "raven" with api, token or key)', names: qualified('raven'), value: '[A-Z0-9]{16}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'rawg',
    title: 'RAWG',
    revoke: dashboard('RAWG'),
    rules: [
      named({id: 'rawg-api-key', description: 'RAWG API key (32 letters and digits, next to "rawg" with api, token or key)', names: qualified('rawg'), value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'reachmail',
    title: 'ReachMail',
    revoke: dashboard('ReachMail'),
    rules: [
      named({id: 'reachmail-api-key', description: 'ReachMail API key (64 base64url, next to its name)', names: ['reachmail'], value: '[A-Za-z0-9_-]{64}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 64)}),
    ],
  }),
  provider({
    name: 'reallysimplesystems',
    title: 'Really Simple Systems',
    revoke: dashboard('Really Simple Systems'),
    rules: [
      named({id: 'reallysimplesystems-api-key', description: 'Really Simple Systems API key (a token starting "ey", next to its name)', names: ['reallysimplesystems', 'rss_api'], value: 'ey[A-Za-z0-9_.-]{100,1100}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_.-', sample: (r) => `ey${r.chars(B64URL, 120)}`}),
    ],
  }),
  provider({
    name: 'rebrandly',
    title: 'Rebrandly',
    revoke: 'app.rebrandly.com → Account → API keys: delete the key.',
    rules: [
      named({id: 'rebrandly-api-key', description: 'Rebrandly API key (32 base64url, next to its name)', names: ['rebrandly'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'recharge',
    title: 'Recharge Payments',
    revoke: dashboard('Recharge Payments'),
    rules: [
      named({id: 'rechargepayments', description: 'Recharge Payments API key (sk_live_ or sk_test_, 3 characters, 64 hex, next to its name)', names: ['rechargepayments', 'recharge_', 'recharge-api'], value: 'sk_(?:test|live)_[a-z0-9]{3}_[A-Fa-f0-9]{64}', minEntropy: 3.5, reach: REACH, sample: (r) => `sk_live_${r.chars(LOWER_ALNUM, 3)}_${r.chars(HEX, 64)}`}),
    ],
  }),
  provider({
    name: 'redhat-pyxis',
    title: 'Red Hat Pyxis',
    revoke: dashboard('Red Hat Pyxis'),
    rules: [
      named({id: 'redhatpyxis', description: 'Red Hat Pyxis API key (32 lower-case letters and digits, next to its name)', names: ['redhat', 'pyxis'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'refiner',
    title: 'Refiner',
    revoke: dashboard('Refiner'),
    rules: [
      named({id: 'refiner-api-key', description: 'Refiner API key (a UUID, next to "refiner" with api, token or key)', names: qualified('refiner'), value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'rentman',
    title: 'Rentman',
    revoke: dashboard('Rentman'),
    rules: [
      named({id: 'rentman-api-key', description: 'Rentman API key (289 characters, next to its name)', names: ['rentman'], value: '[A-Za-z0-9_.-]{289}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 289)}),
    ],
  }),
  provider({
    name: 'repairshopr',
    title: 'RepairShopr',
    revoke: dashboard('RepairShopr'),
    rules: [
      named({id: 'repairshopr-api-key', description: 'RepairShopr API key (51 letters and digits, next to its name)', names: ['repairshopr'], value: '[A-Za-z0-9]{51}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 51)}),
    ],
  }),
  provider({
    name: 'replyio',
    title: 'Reply.io',
    revoke: dashboard('Reply.io'),
    rules: [
      named({id: 'replyio-api-key', description: 'Reply.io API key (24 letters and digits, next to its name)', names: ['replyio'], value: '[A-Za-z0-9]{24}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'requestfinance',
    title: 'Request Finance',
    revoke: dashboard('Request Finance'),
    rules: [
      named({id: 'requestfinance-api-key', description: 'Request Finance API key (7-7-7-7 characters in groups, next to its name)', names: ['requestfinance'], value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}`}),
    ],
  }),
  provider({
    name: 'restpack',
    title: 'Restpack',
    revoke: dashboard('Restpack'),
    rules: [
      named({id: 'restpackhtmltopdfapi', description: 'Restpack API key (48 letters and digits, next to its name)', names: ['restpack'], value: '[A-Za-z0-9]{48}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'rev',
    title: 'Rev.ai',
    revoke: dashboard('Rev.ai'),
    rules: [
      named({id: 'rev-api-key', description: 'Rev.ai API key (27-28 base64 characters, next to "rev" with api, token or key)', names: qualified('rev'), value: '[A-Za-z0-9+/]{27}=?', minEntropy: 3.5, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => r.chars(B64, 27)}),
    ],
  }),
  provider({
    name: 'revampcrm',
    title: 'Revamp CRM',
    revoke: dashboard('Revamp CRM'),
    rules: [
      named({id: 'revampcrm-api-key', description: 'Revamp CRM API key (40 letters and digits, next to its name)', names: ['revampcrm'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'ringcentral',
    title: 'RingCentral',
    revoke: 'developers.ringcentral.com → Console → the app → Credentials: rotate the client secret.',
    rules: [
      named({id: 'ringcentral-api-key', description: 'RingCentral API key (22 base64url, next to its name)', names: ['ringcentral'], value: '[A-Za-z0-9_-]{22}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 22)}),
    ],
  }),
  provider({
    name: 'ritekit',
    title: 'RiteKit',
    revoke: dashboard('RiteKit'),
    rules: [
      named({id: 'ritekit-api-key', description: 'RiteKit API key (44 hex, next to its name)', names: ['ritekit'], value: '[a-f0-9]{44}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 44)}),
    ],
  }),
  provider({
    name: 'roaring',
    title: 'Roaring',
    revoke: dashboard('Roaring'),
    rules: [
      named({id: 'roaring-api-key', description: 'Roaring API key (28 base64url characters, next to "roaring" with api, token or key)', names: qualified('roaring'), value: '[A-Za-z0-9_-]{28}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 28)}),
    ],
  }),
  provider({
    name: 'rocketreach',
    title: 'RocketReach',
    revoke: dashboard('RocketReach'),
    rules: [
      named({id: 'rocketreach-api-key', description: 'RocketReach API key (39 characters, next to its name)', names: ['rocketreach'], value: '[a-z0-9-]{39}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 39)}),
    ],
  }),
  provider({
    name: 'route4me',
    title: 'Route4Me',
    revoke: dashboard('Route4Me'),
    rules: [
      named({id: 'route4me-api-key', description: 'Route4Me API key (32 upper-case letters and digits, next to "route4me" with api, token or key)', names: qualified('route4me'), value: '[A-Z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'rownd',
    title: 'Rownd',
    revoke: dashboard('Rownd'),
    rules: [
      named({id: 'rownd-api-key', description: 'Rownd API key (48 lower-case letters and digits, next to its name)', names: ['rownd'], value: '[a-z0-9]{48}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'runrun-it',
    title: 'Runrun.it',
    revoke: dashboard('Runrun.it'),
    rules: [
      named({id: 'runrunit', description: 'Runrun.it API key (32 hex, next to its name)', names: ['runrun'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'salesblink',
    title: 'SalesBlink',
    revoke: dashboard('SalesBlink'),
    rules: [
      named({id: 'salesblink-api-key', description: 'SalesBlink API key (68 base64url, next to its name)', names: ['salesblink'], value: '[A-Za-z0-9_-]{68}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 68)}),
    ],
  }),
  provider({
    name: 'salesflare',
    title: 'Salesflare',
    revoke: dashboard('Salesflare'),
    rules: [
      named({id: 'salesflare-api-key', description: 'Salesflare API key (45 letters and digits, next to its name)', names: ['salesflare'], value: '[A-Za-z0-9]{45}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 45)}),
    ],
  }),
  provider({
    name: 'salesmate',
    title: 'Salesmate',
    revoke: dashboard('Salesmate'),
    rules: [
      named({id: 'salesmate-api-key', description: 'Salesmate API key (a UUID, next to its name)', names: ['salesmate'], value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r, MIXED_HEX)}),
    ],
  }),
  provider({
    name: 'sanity',
    title: 'Sanity',
    revoke: dashboard('Sanity'),
    rules: [
      named({id: 'sanity-api-key', description: 'Sanity API key (81 letters and digits, next to "sanity" with api, token or key)', names: qualified('sanity'), value: '[A-Za-z0-9]{81}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 81)}),
    ],
  }),
  provider({
    name: 'satismeter',
    title: 'SatisMeter',
    revoke: dashboard('SatisMeter'),
    rules: [
      named({id: 'satismeterprojectkey', description: 'SatisMeter API key (32 letters and digits, next to its name)', names: ['satismeter'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'saucelabs',
    title: 'Sauce Labs',
    revoke: 'app.saucelabs.com → User settings → Access key: regenerate it.',
    rules: [
      named({id: 'saucelabs-api-key', description: 'Sauce Labs API key (an access key in UUID layout, next to its name)', names: ['saucelabs', 'sauce_access', 'sauce_key', 'sauce-labs', 'sauce_labs'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'scaleway',
    title: 'Scaleway',
    revoke: 'console.scaleway.com → IAM → API keys: delete the key.',
    rules: [
      named({id: 'scalewaykey', description: 'Scaleway API key (8-4-4-4-12 characters in groups, next to its name)', names: ['scaleway', 'scw_'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'scalr',
    title: 'Scalr',
    revoke: dashboard('Scalr'),
    rules: [
      named({id: 'scalr-api-key', description: 'Scalr API key (136 characters, next to "scalr" with api, token or key)', names: qualified('scalr'), value: '[A-Za-z0-9_.-]{136}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 136)}),
    ],
  }),
  provider({
    name: 'scrapeowl',
    title: 'ScrapeOwl',
    revoke: dashboard('ScrapeOwl'),
    rules: [
      named({id: 'scrapeowl-api-key', description: 'ScrapeOwl API key (30 lower-case letters and digits, next to its name)', names: ['scrapeowl'], value: '[a-z0-9]{30}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'scraperapi',
    title: 'ScraperAPI',
    revoke: dashboard('ScraperAPI'),
    rules: [
      named({id: 'scraperapi-api-key', description: 'ScraperAPI API key (32 lower-case letters and digits, next to its name)', names: ['scraperapi'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scraperbox',
    title: 'Scraperbox',
    revoke: dashboard('Scraperbox'),
    rules: [
      named({id: 'scraperbox-api-key', description: 'Scraperbox API key (32 upper-case letters and digits, next to its name)', names: ['scraperbox'], value: '[A-Z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapestack',
    title: 'scrapestack',
    revoke: dashboard('scrapestack'),
    rules: [
      named({id: 'scrapestack-api-key', description: 'scrapestack API key (32 lower-case letters and digits, next to its name)', names: ['scrapestack'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapfly',
    title: 'Scrapfly',
    revoke: dashboard('Scrapfly'),
    rules: [
      named({id: 'scrapfly-api-key', description: 'Scrapfly API key (32 lower-case letters and digits, next to its name)', names: ['scrapfly'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapingant',
    title: 'ScrapingAnt',
    revoke: dashboard('ScrapingAnt'),
    rules: [
      named({id: 'scrapingant-api-key', description: 'ScrapingAnt API key (32 lower-case letters and digits, next to its name)', names: ['scrapingant'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapingbee',
    title: 'ScrapingBee',
    revoke: dashboard('ScrapingBee'),
    rules: [
      named({id: 'scrapingbee-api-key', description: 'ScrapingBee API key (80 upper-case letters and digits, next to its name)', names: ['scrapingbee', 'scraping_bee', 'scraping-bee'], value: '[A-Z0-9]{80}', minEntropy: 4.0, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 80)}),
    ],
  }),
  provider({
    name: 'screenshotapi',
    title: 'ScreenshotAPI',
    revoke: dashboard('ScreenshotAPI'),
    rules: [
      named({id: 'screenshotapi-api-key', description: 'ScreenshotAPI API key (7-7-7-7 characters in groups, next to its name)', names: ['screenshotapi'], value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}', minEntropy: 3.3, reach: REACH, sample: (r) => `${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}`}),
    ],
  }),
  provider({
    name: 'screenshotlayer',
    title: 'screenshotlayer',
    revoke: dashboard('screenshotlayer'),
    rules: [
      named({id: 'screenshotlayer-api-key', description: 'screenshotlayer API key (32 base64url, next to its name)', names: ['screenshotlayer'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'scrutinizerci',
    title: 'Scrutinizer CI',
    revoke: dashboard('Scrutinizer CI'),
    rules: [
      named({id: 'scrutinizerci-api-key', description: 'Scrutinizer CI API key (64 lower-case letters and digits, next to its name)', names: ['scrutinizer'], value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'securitytrails',
    title: 'SecurityTrails',
    revoke: dashboard('SecurityTrails'),
    rules: [
      named({id: 'securitytrails-api-key', description: 'SecurityTrails API key (32 letters and digits, next to its name)', names: ['securitytrails'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'segment',
    title: 'Segment',
    revoke: 'app.segment.com → Settings → Access management → Tokens: revoke the token.',
    rules: [
      named({id: 'segmentapikey', description: 'Segment API key (87 characters, next to "segment" with api, token or key)', names: qualified('segment'), value: '[A-Za-z0-9_.-]{87}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 87)}),
    ],
  }),
  provider({
    name: 'selectpdf',
    title: 'SelectPdf',
    revoke: dashboard('SelectPdf'),
    rules: [
      named({id: 'selectpdf-api-key', description: 'SelectPdf API key (36 characters, next to its name)', names: ['selectpdf'], value: '[a-z0-9-]{36}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 36)}),
    ],
  }),
  provider({
    name: 'semaphore',
    title: 'Semaphore',
    revoke: dashboard('Semaphore'),
    rules: [
      named({id: 'semaphore-api-key', description: 'Semaphore API key (32 lower-case letters and digits, next to its name)', names: ['semaphore_api', 'semaphore.co', 'semaphoreci', 'semaphore token'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sendbird',
    title: 'Sendbird',
    revoke: 'dashboard.sendbird.com → Settings → General → API tokens: revoke the token.',
    rules: [
      named({id: 'sendbird-api-key', description: 'Sendbird API key (40 hex, next to its name)', names: ['sendbird'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
      named({id: 'sendbirdorganizationapi', description: 'Sendbird API key (24 hex, next to its name)', names: ['sendbird'], value: '[a-f0-9]{24}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 24)}),
      named({id: 'sendbird-access-id', description: 'Sendbird API key (a UUID, next to its name)', names: ['sendbird'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'serphouse',
    title: 'SERPHouse',
    revoke: dashboard('SERPHouse'),
    rules: [
      named({id: 'serphouse-api-key', description: 'SERPHouse API key (60 letters and digits, next to its name)', names: ['serphouse'], value: '[A-Za-z0-9]{60}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'serpstack',
    title: 'serpstack',
    revoke: dashboard('serpstack'),
    rules: [
      named({id: 'serpstack-api-key', description: 'serpstack API key (32 lower-case letters and digits, next to its name)', names: ['serpstack'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sheety',
    title: 'Sheety',
    revoke: dashboard('Sheety'),
    rules: [
      named({id: 'sheety-api-key', description: 'Sheety API key (64 lower-case letters and digits, next to "sheety" with api, token or key)', names: qualified('sheety'), value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'sherpadesk',
    title: 'SherpaDesk',
    revoke: dashboard('SherpaDesk'),
    rules: [
      named({id: 'sherpadesk-api-key', description: 'SherpaDesk API key (32 lower-case letters and digits, next to its name)', names: ['sherpadesk'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'shipday',
    title: 'Shipday',
    revoke: dashboard('Shipday'),
    rules: [
      named({id: 'shipday-api-key', description: 'Shipday API key (31 letters and digits, next to its name)', names: ['shipday'], value: '[A-Za-z0-9]{31}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 31)}),
    ],
  }),
  provider({
    name: 'shodan',
    title: 'Shodan',
    revoke: 'account.shodan.io → Reset API key.',
    rules: [
      named({id: 'shodankey', description: 'Shodan API key (32 letters and digits, next to its name)', names: ['shodan'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'shortcut',
    title: 'Shortcut',
    revoke: dashboard('Shortcut'),
    rules: [
      named({id: 'shortcut-api-key', description: 'Shortcut API key (a UUID, next to "shortcut" with api, token or key)', names: qualified('shortcut'), value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'shotstack',
    title: 'Shotstack',
    revoke: dashboard('Shotstack'),
    rules: [
      named({id: 'shotstack-api-key', description: 'Shotstack API key (40 letters and digits, next to its name)', names: ['shotstack'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'shutterstock',
    title: 'Shutterstock',
    revoke: 'shutterstock.com → Account → Developers → Apps: regenerate the consumer secret.',
    rules: [
      named({id: 'shutterstock-api-key', description: 'Shutterstock API key (32 letters and digits, next to its name)', names: ['shutterstock'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
      named({id: 'shutterstockoauth', description: 'Shutterstock API key ("v2/" then base64, next to its name)', names: ['shutterstock'], value: 'v2/[A-Za-z0-9+/]{300,400}', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => `v2/${r.chars(B64, 388)}`}),
    ],
  }),
  provider({
    name: 'signalwire',
    title: 'SignalWire',
    revoke: dashboard('SignalWire'),
    rules: [
      named({id: 'signalwire-api-key', description: 'SignalWire API key (50 letters and digits, next to its name)', names: ['signalwire'], value: '[A-Za-z0-9]{50}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 50)}),
    ],
  }),
  provider({
    name: 'signaturit',
    title: 'Signaturit',
    revoke: dashboard('Signaturit'),
    rules: [
      named({id: 'signaturit-api-key', description: 'Signaturit API key (86 letters and digits, next to its name)', names: ['signaturit'], value: '[A-Za-z0-9]{86}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 86)}),
    ],
  }),
  provider({
    name: 'signupgenius',
    title: 'SignUpGenius',
    revoke: dashboard('SignUpGenius'),
    rules: [
      named({id: 'signupgenius-api-key', description: 'SignUpGenius API key (32 letters and digits, next to its name)', names: ['signupgenius'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sigopt',
    title: 'SigOpt',
    revoke: dashboard('SigOpt'),
    rules: [
      named({id: 'sigopt-api-key', description: 'SigOpt API key (48 upper-case letters and digits, next to its name)', names: ['sigopt'], value: '[A-Z0-9]{48}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'simfin',
    title: 'SimFin',
    revoke: dashboard('SimFin'),
    rules: [
      named({id: 'simfin-api-key', description: 'SimFin API key (32 letters and digits, next to its name)', names: ['simfin'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'simplesat',
    title: 'Simplesat',
    revoke: dashboard('Simplesat'),
    rules: [
      named({id: 'simplesat-api-key', description: 'Simplesat API key (40 lower-case letters and digits, next to "simplesat" with api, token or key)', names: qualified('simplesat'), value: '[a-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'simvoly',
    title: 'Simvoly',
    revoke: dashboard('Simvoly'),
    rules: [
      named({id: 'simvoly-api-key', description: 'Simvoly API key (33 lower-case letters and digits, next to its name)', names: ['simvoly'], value: '[a-z0-9]{33}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 33)}),
    ],
  }),
  provider({
    name: 'sinchmessage',
    title: 'Sinch',
    revoke: dashboard('Sinch'),
    rules: [
      named({id: 'sinchmessage-api-key', description: 'Sinch API key (32 lower-case letters and digits, next to its name)', names: ['sinch'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'siteleaf',
    title: 'Siteleaf',
    revoke: dashboard('Siteleaf'),
    rules: [
      named({id: 'siteleaf-api-key', description: 'Siteleaf API key (32 lower-case letters and digits, next to its name)', names: ['siteleaf'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'skrappio',
    title: 'Skrapp.io',
    revoke: dashboard('Skrapp.io'),
    rules: [
      named({id: 'skrappio-api-key', description: 'Skrapp.io API key (42 letters and digits, next to its name)', names: ['skrappio'], value: '[A-Za-z0-9]{42}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 42)}),
    ],
  }),
  provider({
    name: 'skybiometry',
    title: 'SkyBiometry',
    revoke: dashboard('SkyBiometry'),
    rules: [
      named({id: 'skybiometry-api-key', description: 'SkyBiometry API key (26 lower-case letters and digits, next to its name)', names: ['skybiometry'], value: '[a-z0-9]{26}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 26)}),
    ],
  }),
  provider({
    name: 'smartsheet',
    title: 'Smartsheet',
    revoke: 'app.smartsheet.com → Account → Apps & integrations → API access: revoke the token.',
    rules: [
      named({id: 'smartsheets', description: 'Smartsheet API key (26 or 37 letters and digits, next to its name)', names: ['smartsheet'], value: '[A-Za-z0-9]{26}(?:[A-Za-z0-9]{11})?', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(ALNUM, 37)}),
    ],
  }),
  provider({
    name: 'smartystreets',
    title: 'Smarty (SmartyStreets)',
    revoke: dashboard('Smarty (SmartyStreets)'),
    rules: [
      named({id: 'smartystreets-api-key', description: 'Smarty (SmartyStreets) API key (20 letters and digits, next to its name)', names: ['smartystreets'], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'smooch',
    title: 'Smooch (Sunshine Conversations)',
    revoke: dashboard('Smooch (Sunshine Conversations)'),
    rules: [
      named({id: 'smooch-api-key', description: 'Smooch (Sunshine Conversations) API key (86 base64url, next to "smooch" with api, token or key)', names: qualified('smooch'), value: '[A-Za-z0-9_-]{86}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 86)}),
    ],
  }),
  provider({
    name: 'snipcart',
    title: 'Snipcart',
    revoke: 'app.snipcart.com → Account → API keys: regenerate the secret key.',
    rules: [
      named({id: 'snipcart-api-key', description: 'Snipcart API key (75 letters and digits, next to its name)', names: ['snipcart'], value: '[A-Za-z0-9]{75}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 75)}),
    ],
  }),
  provider({
    name: 'solarwinds-observability',
    title: 'SolarWinds Observability',
    revoke: dashboard('SolarWinds Observability'),
    rules: [
      named({id: 'solarwindsobservability', description: 'SolarWinds Observability API key (71 base64url characters, next to its name)', names: ['solarwinds'], value: '[A-Za-z0-9_-]{71}', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 71)}),
    ],
  }),
  provider({
    name: 'sparkpost',
    title: 'SparkPost',
    revoke: 'app.sparkpost.com → Account → API keys: delete the key.',
    rules: [
      named({id: 'sparkpost-api-key', description: 'SparkPost API key (40 letters and digits, next to its name)', names: ['sparkpost'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'speechtextai',
    title: 'Speechtext.ai',
    revoke: dashboard('Speechtext.ai'),
    rules: [
      named({id: 'speechtextai-api-key', description: 'Speechtext.ai API key (32 hex, next to its name)', names: ['speechtext'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'splunk-observability',
    title: 'Splunk Observability',
    revoke: dashboard('Splunk Observability'),
    rules: [
      named({id: 'splunkobservabilitytoken', description: 'Splunk Observability API key (22 letters and digits, next to its name)', names: ['splunk', 'signalfx', 'sfx_'], value: '[A-Za-z0-9]{22}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'spoonacular',
    title: 'Spoonacular',
    revoke: dashboard('Spoonacular'),
    rules: [
      named({id: 'spoonacular-api-key', description: 'Spoonacular API key (32 lower-case letters and digits, next to its name)', names: ['spoonacular'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sportsmonk',
    title: 'Sportmonks',
    revoke: dashboard('Sportmonks'),
    rules: [
      named({id: 'sportsmonk-api-key', description: 'Sportmonks API key (60 letters and digits, next to its name)', names: ['sportsmonk'], value: '[A-Za-z0-9]{60}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'spotify',
    title: 'Spotify',
    revoke: 'developer.spotify.com → Dashboard → the app → Settings: rotate the client secret.',
    rules: [
      named({id: 'spotifykey', description: 'Spotify API key (32 letters and digits, next to its name)', names: ['spotify'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'squarespace',
    title: 'Squarespace',
    revoke: 'Squarespace → Settings → Developer API keys: revoke the key.',
    rules: [
      named({id: 'squarespace-api-key', description: 'Squarespace API key (a UUID, next to its name)', names: ['squarespace'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'sslmate',
    title: 'SSLMate',
    revoke: dashboard('SSLMate'),
    rules: [
      named({id: 'sslmate-api-key', description: 'SSLMate API key (36 letters and digits, next to its name)', names: ['sslmate'], value: '[A-Za-z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'statuscake',
    title: 'StatusCake',
    revoke: dashboard('StatusCake'),
    rules: [
      named({id: 'statuscake-api-key', description: 'StatusCake API key (20 letters and digits, next to its name)', names: ['statuscake'], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'statuspage',
    title: 'Atlassian Statuspage',
    revoke: dashboard('Atlassian Statuspage'),
    rules: [
      named({id: 'statuspage-api-key', description: 'Atlassian Statuspage API key (36 lower-case letters and digits, next to its name)', names: ['statuspage'], value: '[a-z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'statuspal',
    title: 'Statuspal',
    revoke: dashboard('Statuspal'),
    rules: [
      named({id: 'statuspal-api-key', description: 'Statuspal API key (32 letters and digits, next to its name)', names: ['statuspal'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'stitchdata',
    title: 'Stitch',
    revoke: dashboard('Stitch'),
    rules: [
      named({id: 'stitchdata-api-key', description: 'Stitch API key (35 characters, next to its name)', names: ['stitchdata'], value: '[a-z0-9_-]{35}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(LOWER_B64URL, 35)}),
    ],
  }),
  provider({
    name: 'stockdata',
    title: 'StockData',
    revoke: dashboard('StockData'),
    rules: [
      named({id: 'stockdata-api-key', description: 'StockData API key (40 letters and digits, next to its name)', names: ['stockdata'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'storecove',
    title: 'Storecove',
    revoke: dashboard('Storecove'),
    rules: [
      named({id: 'storecove-api-key', description: 'Storecove API key (43 base64url, next to "storecove" with api, token or key)', names: qualified('storecove'), value: '[A-Za-z0-9_-]{43}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 43)}),
    ],
  }),
  provider({
    name: 'stormboard',
    title: 'Stormboard',
    revoke: dashboard('Stormboard'),
    rules: [
      named({id: 'stormboard-api-key', description: 'Stormboard API key (40 hex, next to its name)', names: ['stormboard'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'stormglass',
    title: 'Stormglass',
    revoke: dashboard('Stormglass'),
    rules: [
      named({id: 'stormglass-api-key', description: 'Stormglass API key (73 base64url, next to its name)', names: ['stormglass'], value: '[A-Za-z0-9_-]{73}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 73)}),
    ],
  }),
  provider({
    name: 'storyblok',
    title: 'Storyblok',
    revoke: 'app.storyblok.com → My account → Personal access tokens (or the space → Access tokens): delete the token.',
    rules: [
      named({id: 'storyblok-api-key', description: 'Storyblok API key (24 letters and digits, next to its name)', names: ['storyblok'], value: '[A-Za-z0-9]{24}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 24)}),
      named({id: 'storyblokpersonalaccesstoken', description: 'Storyblok API key (24-6-20 characters, next to its name)', names: ['storyblok'], value: '[A-Za-z0-9]{24}-[0-9]{6}-[A-Za-z0-9]{20}', minEntropy: 3.6, reach: REACH, sample: (r) => `${r.chars(ALNUM, 24)}-${r.chars(DIGITS, 6)}-${r.chars(ALNUM, 20)}`}),
    ],
  }),
  provider({
    name: 'storychief',
    title: 'StoryChief',
    revoke: dashboard('StoryChief'),
    rules: [
      named({id: 'storychief-api-key', description: 'StoryChief API key (940 characters, next to its name)', names: ['storychief'], value: '[A-Za-z0-9_.-]{940}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 940)}),
    ],
  }),
  provider({
    name: 'strava',
    title: 'Strava',
    revoke: 'strava.com → Settings → My API application: refresh the client secret.',
    rules: [
      named({id: 'strava-api-key', description: 'Strava API key (40 lower-case letters and digits, next to "strava" with api, token or key)', names: qualified('strava'), value: '[a-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'streak',
    title: 'Streak',
    revoke: dashboard('Streak'),
    rules: [
      named({id: 'streak-api-key', description: 'Streak API key (32 letters and digits, next to "streak" with api, token or key)', names: qualified('streak'), value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'stripo',
    title: 'Stripo',
    revoke: dashboard('Stripo'),
    rules: [
      named({id: 'stripo-api-key', description: 'Stripo API key (a signed JWT, next to its name)', names: ['stripo'], value: 'eyJhbGciOiJIUzI1NiJ9\\.[A-Za-z0-9_-]{100,200}\\.[A-Za-z0-9_-]{43}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => `eyJhbGciOiJIUzI1NiJ9.${r.chars(B64URL, 130)}.${r.chars(B64URL, 43)}`}),
    ],
  }),
  provider({
    name: 'stytch',
    title: 'Stytch',
    revoke: 'Stytch dashboard → API keys: rotate the secret.',
    rules: [
      named({id: 'stytch-secret', description: 'Stytch project secret (47 base64url characters and "=", next to its name)', names: ['stytch'], value: '[A-Za-z0-9_-]{47}=', minEntropy: 3.5, reach: REACH, alphabet: 'A-Za-z0-9_=-', sample: (r) => `${r.chars(B64URL, 47)}=`}),
    ],
  }),
  provider({
    name: 'sugester',
    title: 'Sugester',
    revoke: dashboard('Sugester'),
    rules: [
      named({id: 'sugester-api-key', description: 'Sugester API key (32 letters and digits, next to its name)', names: ['sugester'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sumologic',
    title: 'Sumo Logic',
    revoke: 'Sumo Logic → Administration → Security → Access keys: delete the access id and key.',
    rules: [
      named({id: 'sumologickey', description: 'Sumo Logic API key (64 letters and digits (the access key), next to its name)', names: ['sumologic', 'sumo_', 'sumo-', 'sumoid', 'sumokey', 'sumo access'], value: '[A-Za-z0-9]{64}', minEntropy: 4.0, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
      named({id: 'sumologic-access-id', description: 'Sumo Logic API key ("su" then 12 letters and digits (the access id), next to its name)', names: ['sumologic', 'sumo_', 'sumo-', 'sumoid', 'sumokey', 'sumo access'], value: 'su[A-Za-z0-9]{12}', minEntropy: 3.0, reach: REACH, sample: (r) => `su${r.chars(ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'supernotesapi',
    title: 'Supernotes',
    revoke: dashboard('Supernotes'),
    rules: [
      named({id: 'supernotesapi-api-key', description: 'Supernotes API key (43 letters and digits, next to its name)', names: ['supernotesapi'], value: '[A-Za-z0-9]{43}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'surveyanyplace',
    title: 'Survey Anyplace',
    revoke: dashboard('Survey Anyplace'),
    rules: [
      named({id: 'surveyanyplace-api-key', description: 'Survey Anyplace API key (32 letters and digits, next to its name)', names: ['surveyanyplace'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'surveybot',
    title: 'SurveyBot',
    revoke: dashboard('SurveyBot'),
    rules: [
      named({id: 'surveybot-api-key', description: 'SurveyBot API key (80 letters and digits, next to its name)', names: ['surveybot'], value: '[A-Za-z0-9]{80}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 80)}),
    ],
  }),
  provider({
    name: 'surveysparrow',
    title: 'SurveySparrow',
    revoke: dashboard('SurveySparrow'),
    rules: [
      named({id: 'surveysparrow-api-key', description: 'SurveySparrow API key (88 base64url, next to its name)', names: ['surveysparrow'], value: '[A-Za-z0-9_-]{88}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 88)}),
    ],
  }),
  provider({
    name: 'survicate',
    title: 'Survicate',
    revoke: dashboard('Survicate'),
    rules: [
      named({id: 'survicate-api-key', description: 'Survicate API key (32 lower-case letters and digits, next to its name)', names: ['survicate'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'swell',
    title: 'Swell',
    revoke: dashboard('Swell'),
    rules: [
      named({id: 'swell-api-key', description: 'Swell API key (32 letters and digits, next to "swell" with api, token or key)', names: qualified('swell'), value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'swiftype',
    title: 'Swiftype',
    revoke: dashboard('Swiftype'),
    rules: [
      named({id: 'swiftype-api-key', description: 'Swiftype API key (20 base64url, next to its name)', names: ['swiftype'], value: '[A-Za-z0-9_-]{20}', minEntropy: 3.2, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 20)}),
    ],
  }),
  provider({
    name: 'tallyfy',
    title: 'Tallyfy',
    revoke: dashboard('Tallyfy'),
    rules: [
      named({id: 'tallyfy-api-key', description: 'Tallyfy API key (985 characters, next to its name)', names: ['tallyfy'], value: '[A-Za-z0-9_.-]{985}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 985)}),
    ],
  }),
  provider({
    name: 'tatumio',
    title: 'Tatum',
    revoke: dashboard('Tatum'),
    rules: [
      named({id: 'tatumio-api-key', description: 'Tatum API key (36 lower-case letters and digits, next to its name)', names: ['tatumio'], value: '[a-z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'taxjar',
    title: 'TaxJar',
    revoke: dashboard('TaxJar'),
    rules: [
      named({id: 'taxjar-api-key', description: 'TaxJar API key (32 lower-case letters and digits, next to its name)', names: ['taxjar'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'teamgate',
    title: 'Teamgate',
    revoke: dashboard('Teamgate'),
    rules: [
      named({id: 'teamgate-api-key', description: 'Teamgate API key (40 lower-case letters and digits, next to its name)', names: ['teamgate'], value: '[a-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'technicalanalysisapi',
    title: 'Technical Analysis API',
    revoke: dashboard('Technical Analysis API'),
    rules: [
      named({id: 'technicalanalysisapi-api-key', description: 'Technical Analysis API API key (48 upper-case letters and digits, next to its name)', names: ['technicalanalysisapi', 'technical_analysis_api'], value: '[A-Z0-9]{48}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'tefter',
    title: 'Tefter',
    revoke: dashboard('Tefter'),
    rules: [
      named({id: 'tefter-api-key', description: 'Tefter API key (20 letters and digits, next to "tefter" with api, token or key)', names: qualified('tefter'), value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'teletype',
    title: 'Teletype',
    revoke: dashboard('Teletype'),
    rules: [
      named({id: 'teletype-api-key', description: 'Teletype API key (64 base64url, next to "teletype" with api, token or key)', names: qualified('teletype'), value: '[A-Za-z0-9_-]{64}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 64)}),
    ],
  }),
  provider({
    name: 'telnyx',
    title: 'Telnyx',
    revoke: 'portal.telnyx.com → Auth → API keys: delete the key.',
    rules: [
      named({id: 'telnyx-api-key', description: 'Telnyx API key (58 base64url, next to its name)', names: ['telnyx'], value: '[A-Za-z0-9_-]{58}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 58)}),
    ],
  }),
  provider({
    name: 'testingbot',
    title: 'TestingBot',
    revoke: dashboard('TestingBot'),
    rules: [
      named({id: 'testingbot-api-key', description: 'TestingBot API key (32 lower-case letters and digits, next to its name)', names: ['testingbot'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'textmagic',
    title: 'TextMagic',
    revoke: dashboard('TextMagic'),
    rules: [
      named({id: 'textmagic-api-key', description: 'TextMagic API key (30 letters and digits, next to its name)', names: ['textmagic'], value: '[A-Za-z0-9]{30}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'theoddsapi',
    title: 'The Odds API',
    revoke: dashboard('The Odds API'),
    rules: [
      named({id: 'theoddsapi-api-key', description: 'The Odds API API key (32 hex, next to its name)', names: ['theoddsapi', 'the-odds-api', 'oddsapi', 'odds_api'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'thinkific',
    title: 'Thinkific',
    revoke: dashboard('Thinkific'),
    rules: [
      named({id: 'thinkific-api-key', description: 'Thinkific API key (32 hex, next to its name)', names: ['thinkific'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'thousandeyes',
    title: 'ThousandEyes',
    revoke: dashboard('ThousandEyes'),
    rules: [
      named({id: 'thousandeyes-api-key', description: 'ThousandEyes API key (32 letters and digits, next to its name)', names: ['thousandeyes'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ticketmaster',
    title: 'Ticketmaster',
    revoke: dashboard('Ticketmaster'),
    rules: [
      named({id: 'ticketmaster-api-key', description: 'Ticketmaster API key (32 letters and digits, next to "ticketmaster" with api, token or key)', names: qualified('ticketmaster'), value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tickettailor',
    title: 'Ticket Tailor',
    revoke: dashboard('Ticket Tailor'),
    rules: [
      named({id: 'tickettailor-api-key', description: 'Ticket Tailor API key (47 characters, next to its name)', names: ['tickettailor'], value: '[a-z0-9_-]{47}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(LOWER_B64URL, 47)}),
    ],
  }),
  provider({
    name: 'tiingo',
    title: 'Tiingo',
    revoke: 'tiingo.com → Account → API → Token: reset it.',
    rules: [
      named({id: 'tiingo-api-key', description: 'Tiingo API key (40 lower-case letters and digits, next to "tiingo" with api, token or key)', names: qualified('tiingo'), value: '[a-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'timecamp',
    title: 'TimeCamp',
    revoke: dashboard('TimeCamp'),
    rules: [
      named({id: 'timecamp-api-key', description: 'TimeCamp API key (26 lower-case letters and digits, next to its name)', names: ['timecamp'], value: '[a-z0-9]{26}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 26)}),
    ],
  }),
  provider({
    name: 'timezoneapi',
    title: 'TimezoneAPI',
    revoke: dashboard('TimezoneAPI'),
    rules: [
      named({id: 'timezoneapi-api-key', description: 'TimezoneAPI API key (20 letters and digits, next to its name)', names: ['timezoneapi'], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'tly',
    title: 'T.LY',
    revoke: dashboard('T.LY'),
    rules: [
      named({id: 'tly-api-key', description: 'T.LY API key (60 letters and digits, next to "tly" with api, token or key)', names: [...qualified('tly'), ...qualified('t.ly')], value: '[A-Za-z0-9]{60}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'tmetric',
    title: 'TMetric',
    revoke: dashboard('TMetric'),
    rules: [
      named({id: 'tmetric-api-key', description: 'TMetric API key (64 upper-case letters and digits, next to its name)', names: ['tmetric'], value: '[A-Z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'todoist',
    title: 'Todoist',
    revoke: 'todoist.com → Settings → Integrations → Developer: issue a new API token.',
    rules: [
      named({id: 'todoist-api-key', description: 'Todoist API key (40 lower-case letters and digits, next to its name)', names: ['todoist'], value: '[a-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'toggl',
    title: 'Toggl Track',
    revoke: dashboard('Toggl Track'),
    rules: [
      named({id: 'toggltrack', description: 'Toggl Track API key (32 lower-case letters and digits, next to its name)', names: ['toggl'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tokeet',
    title: 'Tokeet',
    revoke: dashboard('Tokeet'),
    rules: [
      named({id: 'tokeet-api-key', description: 'Tokeet API key (a UUID, next to "tokeet" with api, token or key)', names: qualified('tokeet'), value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'tomorrow-io',
    title: 'Tomorrow.io',
    revoke: dashboard('Tomorrow.io'),
    rules: [
      named({id: 'tomorrowio', description: 'Tomorrow.io API key (32 letters and digits, next to its name)', names: ['tomorrow.io', 'tomorrowio', 'tomorrow_io'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tomtom',
    title: 'TomTom',
    revoke: 'developer.tomtom.com → Dashboard → Keys: regenerate the key.',
    rules: [
      named({id: 'tomtom-api-key', description: 'TomTom API key (32 letters and digits, next to its name)', names: ['tomtom'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tradier',
    title: 'Tradier',
    revoke: dashboard('Tradier'),
    rules: [
      named({id: 'tradier-api-key', description: 'Tradier API key (28 letters and digits, next to "tradier" with api, token or key)', names: qualified('tradier'), value: '[A-Za-z0-9]{28}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 28)}),
    ],
  }),
  provider({
    name: 'travelpayouts',
    title: 'Travelpayouts',
    revoke: dashboard('Travelpayouts'),
    rules: [
      named({id: 'travelpayouts-api-key', description: 'Travelpayouts API key (32 lower-case letters and digits, next to its name)', names: ['travelpayouts'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'travisci',
    title: 'Travis CI',
    revoke: 'app.travis-ci.com → Settings → API authentication: regenerate the token.',
    rules: [
      named({id: 'travisci-api-key', description: 'Travis CI API key (22 letters and digits, next to its name)', names: ['travis'], value: '[A-Za-z0-9]{22}', minEntropy: 3.4, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'trello',
    title: 'Trello',
    revoke: 'trello.com → Power-Ups admin → your integration → API key: regenerate the secret; revoke tokens under Account → Applications.',
    rules: [
      named({id: 'trelloapikey', description: 'Trello API key (32 letters and digits, next to its name)', names: ['trello'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'twelvedata',
    title: 'Twelve Data',
    revoke: dashboard('Twelve Data'),
    rules: [
      named({id: 'twelvedata-api-key', description: 'Twelve Data API key (32 lower-case letters and digits, next to its name)', names: ['twelvedata'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'twist',
    title: 'Twist',
    revoke: dashboard('Twist'),
    rules: [
      named({id: 'twist-api-key', description: 'Twist API key (40 hex, next to "twist" with api, token or key)', names: qualified('twist'), value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'twitch',
    title: 'Twitch',
    revoke: 'dev.twitch.tv → Console → the application: new client secret; revoke user tokens with the OAuth revoke endpoint.',
    rules: [
      named({id: 'twitch-api-key', description: 'Twitch API key (30 lower-case letters and digits, next to its name)', names: ['twitch'], value: '[a-z0-9]{30}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'tyntec',
    title: 'tyntec',
    revoke: dashboard('tyntec'),
    rules: [
      named({id: 'tyntec-api-key', description: 'tyntec API key (32 letters and digits, next to its name)', names: ['tyntec'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'typetalk',
    title: 'Typetalk',
    revoke: dashboard('Typetalk'),
    rules: [
      named({id: 'typetalk-api-key', description: 'Typetalk API key (64 letters and digits, next to its name)', names: ['typetalk'], value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'ubidots',
    title: 'Ubidots',
    revoke: dashboard('Ubidots'),
    rules: [
      named({id: 'ubidots-api-key', description: 'Ubidots API key (35 base64url, next to its name)', names: ['ubidots'], value: '[A-Za-z0-9_-]{35}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 35)}),
    ],
  }),
  provider({
    name: 'uclassify',
    title: 'uClassify',
    revoke: dashboard('uClassify'),
    rules: [
      named({id: 'uclassify-api-key', description: 'uClassify API key (12 letters and digits, next to its name)', names: ['uclassify'], value: '[A-Za-z0-9]{12}', minEntropy: 2.6, reach: REACH, sample: (r) => r.chars(ALNUM, 12)}),
    ],
  }),
  provider({
    name: 'unifyid',
    title: 'UnifyID',
    revoke: dashboard('UnifyID'),
    rules: [
      named({id: 'unifyid-api-key', description: 'UnifyID API key (44 base64url, next to its name)', names: ['unifyid', 'unify'], value: '[A-Za-z0-9_-]{44}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 44)}),
    ],
  }),
  provider({
    name: 'unplugg',
    title: 'Unplugg',
    revoke: dashboard('Unplugg'),
    rules: [
      named({id: 'unplugg-api-key', description: 'Unplugg API key (64 lower-case letters and digits, next to its name)', names: ['unplugg'], value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'unsplash',
    title: 'Unsplash',
    revoke: 'unsplash.com → Your apps → the application: regenerate the keys.',
    rules: [
      named({id: 'unsplash-api-key', description: 'Unsplash API key (43 letters and digits, next to its name)', names: ['unsplash'], value: '[A-Za-z0-9]{43}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'upcdatabase',
    title: 'UPC Database',
    revoke: dashboard('UPC Database'),
    rules: [
      named({id: 'upcdatabase-api-key', description: 'UPC Database API key (32 upper-case letters and digits, next to its name)', names: ['upcdatabase', 'upc_database'], value: '[A-Z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'uplead',
    title: 'UpLead',
    revoke: dashboard('UpLead'),
    rules: [
      named({id: 'uplead-api-key', description: 'UpLead API key (32 characters, next to its name)', names: ['uplead'], value: '[a-z0-9-]{32}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 32)}),
    ],
  }),
  provider({
    name: 'uploadcare',
    title: 'Uploadcare',
    revoke: 'app.uploadcare.com → the project → API keys: delete the secret key.',
    rules: [
      named({id: 'uploadcare-api-key', description: 'Uploadcare API key (20 lower-case letters and digits, next to its name)', names: ['uploadcare'], value: '[a-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'uptimerobot',
    title: 'UptimeRobot',
    revoke: 'uptimerobot.com → My settings → API settings: reset the key.',
    rules: [
      named({id: 'uptimerobot-api-key', description: 'UptimeRobot API key (34 base64url, next to its name)', names: ['uptimerobot'], value: '[A-Za-z0-9_-]{34}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 34)}),
    ],
  }),
  provider({
    name: 'upwave',
    title: 'Upwave',
    revoke: dashboard('Upwave'),
    rules: [
      named({id: 'upwave-api-key', description: 'Upwave API key (32 lower-case letters and digits, next to "upwave" with api, token or key)', names: qualified('upwave'), value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'urlscan',
    title: 'urlscan.io',
    revoke: dashboard('urlscan.io'),
    rules: [
      named({id: 'urlscan-api-key', description: 'urlscan.io API key (36 lower-case letters and digits, next to its name)', names: ['urlscan'], value: '[a-z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'userflow',
    title: 'Userflow',
    revoke: dashboard('Userflow'),
    rules: [
      named({id: 'userflow-api-key', description: 'Userflow API key (29 lower-case letters and digits, next to "userflow" with api, token or key)', names: qualified('userflow'), value: '[a-z0-9]{29}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 29)}),
    ],
  }),
  provider({
    name: 'userstack',
    title: 'userstack',
    revoke: dashboard('userstack'),
    rules: [
      named({id: 'userstack-api-key', description: 'userstack API key (32 lower-case letters and digits, next to its name)', names: ['userstack'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'vagrant-cloud',
    title: 'Vagrant Cloud',
    revoke: dashboard('Vagrant Cloud'),
    rules: [
      named({id: 'vagrantcloudpersonaltoken', description: 'Vagrant Cloud API key (90 letters and digits, next to its name)', names: ['vagrant'], value: '[A-Za-z0-9]{90}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 90)}),
    ],
  }),
  provider({
    name: 'vatlayer',
    title: 'vatlayer',
    revoke: dashboard('vatlayer'),
    rules: [
      named({id: 'vatlayer-api-key', description: 'vatlayer API key (32 lower-case letters and digits, next to its name)', names: ['vatlayer'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'verifier',
    title: 'Verifier',
    revoke: dashboard('Verifier'),
    rules: [
      named({id: 'verifier-api-key', description: 'Verifier API key (96 hex, next to "verifier" with api, token or key)', names: qualified('verifier'), value: '[a-f0-9]{96}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 96)}),
    ],
  }),
  provider({
    name: 'verimail',
    title: 'Verimail',
    revoke: dashboard('Verimail'),
    rules: [
      named({id: 'verimail-api-key', description: 'Verimail API key (32 upper-case letters and digits, next to its name)', names: ['verimail'], value: '[A-Z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'veriphone',
    title: 'Veriphone',
    revoke: dashboard('Veriphone'),
    rules: [
      named({id: 'veriphone-api-key', description: 'Veriphone API key (32 upper-case letters and digits, next to its name)', names: ['veriphone'], value: '[A-Z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'versioneye',
    title: 'VersionEye',
    revoke: dashboard('VersionEye'),
    rules: [
      named({id: 'versioneye-api-key', description: 'VersionEye API key (40 base64url, next to its name)', names: ['versioneye'], value: '[A-Za-z0-9_-]{40}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 40)}),
    ],
  }),
  provider({
    name: 'viewneo',
    title: 'viewneo',
    revoke: dashboard('viewneo'),
    rules: [
      named({id: 'viewneo-api-key', description: 'viewneo API key (872 characters, next to its name)', names: ['viewneo'], value: '[A-Za-z0-9_.-]{872}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 872)}),
    ],
  }),
  provider({
    name: 'virustotal',
    title: 'VirusTotal',
    revoke: 'virustotal.com → your profile → API key: reset it.',
    rules: [
      named({id: 'virustotal-api-key', description: 'VirusTotal API key (64 hex, next to its name)', names: ['virustotal'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'visualcrossing',
    title: 'Visual Crossing',
    revoke: dashboard('Visual Crossing'),
    rules: [
      named({id: 'visualcrossing-api-key', description: 'Visual Crossing API key (25 upper-case letters and digits, next to its name)', names: ['visualcrossing'], value: '[A-Z0-9]{25}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 25)}),
    ],
  }),
  provider({
    name: 'voicegain',
    title: 'Voicegain',
    revoke: dashboard('Voicegain'),
    rules: [
      named({id: 'voicegain-api-key', description: 'Voicegain API key (a JWT, next to its name)', names: ['voicegain'], value: 'ey[A-Za-z0-9_-]{30,}\\.ey[A-Za-z0-9_-]{50,}\\.[A-Za-z0-9_-]{20,}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => `ey${r.chars(B64URL, 34)}.ey${r.chars(B64URL, 100)}.${r.chars(B64URL, 43)}`}),
    ],
  }),
  provider({
    name: 'voodoosms',
    title: 'VoodooSMS',
    revoke: dashboard('VoodooSMS'),
    rules: [
      named({id: 'voodoosms-api-key', description: 'VoodooSMS API key (46 letters and digits, next to its name)', names: ['voodoosms'], value: '[A-Za-z0-9]{46}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 46)}),
    ],
  }),
  provider({
    name: 'vouchery',
    title: 'Vouchery',
    revoke: dashboard('Vouchery'),
    rules: [
      named({id: 'vouchery-api-key', description: 'Vouchery API key (36 lower-case letters and digits, next to its name)', names: ['vouchery'], value: '[a-z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'vpnapi',
    title: 'vpnapi.io',
    revoke: dashboard('vpnapi.io'),
    rules: [
      named({id: 'vpnapi-api-key', description: 'vpnapi.io API key (32 letters and digits, next to its name)', names: ['vpnapi'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'vultr',
    title: 'Vultr',
    revoke: 'my.vultr.com → Account → API: regenerate the key.',
    rules: [
      named({id: 'vultrapikey', description: 'Vultr API key (36 upper-case letters and digits, next to its name)', names: ['vultr'], value: '[A-Z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'vyte',
    title: 'Vyte',
    revoke: dashboard('Vyte'),
    rules: [
      named({id: 'vyte-api-key', description: 'Vyte API key (50 lower-case letters and digits, next to "vyte" with api, token or key)', names: qualified('vyte'), value: '[a-z0-9]{50}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 50)}),
    ],
  }),
  provider({
    name: 'walkscore',
    title: 'Walk Score',
    revoke: dashboard('Walk Score'),
    rules: [
      named({id: 'walkscore-api-key', description: 'Walk Score API key (32 lower-case letters and digits, next to its name)', names: ['walkscore'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'weatherbit',
    title: 'Weatherbit',
    revoke: dashboard('Weatherbit'),
    rules: [
      named({id: 'weatherbit-api-key', description: 'Weatherbit API key (32 lower-case letters and digits, next to its name)', names: ['weatherbit'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'weatherstack',
    title: 'weatherstack',
    revoke: dashboard('weatherstack'),
    rules: [
      named({id: 'weatherstack-api-key', description: 'weatherstack API key (32 lower-case letters and digits, next to its name)', names: ['weatherstack'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'web3-storage',
    title: 'web3.storage',
    revoke: dashboard('web3.storage'),
    rules: [
      named({id: 'web3storage', description: 'web3.storage API key (228 characters, next to its name)', names: ['web3storage', 'web3.storage', 'web3_storage'], value: '[A-Za-z0-9_.-]{228}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 228)}),
    ],
  }),
  provider({
    name: 'webex',
    title: 'Webex',
    revoke: 'developer.webex.com → My apps → the bot or integration: regenerate the access token or client secret.',
    rules: [
      named({id: 'webex-api-key', description: 'Webex API key (64 hex, next to its name)', names: ['webex'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
      named({id: 'webexbot', description: 'Webex API key (64 characters, 4, then a UUID, next to its name)', names: ['webex'], value: '[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[A-Za-z0-9]{8}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{12}', minEntropy: 3.8, reach: REACH, sample: (r) => `${r.chars(ALNUM, 64)}_${r.chars(ALNUM, 4)}_${uuid(r)}`}),
    ],
  }),
  provider({
    name: 'webflow',
    title: 'Webflow',
    revoke: 'webflow.com → the site → Settings → Apps & integrations → API access: delete the token.',
    rules: [
      named({id: 'webflow-api-key', description: 'Webflow API key (64 letters and digits, next to "webflow" with api, token or key)', names: qualified('webflow'), value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'webscraper',
    title: 'Web Scraper',
    revoke: dashboard('Web Scraper'),
    rules: [
      named({id: 'webscraper-api-key', description: 'Web Scraper API key (60 letters and digits, next to its name)', names: ['webscraper'], value: '[A-Za-z0-9]{60}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'webscraping-ai',
    title: 'WebScraping.AI',
    revoke: dashboard('WebScraping.AI'),
    rules: [
      named({id: 'webscraping', description: 'WebScraping.AI API key (32 letters and digits, next to its name)', names: ['webscraping'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'websitepulse',
    title: 'WebSitePulse',
    revoke: dashboard('WebSitePulse'),
    rules: [
      named({id: 'websitepulse-api-key', description: 'WebSitePulse API key (32 hex, next to its name)', names: ['websitepulse'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'whoxy',
    title: 'Whoxy',
    revoke: dashboard('Whoxy'),
    rules: [
      named({id: 'whoxy-api-key', description: 'Whoxy API key (33 lower-case letters and digits, next to its name)', names: ['whoxy'], value: '[a-z0-9]{33}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 33)}),
    ],
  }),
  provider({
    name: 'wise',
    title: 'Wise (TransferWise)',
    revoke: 'wise.com → Settings → API tokens: delete the token.',
    rules: [
      named({id: 'transferwise', description: 'Wise (TransferWise) API key (36 characters, next to its name)', names: ['transferwise', 'wise_api', 'wise_token'], value: '[a-z0-9-]{36}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 36)}),
    ],
  }),
  provider({
    name: 'wistia',
    title: 'Wistia',
    revoke: 'Wistia → Account → Settings → API access: delete the token.',
    rules: [
      named({id: 'wistia-api-key', description: 'Wistia API key (64 lower-case letters and digits, next to "wistia" with api, token or key)', names: qualified('wistia'), value: '[a-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'wit',
    title: 'Wit.ai',
    revoke: dashboard('Wit.ai'),
    rules: [
      named({id: 'wit-api-key', description: 'Wit.ai API key (32 upper-case letters and digits, next to "wit" with api, token or key)', names: qualified('wit'), value: '[A-Z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'wiz',
    title: 'Wiz',
    revoke: dashboard('Wiz'),
    rules: [
      named({id: 'wiz-api-key', description: 'Wiz API key (64 letters and digits (the client secret), next to "wiz" with api, token or key)', names: qualified('wiz'), value: '[A-Za-z0-9]{64}', minEntropy: 4.0, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'worksnaps',
    title: 'Worksnaps',
    revoke: dashboard('Worksnaps'),
    rules: [
      named({id: 'worksnaps-api-key', description: 'Worksnaps API key (40 letters and digits, next to its name)', names: ['worksnaps'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'workstack',
    title: 'Workstack',
    revoke: dashboard('Workstack'),
    rules: [
      named({id: 'workstack-api-key', description: 'Workstack API key (60 letters and digits, next to its name)', names: ['workstack'], value: '[A-Za-z0-9]{60}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'worldcoinindex',
    title: 'WorldCoinIndex',
    revoke: dashboard('WorldCoinIndex'),
    rules: [
      named({id: 'worldcoinindex-api-key', description: 'WorldCoinIndex API key (35 letters and digits, next to its name)', names: ['worldcoinindex'], value: '[A-Za-z0-9]{35}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 35)}),
    ],
  }),
  provider({
    name: 'worldweather',
    title: 'World Weather Online',
    revoke: dashboard('World Weather Online'),
    rules: [
      named({id: 'worldweather-api-key', description: 'World Weather Online API key (31 lower-case letters and digits, next to its name)', names: ['worldweather'], value: '[a-z0-9]{31}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 31)}),
    ],
  }),
  provider({
    name: 'wrike',
    title: 'Wrike',
    revoke: dashboard('Wrike'),
    rules: [
      named({id: 'wrike-api-key', description: 'Wrike API key (335 characters, next to "wrike" with api, token or key)', names: qualified('wrike'), value: '[A-Za-z0-9_.-]{335}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 335)}),
    ],
  }),
  provider({
    name: 'yelp',
    title: 'Yelp',
    revoke: 'yelp.com/developers → Manage app: regenerate the API key.',
    rules: [
      named({id: 'yelp-api-key', description: 'Yelp API key (128 base64url characters, next to "yelp" with api, token or key)', names: qualified('yelp'), value: '[A-Za-z0-9_=.-]{128}', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 128)}),
    ],
  }),
  provider({
    name: 'ynab',
    title: 'YNAB',
    revoke: 'app.ynab.com → Account settings → Developer settings: revoke the personal access token.',
    rules: [
      named({id: 'youneedabudget', description: 'YNAB API key (64 hex, next to its name)', names: ['youneedabudget', 'ynab'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'yousign',
    title: 'Yousign',
    revoke: dashboard('Yousign'),
    rules: [
      named({id: 'yousign-api-key', description: 'Yousign API key (32 lower-case letters and digits, next to its name)', names: ['yousign'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'youtube',
    title: 'YouTube Data API',
    revoke: 'console.cloud.google.com → APIs & Services → Credentials: delete or restrict the key.',
    rules: [
      named({id: 'youtubeapikey', description: 'YouTube Data API API key (39 letters and digits, next to its name)', names: ['youtube'], value: '[A-Za-z0-9]{39}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 39)}),
    ],
  }),
  provider({
    name: 'zendesk',
    title: 'Zendesk',
    revoke: 'Zendesk Admin Center → Apps and integrations → Zendesk API: delete the token.',
    rules: [
      named({id: 'zendeskapi', description: 'Zendesk API key (40 letters and digits, next to its name)', names: ['zendesk'], value: '[A-Za-z0-9]{40}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'zenkit',
    title: 'Zenkit',
    revoke: dashboard('Zenkit'),
    rules: [
      named({id: 'zenkitapi', description: 'Zenkit API key (41 base64url, next to its name)', names: ['zenkit'], value: '[A-Za-z0-9_-]{41}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 41)}),
    ],
  }),
  provider({
    name: 'zenrows',
    title: 'ZenRows',
    revoke: dashboard('ZenRows'),
    rules: [
      named({id: 'zenrows-api-key', description: 'ZenRows API key (40 hex, next to its name)', names: ['zenrows'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'zenscrape',
    title: 'Zenscrape',
    revoke: dashboard('Zenscrape'),
    rules: [
      named({id: 'zenscrape-api-key', description: 'Zenscrape API key (a UUID, next to its name)', names: ['zenscrape'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'zenserp',
    title: 'Zenserp',
    revoke: dashboard('Zenserp'),
    rules: [
      named({id: 'zenserp-api-key', description: 'Zenserp API key (36 characters, next to its name)', names: ['zenserp'], value: '[a-z0-9-]{36}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 36)}),
    ],
  }),
  provider({
    name: 'zeplin',
    title: 'Zeplin',
    revoke: 'app.zeplin.io → Profile → Developer → Personal access tokens: revoke the token.',
    rules: [
      named({id: 'zeplin-api-key', description: 'Zeplin API key (350 characters, next to "zeplin" with api, token or key)', names: qualified('zeplin'), value: '[A-Za-z0-9_.-]{350}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 350)}),
    ],
  }),
  provider({
    name: 'zerobounce',
    title: 'ZeroBounce',
    revoke: dashboard('ZeroBounce'),
    rules: [
      named({id: 'zerobounce-api-key', description: 'ZeroBounce API key (32 lower-case letters and digits, next to its name)', names: ['zerobounce'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'zerotier',
    title: 'ZeroTier',
    revoke: 'my.zerotier.com → Account → API access tokens: delete the token.',
    rules: [
      named({id: 'zerotier-api-key', description: 'ZeroTier API key (32 letters and digits, next to its name)', names: ['zerotier'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'zipapi',
    title: 'ZipAPI',
    revoke: dashboard('ZipAPI'),
    rules: [
      named({id: 'zipapi-api-key', description: 'ZipAPI API key (32 lower-case letters and digits, next to its name)', names: ['zipapi'], value: '[a-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'zipcodeapi',
    title: 'ZipCodeAPI',
    revoke: dashboard('ZipCodeAPI'),
    rules: [
      named({id: 'zipcodeapi-api-key', description: 'ZipCodeAPI API key (64 letters and digits, next to its name)', names: ['zipcodeapi'], value: '[A-Za-z0-9]{64}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'zipcodebase',
    title: 'Zipcodebase',
    revoke: dashboard('Zipcodebase'),
    rules: [
      named({id: 'zipcodebase-api-key', description: 'Zipcodebase API key (a UUID, next to its name)', names: ['zipcodebase'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'zonkafeedback',
    title: 'Zonka Feedback',
    revoke: dashboard('Zonka Feedback'),
    rules: [
      named({id: 'zonkafeedback-api-key', description: 'Zonka Feedback API key (36 letters and digits, next to its name)', names: ['zonka'], value: '[A-Za-z0-9]{36}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'zulipchat',
    title: 'Zulip',
    revoke: 'Zulip → Personal settings → Account & privacy → API key: generate a new one.',
    rules: [
      named({id: 'zulipchat-api-key', description: 'Zulip API key (32 letters and digits, next to its name)', names: ['zulip'], value: '[A-Za-z0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
] as const

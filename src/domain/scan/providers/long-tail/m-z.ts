/**
 * Long-tail providers m-z: services whose keys have no distinctive format (32 hex, 40 base62, a
 * UUID), each found only within reach of its own name. One row per provider; a provider graduates
 * to its own folder (`providers/<name>/`) when it gets a live verifier or a structural check
 * (ADR 0019).
 *
 * Each row's `value` is the key's documented shape (alphabet and length); `names` are the
 * service's name as people write it next to the key (`MANDRILL_API_KEY=`, `"mandrill": {"key":`).
 * A name that is an English word or very short (`mux`, `monday`, `shortcut`, `wiz`) only counts
 * followed by api, token or key (`qualified()`), so prose naming the word does not reach a value.
 * Every row reaches 40 characters after the name (REACH), the window a key written beside its
 * name falls in (`NAME_TOKEN = '…'`, `name: …`); a value further off belongs to something else.
 */
import {ALNUM, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, named, provider} from '../define.js'
import type {SampleRandom} from '../define.js'

const REACH = 40
const B64 = `${ALNUM}+/`
const B64URL_DOT = `${B64URL}.`
const DIGITS = '0123456789'
const LOWER_B64URL = `${LOWER_ALNUM}_-`
const LOWER_DASH = `${LOWER_ALNUM}-`
const MIXED_HEX = '0123456789abcdefABCDEF'
const UPPER_HEX = '0123456789ABCDEF'

/** A random UUID-shaped value (8-4-4-4-12) over `alphabet`. */
function uuid(r: SampleRandom, alphabet = HEX): string {
  return [8, 4, 4, 4, 12].map((n) => r.chars(alphabet, n)).join('-')
}

/** `word` followed by api, token or key, as a variable or a phrase names it (`mux_token`, `monday api`). */
function qualified(word: string): string[] {
  return ['api', 'token', 'key'].flatMap((q) => ['_', ' ', '-', ''].map((sep) => `${word}${sep}${q}`))
}

/** Where most long-tail services rotate a key: their dashboard's API settings. */
function dashboard(title: string): string {
  return `${title} dashboard → API keys (or account settings → API): revoke the key, issue a new one.`
}

export const LONG_TAIL_M_Z = [
  provider({
    name: 'freshworks',
    title: "Freshworks",
    revoke: dashboard("Freshworks"),
    rules: [
      named({id: 'myfreshworks', description: "Freshworks API key (22 base64url, next to its name)", names: ['freshworks', 'freshdesk'], value: '[A-Za-z0-9_-]{22}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 22)}),
    ],
  }),
  provider({
    name: 'leankit',
    title: "Leankit",
    revoke: dashboard("Leankit"),
    rules: [
      named({id: 'planviewleankit', description: "Leankit API key (128 hex, next to its name)", names: ['leankit', 'planview'], value: '[a-f0-9]{128}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 128)}),
    ],
  }),
  provider({
    name: 'm3o',
    title: "M3o",
    revoke: dashboard("M3o"),
    rules: [
      named({id: 'm3o-api-key', description: "M3o API key (48 letters and digits, next to \"m3o\" with api, token or key)", names: [...qualified('m3o')], value: '[A-Za-z0-9]{48}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'madkudu',
    title: "Madkudu",
    revoke: dashboard("Madkudu"),
    rules: [
      named({id: 'madkudu-api-key', description: "Madkudu API key (32 hex, next to its name)", names: ['madkudu'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'magicbell',
    title: "Magicbell",
    revoke: dashboard("Magicbell"),
    rules: [
      named({id: 'magicbell-api-key', description: "Magicbell API key (40 base64url, next to its name)", names: ['magicbell'], value: '[A-Za-z0-9_-]{40}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 40)}),
    ],
  }),
  provider({
    name: 'magnetic',
    title: "Magnetic",
    revoke: dashboard("Magnetic"),
    rules: [
      named({id: 'magnetic-api-key', description: "Magnetic API key (8-4-4-4-12 characters in groups, next to \"magnetic\" with api, token or key)", names: [...qualified('magnetic')], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.7, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'mailboxlayer',
    title: "Mailboxlayer",
    revoke: dashboard("Mailboxlayer"),
    rules: [
      named({id: 'mailboxlayer-api-key', description: "Mailboxlayer API key (32 lower-case letters and digits, next to its name)", names: ['mailboxlayer'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mailerlite',
    title: "Mailerlite",
    revoke: dashboard("Mailerlite"),
    rules: [
      named({id: 'mailerlite-api-key', description: "Mailerlite API key (32 lower-case letters and digits, next to its name)", names: ['mailerlite'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mailjet',
    title: "Mailjet",
    revoke: dashboard("Mailjet"),
    rules: [
      named({id: 'mailjetbasicauth', description: "Mailjet API key (88 base64 characters, next to its name)", names: ['mailjet'], value: '[A-Za-z0-9+/]{87}=', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => `${r.chars(B64, 87)}=`}),
      named({id: 'mailjetsms', description: "Mailjet API key (32 letters and digits, next to its name)", names: ['mailjet'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mailmodo',
    title: "Mailmodo",
    revoke: dashboard("Mailmodo"),
    rules: [
      named({id: 'mailmodo-api-key', description: "Mailmodo API key (7-7-7-7 characters in groups, next to its name)", names: ['mailmodo'], value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}', minEntropy: 3.6, reach: REACH, sample: (r) => `${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}`}),
    ],
  }),
  provider({
    name: 'mailsac',
    title: "Mailsac",
    revoke: dashboard("Mailsac"),
    rules: [
      named({id: 'mailsac-api-key', description: "Mailsac API key (88 base64url, next to its name)", names: ['mailsac'], value: '[A-Za-z0-9_-]{88}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 88)}),
    ],
  }),
  provider({
    name: 'mandrill',
    title: "Mandrill",
    revoke: dashboard("Mandrill"),
    rules: [
      named({id: 'mandrill-api-key', description: "Mandrill API key (22 letters and digits, next to its name)", names: ['mandrill'], value: '[A-Za-z0-9]{22}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'manifest',
    title: "Manifest",
    revoke: dashboard("Manifest"),
    rules: [
      named({id: 'manifest-api-key', description: "Manifest API key (32 letters and digits, next to \"manifest\" with api, token or key)", names: [...qualified('manifest')], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mapbox',
    title: "Mapbox",
    revoke: dashboard("Mapbox"),
    rules: [
      named({id: 'mapbox-api-key', description: "Mapbox API key (\"sk.\" then 80+ characters, next to its name)", names: ['mapbox'], value: 'sk\\.[A-Za-z0-9.]{80,240}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9.=', sample: (r) => `sk.${r.chars(ALNUM, 82)}`}),
      named({id: 'mapbox-api-token', description: "Mapbox API key (\"pk.\" public token, next to its name)", names: ['mapbox'], value: 'pk\\.[A-Za-z0-9_-]{60,}\\.[A-Za-z0-9_-]{22}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_.-', sample: (r) => `pk.${r.chars(LOWER_ALNUM, 60)}.${r.chars(LOWER_ALNUM, 22)}`}),
    ],
  }),
  provider({
    name: 'mapquest',
    title: "Mapquest",
    revoke: dashboard("Mapquest"),
    rules: [
      named({id: 'mapquest-api-key', description: "Mapquest API key (32 letters and digits, next to its name)", names: ['mapquest'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'marketstack',
    title: "Marketstack",
    revoke: dashboard("Marketstack"),
    rules: [
      named({id: 'marketstack-api-key', description: "Marketstack API key (32 lower-case letters and digits, next to its name)", names: ['marketstack'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mattermost',
    title: "Mattermost",
    revoke: dashboard("Mattermost"),
    rules: [
      named({id: 'mattermostpersonaltoken', description: "Mattermost API key (26 lower-case letters and digits, next to its name)", names: ['mattermost'], value: '[a-z0-9]{26}', minEntropy: 3.5, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 26)}),
    ],
  }),
  provider({
    name: 'mavenlink',
    title: "Mavenlink",
    revoke: dashboard("Mavenlink"),
    rules: [
      named({id: 'mavenlink-api-key', description: "Mavenlink API key (64 lower-case letters and digits, next to its name)", names: ['mavenlink'], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'maxmind',
    title: "Maxmind",
    revoke: dashboard("Maxmind"),
    rules: [
      named({id: 'maxmindlicense', description: "Maxmind API key (6_29_mmk characters, next to its name)", names: ['maxmind', 'geoip', 'geolite'], value: '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk', minEntropy: 3.5, reach: REACH, sample: (r) => `${r.chars(ALNUM, 6)}_${r.chars(ALNUM, 29)}_mmk`}),
    ],
  }),
  provider({
    name: 'meaningcloud',
    title: "Meaningcloud",
    revoke: dashboard("Meaningcloud"),
    rules: [
      named({id: 'meaningcloud-api-key', description: "Meaningcloud API key (32 lower-case letters and digits, next to its name)", names: ['meaningcloud'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mediastack',
    title: "Mediastack",
    revoke: dashboard("Mediastack"),
    rules: [
      named({id: 'mediastack-api-key', description: "Mediastack API key (32 lower-case letters and digits, next to its name)", names: ['mediastack'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'meistertask',
    title: "Meistertask",
    revoke: dashboard("Meistertask"),
    rules: [
      named({id: 'meistertask-api-key', description: "Meistertask API key (43 letters and digits, next to its name)", names: ['meistertask'], value: '[A-Za-z0-9]{43}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'meraki',
    title: "Meraki",
    revoke: dashboard("Meraki"),
    rules: [
      named({id: 'meraki-api-key', description: "Meraki API key (40 hex, next to its name)", names: ['meraki'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'mesibo',
    title: "Mesibo",
    revoke: dashboard("Mesibo"),
    rules: [
      named({id: 'mesibo-api-key', description: "Mesibo API key (64 letters and digits, next to its name)", names: ['mesibo'], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'messagebird',
    title: "Messagebird",
    revoke: dashboard("Messagebird"),
    rules: [
      named({id: 'messagebird-api-key', description: "Messagebird API key (25 base64url characters, next to its name)", names: ['messagebird', 'message-bird', 'message_bird'], value: '[A-Za-z0-9_-]{25}', minEntropy: 3.5, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(ALNUM, 25)}),
      named({id: 'messagebird-client-id', description: "Messagebird API key (a UUID, next to its name)", names: ['messagebird', 'message-bird', 'message_bird'], value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'metaapi',
    title: "Metaapi",
    revoke: dashboard("Metaapi"),
    rules: [
      named({id: 'metaapi-api-key', description: "Metaapi API key (64 hex, next to its name)", names: ['metaapi'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'metabase',
    title: "Metabase",
    revoke: dashboard("Metabase"),
    rules: [
      named({id: 'metabase-api-key', description: "Metabase API key (36 letters and digits, next to its name)", names: ['metabase'], value: '[A-Za-z0-9]{36}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'metrilo',
    title: "Metrilo",
    revoke: dashboard("Metrilo"),
    rules: [
      named({id: 'metrilo-api-key', description: "Metrilo API key (16 lower-case letters and digits, next to its name)", names: ['metrilo'], value: '[a-z0-9]{16}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'mindmeister',
    title: "Mindmeister",
    revoke: dashboard("Mindmeister"),
    rules: [
      named({id: 'mindmeister-api-key', description: "Mindmeister API key (43 letters and digits, next to its name)", names: ['mindmeister'], value: '[A-Za-z0-9]{43}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'miro',
    title: "Miro",
    revoke: dashboard("Miro"),
    rules: [
      named({id: 'miro-api-key', description: "Miro API key (27 letters and digits, next to \"miro\" with api, token or key)", names: [...qualified('miro')], value: '[A-Za-z0-9]{27}', minEntropy: 3.5, reach: REACH, sample: (r) => r.chars(ALNUM, 27)}),
    ],
  }),
  provider({
    name: 'mite',
    title: "Mite",
    revoke: dashboard("Mite"),
    rules: [
      named({id: 'mite-api-key', description: "Mite API key (16 lower-case letters and digits, next to \"mite\" with api, token or key)", names: [...qualified('mite')], value: '[a-z0-9]{16}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'mixmax',
    title: "Mixmax",
    revoke: dashboard("Mixmax"),
    rules: [
      named({id: 'mixmax-api-key', description: "Mixmax API key (36 base64url, next to its name)", names: ['mixmax'], value: '[A-Za-z0-9_-]{36}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 36)}),
    ],
  }),
  provider({
    name: 'mixpanel',
    title: "Mixpanel",
    revoke: dashboard("Mixpanel"),
    rules: [
      named({id: 'mixpanel-api-key', description: "Mixpanel API key (32 letters and digits, next to its name)", names: ['mixpanel'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'mockaroo',
    title: "Mockaroo",
    revoke: dashboard("Mockaroo"),
    rules: [
      named({id: 'mockaroo-api-key', description: "Mockaroo API key (8 lower-case letters and digits, next to its name)", names: ['mockaroo'], value: '[a-z0-9]{8}', minEntropy: 2.2, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 8)}),
    ],
  }),
  provider({
    name: 'moderation',
    title: "Moderation",
    revoke: dashboard("Moderation"),
    rules: [
      named({id: 'moderation-api-key', description: "Moderation API key (45-143-53 characters in groups, next to \"moderation\" with api, token or key)", names: [...qualified('moderation')], value: '[A-Za-z0-9_-]{28,45}\\.[A-Za-z0-9_-]{92,143}\\.[A-Za-z0-9_-]{34,53}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => `${r.chars(B64URL, 45)}.${r.chars(B64URL, 143)}.${r.chars(B64URL, 53)}`}),
    ],
  }),
  provider({
    name: 'monday',
    title: "Monday",
    revoke: dashboard("Monday"),
    rules: [
      named({id: 'monday-api-key', description: "Monday API key (215 characters, next to \"monday\" with api, token or key)", names: [...qualified('monday')], value: '[A-Za-z0-9_.-]{215}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 215)}),
    ],
  }),
  provider({
    name: 'monkeylearn',
    title: "Monkeylearn",
    revoke: dashboard("Monkeylearn"),
    rules: [
      named({id: 'monkeylearn-api-key', description: "Monkeylearn API key (40 hex, next to its name)", names: ['monkeylearn'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'moonclerk',
    title: "Moonclerk",
    revoke: dashboard("Moonclerk"),
    rules: [
      named({id: 'moonclerk-api-key', description: "Moonclerk API key (32 lower-case letters and digits, next to its name)", names: ['moonclerk'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'moosend',
    title: "Moosend",
    revoke: dashboard("Moosend"),
    rules: [
      named({id: 'moosend-api-key', description: "Moosend API key (a UUID, next to its name)", names: ['moosend'], value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r, MIXED_HEX)}),
    ],
  }),
  provider({
    name: 'moralis',
    title: "Moralis",
    revoke: dashboard("Moralis"),
    rules: [
      named({id: 'moralis-api-key', description: "Moralis API key (64 letters and digits, next to its name)", names: ['moralis'], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'mux',
    title: "Mux",
    revoke: dashboard("Mux"),
    rules: [
      named({id: 'mux-api-key', description: "Mux API key (75 base64, next to \"mux\" with api, token or key)", names: [...qualified('mux')], value: '[A-Za-z0-9+/]{75}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => r.chars(B64, 75)}),
    ],
  }),
  provider({
    name: 'myintervals',
    title: "Myintervals",
    revoke: dashboard("Myintervals"),
    rules: [
      named({id: 'myintervals-api-key', description: "Myintervals API key (11 lower-case letters and digits, next to its name)", names: ['myintervals'], value: '[a-z0-9]{11}', minEntropy: 2.5, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 11)}),
    ],
  }),
  provider({
    name: 'nasdaqdatalink',
    title: "Nasdaqdatalink",
    revoke: dashboard("Nasdaqdatalink"),
    rules: [
      named({id: 'nasdaqdatalink-api-key', description: "Nasdaqdatalink API key (20 base64url, next to its name)", names: ['nasdaqdatalink'], value: '[A-Za-z0-9_-]{20}', minEntropy: 3.2, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 20)}),
    ],
  }),
  provider({
    name: 'netsuite',
    title: "Netsuite",
    revoke: dashboard("Netsuite"),
    rules: [
      named({id: 'netsuite-api-key', description: "Netsuite API key (64 letters and digits, next to its name)", names: ['netsuite'], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'neutrinoapi',
    title: "Neutrinoapi",
    revoke: dashboard("Neutrinoapi"),
    rules: [
      named({id: 'neutrinoapi-api-key', description: "Neutrinoapi API key (48 letters and digits, next to its name)", names: ['neutrinoapi'], value: '[A-Za-z0-9]{48}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'newsapi',
    title: "Newsapi",
    revoke: dashboard("Newsapi"),
    rules: [
      named({id: 'newsapi-api-key', description: "Newsapi API key (32 lower-case letters and digits, next to its name)", names: ['newsapi'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'newscatcher',
    title: "Newscatcher",
    revoke: dashboard("Newscatcher"),
    rules: [
      named({id: 'newscatcher-api-key', description: "Newscatcher API key (43 base64url, next to its name)", names: ['newscatcher'], value: '[A-Za-z0-9_-]{43}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 43)}),
    ],
  }),
  provider({
    name: 'nexmo',
    title: "Nexmo",
    revoke: dashboard("Nexmo"),
    rules: [
      named({id: 'nexmoapikey', description: "Nexmo API key (16 letters and digits (the secret), next to its name)", names: ['nexmo', 'vonage'], value: '[A-Za-z0-9]{16}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'nftport',
    title: "Nftport",
    revoke: dashboard("Nftport"),
    rules: [
      named({id: 'nftport-api-key', description: "Nftport API key (8-4-4-4-12 characters in groups, next to its name)", names: ['nftport'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.7, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'ngc',
    title: "Ngc",
    revoke: dashboard("Ngc"),
    rules: [
      named({id: 'ngc-api-key', description: "Ngc API key (84 letters and digits, next to \"ngc\" with api, token or key)", names: [...qualified('ngc')], value: '[A-Za-z0-9]{84}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 84)}),
    ],
  }),
  provider({
    name: 'ngrok',
    title: "Ngrok",
    revoke: dashboard("Ngrok"),
    rules: [
      named({id: 'ngrok-api-key', description: "Ngrok API key (49 base64url, next to its name)", names: ['ngrok'], value: '[A-Za-z0-9_-]{49}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 49)}),
    ],
  }),
  provider({
    name: 'nicereply',
    title: "Nicereply",
    revoke: dashboard("Nicereply"),
    rules: [
      named({id: 'nicereply-api-key', description: "Nicereply API key (40 hex, next to its name)", names: ['nicereply'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'nimble',
    title: "Nimble",
    revoke: dashboard("Nimble"),
    rules: [
      named({id: 'nimble-api-key', description: "Nimble API key (30 letters and digits, next to \"nimble\" with api, token or key)", names: [...qualified('nimble')], value: '[A-Za-z0-9]{30}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'noticeable',
    title: "Noticeable",
    revoke: dashboard("Noticeable"),
    rules: [
      named({id: 'noticeable-api-key', description: "Noticeable API key (20 letters and digits, next to \"noticeable\" with api, token or key)", names: [...qualified('noticeable')], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'nozbe',
    title: "Nozbe",
    revoke: dashboard("Nozbe"),
    rules: [
      named({id: 'nozbeteams', description: "Nozbe API key (81 base64url, next to its name)", names: ['nozbe'], value: '[A-Za-z0-9_-]{81}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 81)}),
    ],
  }),
  provider({
    name: 'numverify',
    title: "Numverify",
    revoke: dashboard("Numverify"),
    rules: [
      named({id: 'numverify-api-key', description: "Numverify API key (32 lower-case letters and digits, next to its name)", names: ['numverify'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'nutritionix',
    title: "Nutritionix",
    revoke: dashboard("Nutritionix"),
    rules: [
      named({id: 'nutritionix-api-key', description: "Nutritionix API key (32 lower-case letters and digits, next to its name)", names: ['nutritionix'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'nylas',
    title: "Nylas",
    revoke: dashboard("Nylas"),
    rules: [
      named({id: 'nylas-api-key', description: "Nylas API key (30 letters and digits, next to its name)", names: ['nylas'], value: '[A-Za-z0-9]{30}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'nytimes',
    title: "Nytimes",
    revoke: dashboard("Nytimes"),
    rules: [
      named({id: 'nytimes-access-token', description: "Nytimes API key (32 lower-case letters and digits, next to its name)", names: ['nytimes', 'new-york-times', 'new_york_times', 'newyorktimes'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'oanda',
    title: "Oanda",
    revoke: dashboard("Oanda"),
    rules: [
      named({id: 'oanda-api-key', description: "Oanda API key (24 letters and digits, next to its name)", names: ['oanda'], value: '[A-Za-z0-9]{24}', minEntropy: 3.4, reach: REACH, sample: (r) => r.chars(ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'omnisend',
    title: "Omnisend",
    revoke: dashboard("Omnisend"),
    rules: [
      named({id: 'omnisend-api-key', description: "Omnisend API key (75 base64url, next to its name)", names: ['omnisend'], value: '[A-Za-z0-9_-]{75}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 75)}),
    ],
  }),
  provider({
    name: 'onelogin',
    title: "Onelogin",
    revoke: dashboard("Onelogin"),
    rules: [
      named({id: 'onelogin-api-key', description: "Onelogin API key (64 lower-case letters and digits, next to its name)", names: ['onelogin'], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'onepagecrm',
    title: "Onepagecrm",
    revoke: dashboard("Onepagecrm"),
    rules: [
      named({id: 'onepagecrm-api-key', description: "Onepagecrm API key (44 base64 characters, next to its name)", names: ['onepagecrm'], value: '[A-Za-z0-9+/=]{44}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => r.chars(B64, 44)}),
    ],
  }),
  provider({
    name: 'onesignal',
    title: "Onesignal",
    revoke: dashboard("Onesignal"),
    rules: [
      named({id: 'onesignal-api-key', description: "Onesignal API key (a UUID, next to its name)", names: ['onesignal'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'onfleet',
    title: "Onfleet",
    revoke: dashboard("Onfleet"),
    rules: [
      named({id: 'onfleet-api-key', description: "Onfleet API key (32 lower-case letters and digits, next to its name)", names: ['onfleet'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'oopspam',
    title: "Oopspam",
    revoke: dashboard("Oopspam"),
    rules: [
      named({id: 'oopspam-api-key', description: "Oopspam API key (40 letters and digits, next to its name)", names: ['oopspam'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'opencagedata',
    title: "Opencagedata",
    revoke: dashboard("Opencagedata"),
    rules: [
      named({id: 'opencagedata-api-key', description: "Opencagedata API key (32 lower-case letters and digits, next to its name)", names: ['opencagedata'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'openuv',
    title: "Openuv",
    revoke: dashboard("Openuv"),
    rules: [
      named({id: 'openuv-api-key', description: "Openuv API key (32 lower-case letters and digits, next to its name)", names: ['openuv'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'openvpn',
    title: "Openvpn",
    revoke: dashboard("Openvpn"),
    rules: [
      named({id: 'openvpn-api-key', description: "Openvpn API key (87 base64url, next to its name)", names: ['openvpn'], value: '[A-Za-z0-9_-]{87}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 87)}),
    ],
  }),
  provider({
    name: 'openweather',
    title: "Openweather",
    revoke: dashboard("Openweather"),
    rules: [
      named({id: 'openweather-api-key', description: "Openweather API key (32 lower-case letters and digits, next to its name)", names: ['openweather'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'opsgenie',
    title: "Opsgenie",
    revoke: dashboard("Opsgenie"),
    rules: [
      named({id: 'opsgenie-api-key', description: "Opsgenie API key (a UUID, next to its name)", names: ['opsgenie'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'optimizely',
    title: "Optimizely",
    revoke: dashboard("Optimizely"),
    rules: [
      named({id: 'optimizely-api-key', description: "Optimizely API key (38-15 characters in groups, next to its name)", names: ['optimizely'], value: '[A-Za-z0-9]{38}:[A-Za-z0-9]{15}', minEntropy: 3.8, reach: REACH, sample: (r) => `${r.chars(ALNUM, 38)}:${r.chars(ALNUM, 15)}`}),
    ],
  }),
  provider({
    name: 'overloop',
    title: "Overloop",
    revoke: dashboard("Overloop"),
    rules: [
      named({id: 'overloop-api-key', description: "Overloop API key (50 base64url, next to its name)", names: ['overloop'], value: '[A-Za-z0-9_-]{50}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 50)}),
    ],
  }),
  provider({
    name: 'owlbot',
    title: "Owlbot",
    revoke: dashboard("Owlbot"),
    rules: [
      named({id: 'owlbot-api-key', description: "Owlbot API key (40 lower-case letters and digits, next to its name)", names: ['owlbot'], value: '[a-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'packagecloud',
    title: "Packagecloud",
    revoke: dashboard("Packagecloud"),
    rules: [
      named({id: 'packagecloud-api-key', description: "Packagecloud API key (48 hex, next to its name)", names: ['packagecloud'], value: '[a-f0-9]{48}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 48)}),
    ],
  }),
  provider({
    name: 'pagarme',
    title: "Pagarme",
    revoke: dashboard("Pagarme"),
    rules: [
      named({id: 'pagarme-api-key', description: "Pagarme API key (38 base64url, next to its name)", names: ['pagarme'], value: '[A-Za-z0-9_-]{38}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 38)}),
    ],
  }),
  provider({
    name: 'pandadoc',
    title: "Pandadoc",
    revoke: dashboard("Pandadoc"),
    rules: [
      named({id: 'pandadoc-api-key', description: "Pandadoc API key (40 letters and digits, next to its name)", names: ['pandadoc'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'pandascore',
    title: "Pandascore",
    revoke: dashboard("Pandascore"),
    rules: [
      named({id: 'pandascore-api-key', description: "Pandascore API key (51 letters and digits, next to its name)", names: ['pandascore'], value: '[A-Za-z0-9]{51}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 51)}),
    ],
  }),
  provider({
    name: 'paperform',
    title: "Paperform",
    revoke: dashboard("Paperform"),
    rules: [
      named({id: 'paperform-api-key', description: "Paperform API key (850 characters, next to its name)", names: ['paperform'], value: '[A-Za-z0-9_.-]{850}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 850)}),
    ],
  }),
  provider({
    name: 'paralleldots',
    title: "Paralleldots",
    revoke: dashboard("Paralleldots"),
    rules: [
      named({id: 'paralleldots-api-key', description: "Paralleldots API key (43 letters and digits, next to its name)", names: ['paralleldots'], value: '[A-Za-z0-9]{43}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'parsehub',
    title: "Parsehub",
    revoke: dashboard("Parsehub"),
    rules: [
      named({id: 'parsehub-api-key', description: "Parsehub API key (12 letters and digits, next to its name)", names: ['parsehub'], value: '[A-Za-z0-9]{12}', minEntropy: 2.6, reach: REACH, sample: (r) => r.chars(ALNUM, 12)}),
    ],
  }),
  provider({
    name: 'parsers',
    title: "Parsers",
    revoke: dashboard("Parsers"),
    rules: [
      named({id: 'parsers-api-key', description: "Parsers API key (64 lower-case letters and digits, next to \"parsers\" with api, token or key)", names: [...qualified('parsers')], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'partnerstack',
    title: "Partnerstack",
    revoke: dashboard("Partnerstack"),
    rules: [
      named({id: 'partnerstack-api-key', description: "Partnerstack API key (64 letters and digits, next to its name)", names: ['partnerstack'], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'pastebin',
    title: "Pastebin",
    revoke: dashboard("Pastebin"),
    rules: [
      named({id: 'pastebin-api-key', description: "Pastebin API key (32 letters and digits, next to its name)", names: ['pastebin'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'paydirt',
    title: "Paydirt",
    revoke: dashboard("Paydirt"),
    rules: [
      named({id: 'paydirtapp', description: "Paydirt API key (32 lower-case letters and digits, next to its name)", names: ['paydirt'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'paymo',
    title: "Paymo",
    revoke: dashboard("Paymo"),
    rules: [
      named({id: 'paymoapp', description: "Paymo API key (44 letters and digits, next to its name)", names: ['paymo'], value: '[A-Za-z0-9]{44}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 44)}),
    ],
  }),
  provider({
    name: 'paymongo',
    title: "Paymongo",
    revoke: dashboard("Paymongo"),
    rules: [
      named({id: 'paymongo-api-key', description: "Paymongo API key (32 base64url, next to its name)", names: ['paymongo'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.7, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'paystack',
    title: "Paystack",
    revoke: dashboard("Paystack"),
    rules: [
      named({id: 'paystack-api-key', description: "Paystack API key (52 base64url, next to its name)", names: ['paystack'], value: '[A-Za-z0-9_-]{52}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 52)}),
    ],
  }),
  provider({
    name: 'pdflayer',
    title: "Pdflayer",
    revoke: dashboard("Pdflayer"),
    rules: [
      named({id: 'pdflayer-api-key', description: "Pdflayer API key (32 lower-case letters and digits, next to its name)", names: ['pdflayer'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pdfshift',
    title: "Pdfshift",
    revoke: dashboard("Pdfshift"),
    rules: [
      named({id: 'pdfshift-api-key', description: "Pdfshift API key (32 hex, next to its name)", names: ['pdfshift'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'peopledatalabs',
    title: "Peopledatalabs",
    revoke: dashboard("Peopledatalabs"),
    rules: [
      named({id: 'peopledatalabs-api-key', description: "Peopledatalabs API key (64 lower-case letters and digits, next to its name)", names: ['peopledatalabs'], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'pepipost',
    title: "Pepipost",
    revoke: dashboard("Pepipost"),
    rules: [
      named({id: 'pepipost-api-key', description: "Pepipost API key (32 base64url, next to its name)", names: ['pepipost'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.7, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'percy',
    title: "Percy",
    revoke: dashboard("Percy"),
    rules: [
      named({id: 'percy-api-key', description: "Percy API key (64 letters and digits, next to \"percy\" with api, token or key)", names: [...qualified('percy')], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'phrase',
    title: "Phrase",
    revoke: dashboard("Phrase"),
    rules: [
      named({id: 'phraseaccesstoken', description: "Phrase API key (64 hex, next to \"phrase\" with api, token or key)", names: [...qualified('phrase')], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'pinata',
    title: "Pinata",
    revoke: dashboard("Pinata"),
    rules: [
      named({id: 'pinata-api-key', description: "Pinata API key (64 lower-case letters and digits, next to \"pinata\" with api, token or key)", names: [...qualified('pinata')], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'pipedream',
    title: "Pipedream",
    revoke: dashboard("Pipedream"),
    rules: [
      named({id: 'pipedream-api-key', description: "Pipedream API key (32 lower-case letters and digits, next to its name)", names: ['pipedream'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pipedrive',
    title: "Pipedrive",
    revoke: dashboard("Pipedrive"),
    rules: [
      named({id: 'pipedrive-api-key', description: "Pipedrive API key (40 letters and digits, next to its name)", names: ['pipedrive'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'pivotaltracker',
    title: "Pivotaltracker",
    revoke: dashboard("Pivotaltracker"),
    rules: [
      named({id: 'pivotaltracker-api-key', description: "Pivotaltracker API key (32 lower-case letters and digits, next to its name)", names: ['pivotaltracker'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pixabay',
    title: "Pixabay",
    revoke: dashboard("Pixabay"),
    rules: [
      named({id: 'pixabay-api-key', description: "Pixabay API key (34 lower-case letters and digits, next to its name)", names: ['pixabay'], value: '[a-z0-9]{34}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 34)}),
    ],
  }),
  provider({
    name: 'planyo',
    title: "Planyo",
    revoke: dashboard("Planyo"),
    rules: [
      named({id: 'planyo-api-key', description: "Planyo API key (62 lower-case letters and digits, next to its name)", names: ['planyo'], value: '[a-z0-9]{62}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 62)}),
    ],
  }),
  provider({
    name: 'plivo',
    title: "Plivo",
    revoke: dashboard("Plivo"),
    rules: [
      named({id: 'plivo-api-key', description: "Plivo API key (40 base64url, next to its name)", names: ['plivo'], value: '[A-Za-z0-9_-]{40}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 40)}),
    ],
  }),
  provider({
    name: 'podio',
    title: "Podio",
    revoke: dashboard("Podio"),
    rules: [
      named({id: 'podio-api-key', description: "Podio API key (32 lower-case letters and digits, next to its name)", names: ['podio'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'pollsapi',
    title: "Pollsapi",
    revoke: dashboard("Pollsapi"),
    rules: [
      named({id: 'pollsapi-api-key', description: "Pollsapi API key (28 upper-case letters and digits, next to its name)", names: ['pollsapi'], value: '[A-Z0-9]{28}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 28)}),
    ],
  }),
  provider({
    name: 'poloniex',
    title: "Poloniex",
    revoke: dashboard("Poloniex"),
    rules: [
      named({id: 'poloniex-api-key', description: "Poloniex API key (128 hex, next to its name)", names: ['poloniex'], value: '[a-f0-9]{128}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 128)}),
    ],
  }),
  provider({
    name: 'polygon',
    title: "Polygon",
    revoke: dashboard("Polygon"),
    rules: [
      named({id: 'polygon-api-key', description: "Polygon API key (32 letters and digits, next to \"polygon\" with api, token or key)", names: [...qualified('polygon')], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'positionstack',
    title: "Positionstack",
    revoke: dashboard("Positionstack"),
    rules: [
      named({id: 'positionstack-api-key', description: "Positionstack API key (32 letters and digits, next to its name)", names: ['positionstack'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'postageapp',
    title: "Postageapp",
    revoke: dashboard("Postageapp"),
    rules: [
      named({id: 'postageapp-api-key', description: "Postageapp API key (32 letters and digits, next to its name)", names: ['postageapp'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'postbacks',
    title: "Postbacks",
    revoke: dashboard("Postbacks"),
    rules: [
      named({id: 'postbacks-api-key', description: "Postbacks API key (a UUID, next to its name)", names: ['postbacks'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'powrbot',
    title: "Powrbot",
    revoke: dashboard("Powrbot"),
    rules: [
      named({id: 'powrbot-api-key', description: "Powrbot API key (40 letters and digits, next to its name)", names: ['powrbot'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'privacy',
    title: "Privacy",
    revoke: dashboard("Privacy"),
    rules: [
      named({id: 'privacy-api-key', description: "Privacy API key (8-4-4-4-12 characters in groups, next to \"privacy\" with api, token or key)", names: [...qualified('privacy')], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.7, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'prodpad',
    title: "Prodpad",
    revoke: dashboard("Prodpad"),
    rules: [
      named({id: 'prodpad-api-key', description: "Prodpad API key (64 hex, next to its name)", names: ['prodpad'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'prospectcrm',
    title: "Prospectcrm",
    revoke: dashboard("Prospectcrm"),
    rules: [
      named({id: 'prospectcrm-api-key', description: "Prospectcrm API key (32 lower-case letters and digits, next to its name)", names: ['prospectcrm'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'protocolsio',
    title: "Protocolsio",
    revoke: dashboard("Protocolsio"),
    rules: [
      named({id: 'protocolsio-api-key', description: "Protocolsio API key (64 lower-case letters and digits, next to its name)", names: ['protocolsio'], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'proxycrawl',
    title: "Proxycrawl",
    revoke: dashboard("Proxycrawl"),
    rules: [
      named({id: 'proxycrawl-api-key', description: "Proxycrawl API key (22 letters and digits, next to its name)", names: ['proxycrawl'], value: '[A-Za-z0-9]{22}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'purestake',
    title: "Purestake",
    revoke: dashboard("Purestake"),
    rules: [
      named({id: 'purestake-api-key', description: "Purestake API key (40 letters and digits, next to its name)", names: ['purestake'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'pushbullet',
    title: "Pushbullet",
    revoke: dashboard("Pushbullet"),
    rules: [
      named({id: 'pushbulletapikey', description: "Pushbullet API key (34 letters and digits, next to its name)", names: ['pushbullet'], value: '[A-Za-z0-9]{34}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 34)}),
    ],
  }),
  provider({
    name: 'pusher',
    title: "Pusher",
    revoke: dashboard("Pusher"),
    rules: [
      named({id: 'pusherchannelkey', description: "Pusher API key (20 lower-case letters and digits, next to its name)", names: ['pusher'], value: '[a-z0-9]{20}', minEntropy: 3.4, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'qase',
    title: "Qase",
    revoke: dashboard("Qase"),
    rules: [
      named({id: 'qase-api-key', description: "Qase API key (40 letters and digits, next to \"qase\" with api, token or key)", names: [...qualified('qase')], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'qualaroo',
    title: "Qualaroo",
    revoke: dashboard("Qualaroo"),
    rules: [
      named({id: 'qualaroo-api-key', description: "Qualaroo API key (64 letters and digits, next to its name)", names: ['qualaroo'], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'qubole',
    title: "Qubole",
    revoke: dashboard("Qubole"),
    rules: [
      named({id: 'qubole-api-key', description: "Qubole API key (64 lower-case letters and digits, next to its name)", names: ['qubole'], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'railway',
    title: "Railway",
    revoke: dashboard("Railway"),
    rules: [
      named({id: 'railwayapp', description: "Railway API key (a UUID, next to its name)", names: ['railway'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'rapidapi',
    title: "Rapidapi",
    revoke: dashboard("Rapidapi"),
    rules: [
      named({id: 'rapidapi-api-key', description: "Rapidapi API key (50 base64url, next to its name)", names: ['rapidapi'], value: '[A-Za-z0-9_-]{50}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 50)}),
    ],
  }),
  provider({
    name: 'raven',
    title: "Raven",
    revoke: dashboard("Raven"),
    rules: [
      named({id: 'raven-api-key', description: "Raven API key (16 upper-case letters and digits, next to \"raven\" with api, token or key)", names: [...qualified('raven')], value: '[A-Z0-9]{16}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'rawg',
    title: "Rawg",
    revoke: dashboard("Rawg"),
    rules: [
      named({id: 'rawg-api-key', description: "Rawg API key (32 letters and digits, next to \"rawg\" with api, token or key)", names: [...qualified('rawg')], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'reachmail',
    title: "Reachmail",
    revoke: dashboard("Reachmail"),
    rules: [
      named({id: 'reachmail-api-key', description: "Reachmail API key (64 base64url, next to its name)", names: ['reachmail'], value: '[A-Za-z0-9_-]{64}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 64)}),
    ],
  }),
  provider({
    name: 'reallysimplesystems',
    title: "Reallysimplesystems",
    revoke: dashboard("Reallysimplesystems"),
    rules: [
      named({id: 'reallysimplesystems-api-key', description: "Reallysimplesystems API key (a token starting \"ey\", next to its name)", names: ['reallysimplesystems'], value: 'ey[A-Za-z0-9_.-]{100,1100}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_.-', sample: (r) => `ey${r.chars(B64URL, 120)}`}),
    ],
  }),
  provider({
    name: 'rebrandly',
    title: "Rebrandly",
    revoke: dashboard("Rebrandly"),
    rules: [
      named({id: 'rebrandly-api-key', description: "Rebrandly API key (32 base64url, next to its name)", names: ['rebrandly'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.7, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'recharge',
    title: "Recharge",
    revoke: dashboard("Recharge"),
    rules: [
      named({id: 'rechargepayments', description: "Recharge API key (sk_live_ or sk_test_, 3 characters, 64 hex, next to its name)", names: ['rechargepayments', 'recharge_', 'recharge-api'], value: 'sk_(?:test|live)_[a-z0-9]{3}_[A-Fa-f0-9]{64}', minEntropy: 3.5, reach: REACH, sample: (r) => `sk_live_${r.chars(LOWER_ALNUM, 3)}_${r.chars(HEX, 64)}`}),
    ],
  }),
  provider({
    name: 'redhat-pyxis',
    title: "Redhat-pyxis",
    revoke: dashboard("Redhat-pyxis"),
    rules: [
      named({id: 'redhatpyxis', description: "Redhat-pyxis API key (32 lower-case letters and digits, next to its name)", names: ['redhat', 'pyxis'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'refiner',
    title: "Refiner",
    revoke: dashboard("Refiner"),
    rules: [
      named({id: 'refiner-api-key', description: "Refiner API key (a UUID, next to \"refiner\" with api, token or key)", names: [...qualified('refiner')], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'rentman',
    title: "Rentman",
    revoke: dashboard("Rentman"),
    rules: [
      named({id: 'rentman-api-key', description: "Rentman API key (289 characters, next to its name)", names: ['rentman'], value: '[A-Za-z0-9_.-]{289}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 289)}),
    ],
  }),
  provider({
    name: 'repairshopr',
    title: "Repairshopr",
    revoke: dashboard("Repairshopr"),
    rules: [
      named({id: 'repairshopr-api-key', description: "Repairshopr API key (51 letters and digits, next to its name)", names: ['repairshopr'], value: '[A-Za-z0-9]{51}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 51)}),
    ],
  }),
  provider({
    name: 'replyio',
    title: "Replyio",
    revoke: dashboard("Replyio"),
    rules: [
      named({id: 'replyio-api-key', description: "Replyio API key (24 letters and digits, next to its name)", names: ['replyio'], value: '[A-Za-z0-9]{24}', minEntropy: 3.4, reach: REACH, sample: (r) => r.chars(ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'requestfinance',
    title: "Requestfinance",
    revoke: dashboard("Requestfinance"),
    rules: [
      named({id: 'requestfinance-api-key', description: "Requestfinance API key (7-7-7-7 characters in groups, next to its name)", names: ['requestfinance'], value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}', minEntropy: 3.6, reach: REACH, sample: (r) => `${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}`}),
    ],
  }),
  provider({
    name: 'restpack',
    title: "Restpack",
    revoke: dashboard("Restpack"),
    rules: [
      named({id: 'restpackhtmltopdfapi', description: "Restpack API key (48 letters and digits, next to its name)", names: ['restpack'], value: '[A-Za-z0-9]{48}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'rev',
    title: "Rev",
    revoke: dashboard("Rev"),
    rules: [
      named({id: 'rev-api-key', description: "Rev API key (27-28 base64 characters, next to \"rev\" with api, token or key)", names: [...qualified('rev')], value: '[A-Za-z0-9+/]{27}=?', minEntropy: 3.5, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => r.chars(B64, 27)}),
    ],
  }),
  provider({
    name: 'revampcrm',
    title: "Revampcrm",
    revoke: dashboard("Revampcrm"),
    rules: [
      named({id: 'revampcrm-api-key', description: "Revampcrm API key (40 letters and digits, next to its name)", names: ['revampcrm'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'ringcentral',
    title: "Ringcentral",
    revoke: dashboard("Ringcentral"),
    rules: [
      named({id: 'ringcentral-api-key', description: "Ringcentral API key (22 base64url, next to its name)", names: ['ringcentral'], value: '[A-Za-z0-9_-]{22}', minEntropy: 3.3, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 22)}),
    ],
  }),
  provider({
    name: 'ritekit',
    title: "Ritekit",
    revoke: dashboard("Ritekit"),
    rules: [
      named({id: 'ritekit-api-key', description: "Ritekit API key (44 hex, next to its name)", names: ['ritekit'], value: '[a-f0-9]{44}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 44)}),
    ],
  }),
  provider({
    name: 'roaring',
    title: "Roaring",
    revoke: dashboard("Roaring"),
    rules: [
      named({id: 'roaring-api-key', description: "Roaring API key (28 base64url characters, next to \"roaring\" with api, token or key)", names: [...qualified('roaring')], value: '[A-Za-z0-9_-]{28}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 28)}),
    ],
  }),
  provider({
    name: 'rocketreach',
    title: "Rocketreach",
    revoke: dashboard("Rocketreach"),
    rules: [
      named({id: 'rocketreach-api-key', description: "Rocketreach API key (39 characters, next to its name)", names: ['rocketreach'], value: '[a-z0-9-]{39}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 39)}),
    ],
  }),
  provider({
    name: 'route4me',
    title: "Route4me",
    revoke: dashboard("Route4me"),
    rules: [
      named({id: 'route4me-api-key', description: "Route4me API key (32 upper-case letters and digits, next to \"route4me\" with api, token or key)", names: [...qualified('route4me')], value: '[A-Z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'rownd',
    title: "Rownd",
    revoke: dashboard("Rownd"),
    rules: [
      named({id: 'rownd-api-key', description: "Rownd API key (48 lower-case letters and digits, next to its name)", names: ['rownd'], value: '[a-z0-9]{48}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'runrun-it',
    title: "Runrun-it",
    revoke: dashboard("Runrun-it"),
    rules: [
      named({id: 'runrunit', description: "Runrun-it API key (32 hex, next to its name)", names: ['runrun'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'salesblink',
    title: "Salesblink",
    revoke: dashboard("Salesblink"),
    rules: [
      named({id: 'salesblink-api-key', description: "Salesblink API key (68 base64url, next to its name)", names: ['salesblink'], value: '[A-Za-z0-9_-]{68}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 68)}),
    ],
  }),
  provider({
    name: 'salesflare',
    title: "Salesflare",
    revoke: dashboard("Salesflare"),
    rules: [
      named({id: 'salesflare-api-key', description: "Salesflare API key (45 letters and digits, next to its name)", names: ['salesflare'], value: '[A-Za-z0-9]{45}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 45)}),
    ],
  }),
  provider({
    name: 'salesforce',
    title: "Salesforce",
    revoke: dashboard("Salesforce"),
    rules: [
      named({id: 'salesforce-api-key', description: "Salesforce API key (org id, \"!\", 96 characters: a session token, next to its name)", names: ['salesforce'], value: '00[A-Za-z0-9]{13}![A-Za-z0-9_.]{96}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_.!', sample: (r) => `00${r.chars(ALNUM, 13)}!${r.chars(ALNUM, 96)}`}),
    ],
  }),
  provider({
    name: 'salesmate',
    title: "Salesmate",
    revoke: dashboard("Salesmate"),
    rules: [
      named({id: 'salesmate-api-key', description: "Salesmate API key (a UUID, next to its name)", names: ['salesmate'], value: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r, MIXED_HEX)}),
    ],
  }),
  provider({
    name: 'sanity',
    title: "Sanity",
    revoke: dashboard("Sanity"),
    rules: [
      named({id: 'sanity-api-key', description: "Sanity API key (81 letters and digits, next to \"sanity\" with api, token or key)", names: [...qualified('sanity')], value: '[A-Za-z0-9]{81}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 81)}),
    ],
  }),
  provider({
    name: 'satismeter',
    title: "Satismeter",
    revoke: dashboard("Satismeter"),
    rules: [
      named({id: 'satismeterprojectkey', description: "Satismeter API key (32 letters and digits, next to its name)", names: ['satismeter'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'saucelabs',
    title: "Saucelabs",
    revoke: dashboard("Saucelabs"),
    rules: [
      named({id: 'saucelabs-api-key', description: "Saucelabs API key (an access key in UUID layout, next to its name)", names: ['saucelabs', 'sauce_access', 'sauce_key', 'sauce-labs', 'sauce_labs'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'scaleway',
    title: "Scaleway",
    revoke: dashboard("Scaleway"),
    rules: [
      named({id: 'scalewaykey', description: "Scaleway API key (8-4-4-4-12 characters in groups, next to its name)", names: ['scaleway', 'scw_'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', minEntropy: 3.7, reach: REACH, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'scalr',
    title: "Scalr",
    revoke: dashboard("Scalr"),
    rules: [
      named({id: 'scalr-api-key', description: "Scalr API key (136 characters, next to \"scalr\" with api, token or key)", names: [...qualified('scalr')], value: '[A-Za-z0-9_.-]{136}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 136)}),
    ],
  }),
  provider({
    name: 'scrapeowl',
    title: "Scrapeowl",
    revoke: dashboard("Scrapeowl"),
    rules: [
      named({id: 'scrapeowl-api-key', description: "Scrapeowl API key (30 lower-case letters and digits, next to its name)", names: ['scrapeowl'], value: '[a-z0-9]{30}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'scraperapi',
    title: "Scraperapi",
    revoke: dashboard("Scraperapi"),
    rules: [
      named({id: 'scraperapi-api-key', description: "Scraperapi API key (32 lower-case letters and digits, next to its name)", names: ['scraperapi'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scraperbox',
    title: "Scraperbox",
    revoke: dashboard("Scraperbox"),
    rules: [
      named({id: 'scraperbox-api-key', description: "Scraperbox API key (32 upper-case letters and digits, next to its name)", names: ['scraperbox'], value: '[A-Z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapestack',
    title: "Scrapestack",
    revoke: dashboard("Scrapestack"),
    rules: [
      named({id: 'scrapestack-api-key', description: "Scrapestack API key (32 lower-case letters and digits, next to its name)", names: ['scrapestack'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapfly',
    title: "Scrapfly",
    revoke: dashboard("Scrapfly"),
    rules: [
      named({id: 'scrapfly-api-key', description: "Scrapfly API key (32 lower-case letters and digits, next to its name)", names: ['scrapfly'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapingant',
    title: "Scrapingant",
    revoke: dashboard("Scrapingant"),
    rules: [
      named({id: 'scrapingant-api-key', description: "Scrapingant API key (32 lower-case letters and digits, next to its name)", names: ['scrapingant'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'scrapingbee',
    title: "Scrapingbee",
    revoke: dashboard("Scrapingbee"),
    rules: [
      named({id: 'scrapingbee-api-key', description: "Scrapingbee API key (80 upper-case letters and digits, next to its name)", names: ['scrapingbee'], value: '[A-Z0-9]{80}', minEntropy: 4.0, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 80)}),
    ],
  }),
  provider({
    name: 'screenshotapi',
    title: "Screenshotapi",
    revoke: dashboard("Screenshotapi"),
    rules: [
      named({id: 'screenshotapi-api-key', description: "Screenshotapi API key (7-7-7-7 characters in groups, next to its name)", names: ['screenshotapi'], value: '[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}', minEntropy: 3.6, reach: REACH, sample: (r) => `${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}-${r.chars(UPPER_ALNUM, 7)}`}),
    ],
  }),
  provider({
    name: 'screenshotlayer',
    title: "Screenshotlayer",
    revoke: dashboard("Screenshotlayer"),
    rules: [
      named({id: 'screenshotlayer-api-key', description: "Screenshotlayer API key (32 base64url, next to its name)", names: ['screenshotlayer'], value: '[A-Za-z0-9_-]{32}', minEntropy: 3.7, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 32)}),
    ],
  }),
  provider({
    name: 'scrutinizerci',
    title: "Scrutinizerci",
    revoke: dashboard("Scrutinizerci"),
    rules: [
      named({id: 'scrutinizerci-api-key', description: "Scrutinizerci API key (64 lower-case letters and digits, next to its name)", names: ['scrutinizerci'], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'securitytrails',
    title: "Securitytrails",
    revoke: dashboard("Securitytrails"),
    rules: [
      named({id: 'securitytrails-api-key', description: "Securitytrails API key (32 letters and digits, next to its name)", names: ['securitytrails'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'segment',
    title: "Segment",
    revoke: dashboard("Segment"),
    rules: [
      named({id: 'segmentapikey', description: "Segment API key (87 characters, next to \"segment\" with api, token or key)", names: [...qualified('segment')], value: '[A-Za-z0-9_.-]{87}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 87)}),
    ],
  }),
  provider({
    name: 'selectpdf',
    title: "Selectpdf",
    revoke: dashboard("Selectpdf"),
    rules: [
      named({id: 'selectpdf-api-key', description: "Selectpdf API key (36 characters, next to its name)", names: ['selectpdf'], value: '[a-z0-9-]{36}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 36)}),
    ],
  }),
  provider({
    name: 'semaphore',
    title: "Semaphore",
    revoke: dashboard("Semaphore"),
    rules: [
      named({id: 'semaphore-api-key', description: "Semaphore API key (32 lower-case letters and digits, next to its name)", names: ['semaphore_api', 'semaphore.co', 'semaphoreci', 'semaphore token'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sendbird',
    title: "Sendbird",
    revoke: dashboard("Sendbird"),
    rules: [
      named({id: 'sendbird-api-key', description: "Sendbird API key (40 hex, next to its name)", names: ['sendbird'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
      named({id: 'sendbirdorganizationapi', description: "Sendbird API key (24 hex, next to its name)", names: ['sendbird'], value: '[a-f0-9]{24}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 24)}),
      named({id: 'sendbird-access-id', description: "Sendbird API key (a UUID, next to its name)", names: ['sendbird'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'serphouse',
    title: "Serphouse",
    revoke: dashboard("Serphouse"),
    rules: [
      named({id: 'serphouse-api-key', description: "Serphouse API key (60 letters and digits, next to its name)", names: ['serphouse'], value: '[A-Za-z0-9]{60}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'serpstack',
    title: "Serpstack",
    revoke: dashboard("Serpstack"),
    rules: [
      named({id: 'serpstack-api-key', description: "Serpstack API key (32 lower-case letters and digits, next to its name)", names: ['serpstack'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sheety',
    title: "Sheety",
    revoke: dashboard("Sheety"),
    rules: [
      named({id: 'sheety-api-key', description: "Sheety API key (64 lower-case letters and digits, next to \"sheety\" with api, token or key)", names: [...qualified('sheety')], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'sherpadesk',
    title: "Sherpadesk",
    revoke: dashboard("Sherpadesk"),
    rules: [
      named({id: 'sherpadesk-api-key', description: "Sherpadesk API key (32 lower-case letters and digits, next to its name)", names: ['sherpadesk'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'shipday',
    title: "Shipday",
    revoke: dashboard("Shipday"),
    rules: [
      named({id: 'shipday-api-key', description: "Shipday API key (31 letters and digits, next to its name)", names: ['shipday'], value: '[A-Za-z0-9]{31}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 31)}),
    ],
  }),
  provider({
    name: 'shodan',
    title: "Shodan",
    revoke: dashboard("Shodan"),
    rules: [
      named({id: 'shodankey', description: "Shodan API key (32 letters and digits, next to its name)", names: ['shodan'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'shortcut',
    title: "Shortcut",
    revoke: dashboard("Shortcut"),
    rules: [
      named({id: 'shortcut-api-key', description: "Shortcut API key (a UUID, next to \"shortcut\" with api, token or key)", names: [...qualified('shortcut')], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'shotstack',
    title: "Shotstack",
    revoke: dashboard("Shotstack"),
    rules: [
      named({id: 'shotstack-api-key', description: "Shotstack API key (40 letters and digits, next to its name)", names: ['shotstack'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'shutterstock',
    title: "Shutterstock",
    revoke: dashboard("Shutterstock"),
    rules: [
      named({id: 'shutterstock-api-key', description: "Shutterstock API key (32 letters and digits, next to its name)", names: ['shutterstock'], value: '[A-Za-z0-9]{32}', minEntropy: 3.75, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
      named({id: 'shutterstockoauth', description: "Shutterstock API key (\"v2/\" then base64, next to its name)", names: ['shutterstock'], value: 'v2/[A-Za-z0-9+/]{300,400}', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9+/=', sample: (r) => `v2/${r.chars(B64, 388)}`}),
    ],
  }),
  provider({
    name: 'signalwire',
    title: "Signalwire",
    revoke: dashboard("Signalwire"),
    rules: [
      named({id: 'signalwire-api-key', description: "Signalwire API key (50 letters and digits, next to its name)", names: ['signalwire'], value: '[A-Za-z0-9]{50}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 50)}),
    ],
  }),
  provider({
    name: 'signaturit',
    title: "Signaturit",
    revoke: dashboard("Signaturit"),
    rules: [
      named({id: 'signaturit-api-key', description: "Signaturit API key (86 letters and digits, next to its name)", names: ['signaturit'], value: '[A-Za-z0-9]{86}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 86)}),
    ],
  }),
  provider({
    name: 'signupgenius',
    title: "Signupgenius",
    revoke: dashboard("Signupgenius"),
    rules: [
      named({id: 'signupgenius-api-key', description: "Signupgenius API key (32 letters and digits, next to its name)", names: ['signupgenius'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sigopt',
    title: "Sigopt",
    revoke: dashboard("Sigopt"),
    rules: [
      named({id: 'sigopt-api-key', description: "Sigopt API key (48 upper-case letters and digits, next to its name)", names: ['sigopt'], value: '[A-Z0-9]{48}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'simfin',
    title: "Simfin",
    revoke: dashboard("Simfin"),
    rules: [
      named({id: 'simfin-api-key', description: "Simfin API key (32 letters and digits, next to its name)", names: ['simfin'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'simplesat',
    title: "Simplesat",
    revoke: dashboard("Simplesat"),
    rules: [
      named({id: 'simplesat-api-key', description: "Simplesat API key (40 lower-case letters and digits, next to \"simplesat\" with api, token or key)", names: [...qualified('simplesat')], value: '[a-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'simvoly',
    title: "Simvoly",
    revoke: dashboard("Simvoly"),
    rules: [
      named({id: 'simvoly-api-key', description: "Simvoly API key (33 lower-case letters and digits, next to its name)", names: ['simvoly'], value: '[a-z0-9]{33}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 33)}),
    ],
  }),
  provider({
    name: 'sinchmessage',
    title: "Sinchmessage",
    revoke: dashboard("Sinchmessage"),
    rules: [
      named({id: 'sinchmessage-api-key', description: "Sinchmessage API key (32 lower-case letters and digits, next to its name)", names: ['sinchmessage'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'siteleaf',
    title: "Siteleaf",
    revoke: dashboard("Siteleaf"),
    rules: [
      named({id: 'siteleaf-api-key', description: "Siteleaf API key (32 lower-case letters and digits, next to its name)", names: ['siteleaf'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'skrappio',
    title: "Skrappio",
    revoke: dashboard("Skrappio"),
    rules: [
      named({id: 'skrappio-api-key', description: "Skrappio API key (42 letters and digits, next to its name)", names: ['skrappio'], value: '[A-Za-z0-9]{42}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 42)}),
    ],
  }),
  provider({
    name: 'skybiometry',
    title: "Skybiometry",
    revoke: dashboard("Skybiometry"),
    rules: [
      named({id: 'skybiometry-api-key', description: "Skybiometry API key (26 lower-case letters and digits, next to its name)", names: ['skybiometry'], value: '[a-z0-9]{26}', minEntropy: 3.5, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 26)}),
    ],
  }),
  provider({
    name: 'smartsheet',
    title: "Smartsheet",
    revoke: dashboard("Smartsheet"),
    rules: [
      named({id: 'smartsheets', description: "Smartsheet API key (26 or 37 letters and digits, next to its name)", names: ['smartsheet'], value: '[A-Za-z0-9]{26}(?:[A-Za-z0-9]{11})?', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(ALNUM, 37)}),
    ],
  }),
  provider({
    name: 'smartystreets',
    title: "Smartystreets",
    revoke: dashboard("Smartystreets"),
    rules: [
      named({id: 'smartystreets-api-key', description: "Smartystreets API key (20 letters and digits, next to its name)", names: ['smartystreets'], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'smooch',
    title: "Smooch",
    revoke: dashboard("Smooch"),
    rules: [
      named({id: 'smooch-api-key', description: "Smooch API key (86 base64url, next to \"smooch\" with api, token or key)", names: [...qualified('smooch')], value: '[A-Za-z0-9_-]{86}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 86)}),
    ],
  }),
  provider({
    name: 'snipcart',
    title: "Snipcart",
    revoke: dashboard("Snipcart"),
    rules: [
      named({id: 'snipcart-api-key', description: "Snipcart API key (75 letters and digits, next to its name)", names: ['snipcart'], value: '[A-Za-z0-9]{75}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 75)}),
    ],
  }),
  provider({
    name: 'solarwinds-observability',
    title: "Solarwinds-observability",
    revoke: dashboard("Solarwinds-observability"),
    rules: [
      named({id: 'solarwindsobservability', description: "Solarwinds-observability API key (71 base64url characters, next to its name)", names: ['solarwinds'], value: '[A-Za-z0-9_-]{71}', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 71)}),
    ],
  }),
  provider({
    name: 'sparkpost',
    title: "Sparkpost",
    revoke: dashboard("Sparkpost"),
    rules: [
      named({id: 'sparkpost-api-key', description: "Sparkpost API key (40 letters and digits, next to its name)", names: ['sparkpost'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'speechtextai',
    title: "Speechtextai",
    revoke: dashboard("Speechtextai"),
    rules: [
      named({id: 'speechtextai-api-key', description: "Speechtextai API key (32 hex, next to its name)", names: ['speechtextai'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'splunk-observability',
    title: "Splunk-observability",
    revoke: dashboard("Splunk-observability"),
    rules: [
      named({id: 'splunkobservabilitytoken', description: "Splunk-observability API key (22 letters and digits, next to its name)", names: ['splunk', 'signalfx', 'sfx_'], value: '[A-Za-z0-9]{22}', minEntropy: 3.3, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'spoonacular',
    title: "Spoonacular",
    revoke: dashboard("Spoonacular"),
    rules: [
      named({id: 'spoonacular-api-key', description: "Spoonacular API key (32 lower-case letters and digits, next to its name)", names: ['spoonacular'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sportsmonk',
    title: "Sportsmonk",
    revoke: dashboard("Sportsmonk"),
    rules: [
      named({id: 'sportsmonk-api-key', description: "Sportsmonk API key (60 letters and digits, next to its name)", names: ['sportsmonk'], value: '[A-Za-z0-9]{60}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'spotify',
    title: "Spotify",
    revoke: dashboard("Spotify"),
    rules: [
      named({id: 'spotifykey', description: "Spotify API key (32 letters and digits, next to its name)", names: ['spotify'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'squarespace',
    title: "Squarespace",
    revoke: dashboard("Squarespace"),
    rules: [
      named({id: 'squarespace-api-key', description: "Squarespace API key (a UUID, next to its name)", names: ['squarespace'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'sslmate',
    title: "Sslmate",
    revoke: dashboard("Sslmate"),
    rules: [
      named({id: 'sslmate-api-key', description: "Sslmate API key (36 letters and digits, next to its name)", names: ['sslmate'], value: '[A-Za-z0-9]{36}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'statuscake',
    title: "Statuscake",
    revoke: dashboard("Statuscake"),
    rules: [
      named({id: 'statuscake-api-key', description: "Statuscake API key (20 letters and digits, next to its name)", names: ['statuscake'], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'statuspage',
    title: "Statuspage",
    revoke: dashboard("Statuspage"),
    rules: [
      named({id: 'statuspage-api-key', description: "Statuspage API key (36 lower-case letters and digits, next to its name)", names: ['statuspage'], value: '[a-z0-9]{36}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'statuspal',
    title: "Statuspal",
    revoke: dashboard("Statuspal"),
    rules: [
      named({id: 'statuspal-api-key', description: "Statuspal API key (32 letters and digits, next to its name)", names: ['statuspal'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'stitchdata',
    title: "Stitchdata",
    revoke: dashboard("Stitchdata"),
    rules: [
      named({id: 'stitchdata-api-key', description: "Stitchdata API key (35 characters, next to its name)", names: ['stitchdata'], value: '[a-z0-9_-]{35}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(LOWER_B64URL, 35)}),
    ],
  }),
  provider({
    name: 'stockdata',
    title: "Stockdata",
    revoke: dashboard("Stockdata"),
    rules: [
      named({id: 'stockdata-api-key', description: "Stockdata API key (40 letters and digits, next to its name)", names: ['stockdata'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'storecove',
    title: "Storecove",
    revoke: dashboard("Storecove"),
    rules: [
      named({id: 'storecove-api-key', description: "Storecove API key (43 base64url, next to \"storecove\" with api, token or key)", names: [...qualified('storecove')], value: '[A-Za-z0-9_-]{43}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 43)}),
    ],
  }),
  provider({
    name: 'stormboard',
    title: "Stormboard",
    revoke: dashboard("Stormboard"),
    rules: [
      named({id: 'stormboard-api-key', description: "Stormboard API key (40 hex, next to its name)", names: ['stormboard'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'stormglass',
    title: "Stormglass",
    revoke: dashboard("Stormglass"),
    rules: [
      named({id: 'stormglass-api-key', description: "Stormglass API key (73 base64url, next to its name)", names: ['stormglass'], value: '[A-Za-z0-9_-]{73}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 73)}),
    ],
  }),
  provider({
    name: 'storyblok',
    title: "Storyblok",
    revoke: dashboard("Storyblok"),
    rules: [
      named({id: 'storyblok-api-key', description: "Storyblok API key (24 letters and digits, next to its name)", names: ['storyblok'], value: '[A-Za-z0-9]{24}', minEntropy: 3.4, reach: REACH, sample: (r) => r.chars(ALNUM, 24)}),
      named({id: 'storyblokpersonalaccesstoken', description: "Storyblok API key (24-6-20 characters, next to its name)", names: ['storyblok'], value: '[A-Za-z0-9]{24}-[0-9]{6}-[A-Za-z0-9]{20}', minEntropy: 3.6, reach: REACH, sample: (r) => `${r.chars(ALNUM, 24)}-${r.chars(DIGITS, 6)}-${r.chars(ALNUM, 20)}`}),
    ],
  }),
  provider({
    name: 'storychief',
    title: "Storychief",
    revoke: dashboard("Storychief"),
    rules: [
      named({id: 'storychief-api-key', description: "Storychief API key (940 characters, next to its name)", names: ['storychief'], value: '[A-Za-z0-9_.-]{940}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 940)}),
    ],
  }),
  provider({
    name: 'strava',
    title: "Strava",
    revoke: dashboard("Strava"),
    rules: [
      named({id: 'strava-api-key', description: "Strava API key (40 lower-case letters and digits, next to \"strava\" with api, token or key)", names: [...qualified('strava')], value: '[a-z0-9]{40}', minEntropy: 3.75, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'streak',
    title: "Streak",
    revoke: dashboard("Streak"),
    rules: [
      named({id: 'streak-api-key', description: "Streak API key (32 letters and digits, next to \"streak\" with api, token or key)", names: [...qualified('streak')], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'stripo',
    title: "Stripo",
    revoke: dashboard("Stripo"),
    rules: [
      named({id: 'stripo-api-key', description: "Stripo API key (a signed JWT, next to its name)", names: ['stripo'], value: 'eyJhbGciOiJIUzI1NiJ9\\.[A-Za-z0-9_-]{100,200}\\.[A-Za-z0-9_-]{43}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => `eyJhbGciOiJIUzI1NiJ9.${r.chars(B64URL, 130)}.${r.chars(B64URL, 43)}`}),
    ],
  }),
  provider({
    name: 'sugester',
    title: "Sugester",
    revoke: dashboard("Sugester"),
    rules: [
      named({id: 'sugester-api-key', description: "Sugester API key (32 letters and digits, next to its name)", names: ['sugester'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'sumologic',
    title: "Sumologic",
    revoke: dashboard("Sumologic"),
    rules: [
      named({id: 'sumologickey', description: "Sumologic API key (64 letters and digits (the access key), next to its name)", names: ['sumologic', 'sumo_', 'sumo-', 'sumoid', 'sumokey', 'sumo access'], value: '[A-Za-z0-9]{64}', minEntropy: 4.0, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
      named({id: 'sumologic-access-id', description: "Sumologic API key (\"su\" then 12 letters and digits (the access id), next to its name)", names: ['sumologic', 'sumo_', 'sumo-', 'sumoid', 'sumokey', 'sumo access'], value: 'su[A-Za-z0-9]{12}', minEntropy: 3.0, reach: REACH, sample: (r) => `su${r.chars(ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'supernotesapi',
    title: "Supernotesapi",
    revoke: dashboard("Supernotesapi"),
    rules: [
      named({id: 'supernotesapi-api-key', description: "Supernotesapi API key (43 letters and digits, next to its name)", names: ['supernotesapi'], value: '[A-Za-z0-9]{43}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'surveyanyplace',
    title: "Surveyanyplace",
    revoke: dashboard("Surveyanyplace"),
    rules: [
      named({id: 'surveyanyplace-api-key', description: "Surveyanyplace API key (32 letters and digits, next to its name)", names: ['surveyanyplace'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'surveybot',
    title: "Surveybot",
    revoke: dashboard("Surveybot"),
    rules: [
      named({id: 'surveybot-api-key', description: "Surveybot API key (80 letters and digits, next to its name)", names: ['surveybot'], value: '[A-Za-z0-9]{80}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 80)}),
    ],
  }),
  provider({
    name: 'surveysparrow',
    title: "Surveysparrow",
    revoke: dashboard("Surveysparrow"),
    rules: [
      named({id: 'surveysparrow-api-key', description: "Surveysparrow API key (88 base64url, next to its name)", names: ['surveysparrow'], value: '[A-Za-z0-9_-]{88}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 88)}),
    ],
  }),
  provider({
    name: 'survicate',
    title: "Survicate",
    revoke: dashboard("Survicate"),
    rules: [
      named({id: 'survicate-api-key', description: "Survicate API key (32 lower-case letters and digits, next to its name)", names: ['survicate'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'swell',
    title: "Swell",
    revoke: dashboard("Swell"),
    rules: [
      named({id: 'swell-api-key', description: "Swell API key (32 letters and digits, next to \"swell\" with api, token or key)", names: [...qualified('swell')], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'swiftype',
    title: "Swiftype",
    revoke: dashboard("Swiftype"),
    rules: [
      named({id: 'swiftype-api-key', description: "Swiftype API key (20 base64url, next to its name)", names: ['swiftype'], value: '[A-Za-z0-9_-]{20}', minEntropy: 3.2, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 20)}),
    ],
  }),
  provider({
    name: 'tallyfy',
    title: "Tallyfy",
    revoke: dashboard("Tallyfy"),
    rules: [
      named({id: 'tallyfy-api-key', description: "Tallyfy API key (985 characters, next to its name)", names: ['tallyfy'], value: '[A-Za-z0-9_.-]{985}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 985)}),
    ],
  }),
  provider({
    name: 'tatumio',
    title: "Tatumio",
    revoke: dashboard("Tatumio"),
    rules: [
      named({id: 'tatumio-api-key', description: "Tatumio API key (36 lower-case letters and digits, next to its name)", names: ['tatumio'], value: '[a-z0-9]{36}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'taxjar',
    title: "Taxjar",
    revoke: dashboard("Taxjar"),
    rules: [
      named({id: 'taxjar-api-key', description: "Taxjar API key (32 lower-case letters and digits, next to its name)", names: ['taxjar'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'teamgate',
    title: "Teamgate",
    revoke: dashboard("Teamgate"),
    rules: [
      named({id: 'teamgate-api-key', description: "Teamgate API key (40 lower-case letters and digits, next to its name)", names: ['teamgate'], value: '[a-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'technicalanalysisapi',
    title: "Technicalanalysisapi",
    revoke: dashboard("Technicalanalysisapi"),
    rules: [
      named({id: 'technicalanalysisapi-api-key', description: "Technicalanalysisapi API key (48 upper-case letters and digits, next to its name)", names: ['technicalanalysisapi'], value: '[A-Z0-9]{48}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'tefter',
    title: "Tefter",
    revoke: dashboard("Tefter"),
    rules: [
      named({id: 'tefter-api-key', description: "Tefter API key (20 letters and digits, next to \"tefter\" with api, token or key)", names: [...qualified('tefter')], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'teletype',
    title: "Teletype",
    revoke: dashboard("Teletype"),
    rules: [
      named({id: 'teletype-api-key', description: "Teletype API key (64 base64url, next to \"teletype\" with api, token or key)", names: [...qualified('teletype')], value: '[A-Za-z0-9_-]{64}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 64)}),
    ],
  }),
  provider({
    name: 'telnyx',
    title: "Telnyx",
    revoke: dashboard("Telnyx"),
    rules: [
      named({id: 'telnyx-api-key', description: "Telnyx API key (58 base64url, next to its name)", names: ['telnyx'], value: '[A-Za-z0-9_-]{58}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 58)}),
    ],
  }),
  provider({
    name: 'testingbot',
    title: "Testingbot",
    revoke: dashboard("Testingbot"),
    rules: [
      named({id: 'testingbot-api-key', description: "Testingbot API key (32 lower-case letters and digits, next to its name)", names: ['testingbot'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'textmagic',
    title: "Textmagic",
    revoke: dashboard("Textmagic"),
    rules: [
      named({id: 'textmagic-api-key', description: "Textmagic API key (30 letters and digits, next to its name)", names: ['textmagic'], value: '[A-Za-z0-9]{30}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'theoddsapi',
    title: "Theoddsapi",
    revoke: dashboard("Theoddsapi"),
    rules: [
      named({id: 'theoddsapi-api-key', description: "Theoddsapi API key (32 hex, next to its name)", names: ['theoddsapi'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'thinkific',
    title: "Thinkific",
    revoke: dashboard("Thinkific"),
    rules: [
      named({id: 'thinkific-api-key', description: "Thinkific API key (32 hex, next to its name)", names: ['thinkific'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'thousandeyes',
    title: "Thousandeyes",
    revoke: dashboard("Thousandeyes"),
    rules: [
      named({id: 'thousandeyes-api-key', description: "Thousandeyes API key (32 letters and digits, next to its name)", names: ['thousandeyes'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ticketmaster',
    title: "Ticketmaster",
    revoke: dashboard("Ticketmaster"),
    rules: [
      named({id: 'ticketmaster-api-key', description: "Ticketmaster API key (32 letters and digits, next to \"ticketmaster\" with api, token or key)", names: [...qualified('ticketmaster')], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tickettailor',
    title: "Tickettailor",
    revoke: dashboard("Tickettailor"),
    rules: [
      named({id: 'tickettailor-api-key', description: "Tickettailor API key (47 characters, next to its name)", names: ['tickettailor'], value: '[a-z0-9_-]{47}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(LOWER_B64URL, 47)}),
    ],
  }),
  provider({
    name: 'tiingo',
    title: "Tiingo",
    revoke: dashboard("Tiingo"),
    rules: [
      named({id: 'tiingo-api-key', description: "Tiingo API key (40 lower-case letters and digits, next to \"tiingo\" with api, token or key)", names: [...qualified('tiingo')], value: '[a-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'timecamp',
    title: "Timecamp",
    revoke: dashboard("Timecamp"),
    rules: [
      named({id: 'timecamp-api-key', description: "Timecamp API key (26 lower-case letters and digits, next to its name)", names: ['timecamp'], value: '[a-z0-9]{26}', minEntropy: 3.5, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 26)}),
    ],
  }),
  provider({
    name: 'timezoneapi',
    title: "Timezoneapi",
    revoke: dashboard("Timezoneapi"),
    rules: [
      named({id: 'timezoneapi-api-key', description: "Timezoneapi API key (20 letters and digits, next to its name)", names: ['timezoneapi'], value: '[A-Za-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'tly',
    title: "Tly",
    revoke: dashboard("Tly"),
    rules: [
      named({id: 'tly-api-key', description: "Tly API key (60 letters and digits, next to \"tly\" with api, token or key)", names: [...qualified('tly')], value: '[A-Za-z0-9]{60}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'tmetric',
    title: "Tmetric",
    revoke: dashboard("Tmetric"),
    rules: [
      named({id: 'tmetric-api-key', description: "Tmetric API key (64 upper-case letters and digits, next to its name)", names: ['tmetric'], value: '[A-Z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'todoist',
    title: "Todoist",
    revoke: dashboard("Todoist"),
    rules: [
      named({id: 'todoist-api-key', description: "Todoist API key (40 lower-case letters and digits, next to its name)", names: ['todoist'], value: '[a-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'toggl',
    title: "Toggl",
    revoke: dashboard("Toggl"),
    rules: [
      named({id: 'toggltrack', description: "Toggl API key (32 lower-case letters and digits, next to its name)", names: ['toggl'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tokeet',
    title: "Tokeet",
    revoke: dashboard("Tokeet"),
    rules: [
      named({id: 'tokeet-api-key', description: "Tokeet API key (a UUID, next to \"tokeet\" with api, token or key)", names: [...qualified('tokeet')], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'tomorrow-io',
    title: "Tomorrow-io",
    revoke: dashboard("Tomorrow-io"),
    rules: [
      named({id: 'tomorrowio', description: "Tomorrow-io API key (32 letters and digits, next to its name)", names: ['tomorrow.io', 'tomorrowio', 'tomorrow_io'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tomtom',
    title: "Tomtom",
    revoke: dashboard("Tomtom"),
    rules: [
      named({id: 'tomtom-api-key', description: "Tomtom API key (32 letters and digits, next to its name)", names: ['tomtom'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'tradier',
    title: "Tradier",
    revoke: dashboard("Tradier"),
    rules: [
      named({id: 'tradier-api-key', description: "Tradier API key (28 letters and digits, next to \"tradier\" with api, token or key)", names: [...qualified('tradier')], value: '[A-Za-z0-9]{28}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(ALNUM, 28)}),
    ],
  }),
  provider({
    name: 'travelpayouts',
    title: "Travelpayouts",
    revoke: dashboard("Travelpayouts"),
    rules: [
      named({id: 'travelpayouts-api-key', description: "Travelpayouts API key (32 lower-case letters and digits, next to its name)", names: ['travelpayouts'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'travisci',
    title: "Travisci",
    revoke: dashboard("Travisci"),
    rules: [
      named({id: 'travisci-api-key', description: "Travisci API key (22 letters and digits, next to its name)", names: ['travis'], value: '[A-Za-z0-9]{22}', minEntropy: 3.4, reach: REACH, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'trello',
    title: "Trello",
    revoke: dashboard("Trello"),
    rules: [
      named({id: 'trelloapikey', description: "Trello API key (32 letters and digits, next to its name)", names: ['trello'], value: '[A-Za-z0-9]{32}', minEntropy: 3.75, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'twelvedata',
    title: "Twelvedata",
    revoke: dashboard("Twelvedata"),
    rules: [
      named({id: 'twelvedata-api-key', description: "Twelvedata API key (32 lower-case letters and digits, next to its name)", names: ['twelvedata'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'twist',
    title: "Twist",
    revoke: dashboard("Twist"),
    rules: [
      named({id: 'twist-api-key', description: "Twist API key (40 hex, next to \"twist\" with api, token or key)", names: [...qualified('twist')], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'twitch',
    title: "Twitch",
    revoke: dashboard("Twitch"),
    rules: [
      named({id: 'twitch-api-key', description: "Twitch API key (30 lower-case letters and digits, next to its name)", names: ['twitch'], value: '[a-z0-9]{30}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'tyntec',
    title: "Tyntec",
    revoke: dashboard("Tyntec"),
    rules: [
      named({id: 'tyntec-api-key', description: "Tyntec API key (32 letters and digits, next to its name)", names: ['tyntec'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'typetalk',
    title: "Typetalk",
    revoke: dashboard("Typetalk"),
    rules: [
      named({id: 'typetalk-api-key', description: "Typetalk API key (64 letters and digits, next to its name)", names: ['typetalk'], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'ubidots',
    title: "Ubidots",
    revoke: dashboard("Ubidots"),
    rules: [
      named({id: 'ubidots-api-key', description: "Ubidots API key (35 base64url, next to its name)", names: ['ubidots'], value: '[A-Za-z0-9_-]{35}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 35)}),
    ],
  }),
  provider({
    name: 'uclassify',
    title: "Uclassify",
    revoke: dashboard("Uclassify"),
    rules: [
      named({id: 'uclassify-api-key', description: "Uclassify API key (12 letters and digits, next to its name)", names: ['uclassify'], value: '[A-Za-z0-9]{12}', minEntropy: 2.6, reach: REACH, sample: (r) => r.chars(ALNUM, 12)}),
    ],
  }),
  provider({
    name: 'unifyid',
    title: "Unifyid",
    revoke: dashboard("Unifyid"),
    rules: [
      named({id: 'unifyid-api-key', description: "Unifyid API key (44 base64url, next to its name)", names: ['unifyid', 'unify'], value: '[A-Za-z0-9_-]{44}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 44)}),
    ],
  }),
  provider({
    name: 'unplugg',
    title: "Unplugg",
    revoke: dashboard("Unplugg"),
    rules: [
      named({id: 'unplugg-api-key', description: "Unplugg API key (64 lower-case letters and digits, next to its name)", names: ['unplugg'], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'unsplash',
    title: "Unsplash",
    revoke: dashboard("Unsplash"),
    rules: [
      named({id: 'unsplash-api-key', description: "Unsplash API key (43 letters and digits, next to its name)", names: ['unsplash'], value: '[A-Za-z0-9]{43}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'upcdatabase',
    title: "Upcdatabase",
    revoke: dashboard("Upcdatabase"),
    rules: [
      named({id: 'upcdatabase-api-key', description: "Upcdatabase API key (32 upper-case letters and digits, next to its name)", names: ['upcdatabase'], value: '[A-Z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'uplead',
    title: "Uplead",
    revoke: dashboard("Uplead"),
    rules: [
      named({id: 'uplead-api-key', description: "Uplead API key (32 characters, next to its name)", names: ['uplead'], value: '[a-z0-9-]{32}', minEntropy: 3.7, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 32)}),
    ],
  }),
  provider({
    name: 'uploadcare',
    title: "Uploadcare",
    revoke: dashboard("Uploadcare"),
    rules: [
      named({id: 'uploadcare-api-key', description: "Uploadcare API key (20 lower-case letters and digits, next to its name)", names: ['uploadcare'], value: '[a-z0-9]{20}', minEntropy: 3.2, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'uptimerobot',
    title: "Uptimerobot",
    revoke: dashboard("Uptimerobot"),
    rules: [
      named({id: 'uptimerobot-api-key', description: "Uptimerobot API key (34 base64url, next to its name)", names: ['uptimerobot'], value: '[A-Za-z0-9_-]{34}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 34)}),
    ],
  }),
  provider({
    name: 'upwave',
    title: "Upwave",
    revoke: dashboard("Upwave"),
    rules: [
      named({id: 'upwave-api-key', description: "Upwave API key (32 lower-case letters and digits, next to \"upwave\" with api, token or key)", names: [...qualified('upwave')], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'urlscan',
    title: "Urlscan",
    revoke: dashboard("Urlscan"),
    rules: [
      named({id: 'urlscan-api-key', description: "Urlscan API key (36 lower-case letters and digits, next to its name)", names: ['urlscan'], value: '[a-z0-9]{36}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'userflow',
    title: "Userflow",
    revoke: dashboard("Userflow"),
    rules: [
      named({id: 'userflow-api-key', description: "Userflow API key (29 lower-case letters and digits, next to \"userflow\" with api, token or key)", names: [...qualified('userflow')], value: '[a-z0-9]{29}', minEntropy: 3.6, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 29)}),
    ],
  }),
  provider({
    name: 'userstack',
    title: "Userstack",
    revoke: dashboard("Userstack"),
    rules: [
      named({id: 'userstack-api-key', description: "Userstack API key (32 lower-case letters and digits, next to its name)", names: ['userstack'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'vagrant-cloud',
    title: "Vagrant-cloud",
    revoke: dashboard("Vagrant-cloud"),
    rules: [
      named({id: 'vagrantcloudpersonaltoken', description: "Vagrant-cloud API key (90 letters and digits, next to its name)", names: ['vagrant'], value: '[A-Za-z0-9]{90}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 90)}),
    ],
  }),
  provider({
    name: 'vatlayer',
    title: "Vatlayer",
    revoke: dashboard("Vatlayer"),
    rules: [
      named({id: 'vatlayer-api-key', description: "Vatlayer API key (32 lower-case letters and digits, next to its name)", names: ['vatlayer'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'verifier',
    title: "Verifier",
    revoke: dashboard("Verifier"),
    rules: [
      named({id: 'verifier-api-key', description: "Verifier API key (96 hex, next to \"verifier\" with api, token or key)", names: [...qualified('verifier')], value: '[a-f0-9]{96}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 96)}),
    ],
  }),
  provider({
    name: 'verimail',
    title: "Verimail",
    revoke: dashboard("Verimail"),
    rules: [
      named({id: 'verimail-api-key', description: "Verimail API key (32 upper-case letters and digits, next to its name)", names: ['verimail'], value: '[A-Z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'veriphone',
    title: "Veriphone",
    revoke: dashboard("Veriphone"),
    rules: [
      named({id: 'veriphone-api-key', description: "Veriphone API key (32 upper-case letters and digits, next to its name)", names: ['veriphone'], value: '[A-Z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'versioneye',
    title: "Versioneye",
    revoke: dashboard("Versioneye"),
    rules: [
      named({id: 'versioneye-api-key', description: "Versioneye API key (40 base64url, next to its name)", names: ['versioneye'], value: '[A-Za-z0-9_-]{40}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 40)}),
    ],
  }),
  provider({
    name: 'viewneo',
    title: "Viewneo",
    revoke: dashboard("Viewneo"),
    rules: [
      named({id: 'viewneo-api-key', description: "Viewneo API key (872 characters, next to its name)", names: ['viewneo'], value: '[A-Za-z0-9_.-]{872}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 872)}),
    ],
  }),
  provider({
    name: 'virustotal',
    title: "Virustotal",
    revoke: dashboard("Virustotal"),
    rules: [
      named({id: 'virustotal-api-key', description: "Virustotal API key (64 hex, next to its name)", names: ['virustotal'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'visualcrossing',
    title: "Visualcrossing",
    revoke: dashboard("Visualcrossing"),
    rules: [
      named({id: 'visualcrossing-api-key', description: "Visualcrossing API key (25 upper-case letters and digits, next to its name)", names: ['visualcrossing'], value: '[A-Z0-9]{25}', minEntropy: 3.4, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 25)}),
    ],
  }),
  provider({
    name: 'voicegain',
    title: "Voicegain",
    revoke: dashboard("Voicegain"),
    rules: [
      named({id: 'voicegain-api-key', description: "Voicegain API key (a JWT, next to its name)", names: ['voicegain'], value: 'ey[A-Za-z0-9_-]{30,}\\.ey[A-Za-z0-9_-]{50,}\\.[A-Za-z0-9_-]{20,}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => `ey${r.chars(B64URL, 34)}.ey${r.chars(B64URL, 100)}.${r.chars(B64URL, 43)}`}),
    ],
  }),
  provider({
    name: 'voodoosms',
    title: "Voodoosms",
    revoke: dashboard("Voodoosms"),
    rules: [
      named({id: 'voodoosms-api-key', description: "Voodoosms API key (46 letters and digits, next to its name)", names: ['voodoosms'], value: '[A-Za-z0-9]{46}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 46)}),
    ],
  }),
  provider({
    name: 'vpnapi',
    title: "Vpnapi",
    revoke: dashboard("Vpnapi"),
    rules: [
      named({id: 'vpnapi-api-key', description: "Vpnapi API key (32 letters and digits, next to its name)", names: ['vpnapi'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'vultr',
    title: "Vultr",
    revoke: dashboard("Vultr"),
    rules: [
      named({id: 'vultrapikey', description: "Vultr API key (36 upper-case letters and digits, next to its name)", names: ['vultr'], value: '[A-Z0-9]{36}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'vyte',
    title: "Vyte",
    revoke: dashboard("Vyte"),
    rules: [
      named({id: 'vyte-api-key', description: "Vyte API key (50 lower-case letters and digits, next to \"vyte\" with api, token or key)", names: [...qualified('vyte')], value: '[a-z0-9]{50}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 50)}),
    ],
  }),
  provider({
    name: 'walkscore',
    title: "Walkscore",
    revoke: dashboard("Walkscore"),
    rules: [
      named({id: 'walkscore-api-key', description: "Walkscore API key (32 lower-case letters and digits, next to its name)", names: ['walkscore'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'weatherbit',
    title: "Weatherbit",
    revoke: dashboard("Weatherbit"),
    rules: [
      named({id: 'weatherbit-api-key', description: "Weatherbit API key (32 lower-case letters and digits, next to its name)", names: ['weatherbit'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'weatherstack',
    title: "Weatherstack",
    revoke: dashboard("Weatherstack"),
    rules: [
      named({id: 'weatherstack-api-key', description: "Weatherstack API key (32 lower-case letters and digits, next to its name)", names: ['weatherstack'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'web3-storage',
    title: "Web3-storage",
    revoke: dashboard("Web3-storage"),
    rules: [
      named({id: 'web3storage', description: "Web3-storage API key (228 characters, next to its name)", names: ['web3storage', 'web3.storage', 'web3_storage'], value: '[A-Za-z0-9_.-]{228}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 228)}),
    ],
  }),
  provider({
    name: 'webex',
    title: "Webex",
    revoke: dashboard("Webex"),
    rules: [
      named({id: 'webex-api-key', description: "Webex API key (64 hex, next to its name)", names: ['webex'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
      named({id: 'webexbot', description: "Webex API key (64 characters, 4, then a UUID, next to its name)", names: ['webex'], value: '[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[A-Za-z0-9]{8}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{12}', minEntropy: 3.8, reach: REACH, sample: (r) => `${r.chars(ALNUM, 64)}_${r.chars(ALNUM, 4)}_${uuid(r)}`}),
    ],
  }),
  provider({
    name: 'webflow',
    title: "Webflow",
    revoke: dashboard("Webflow"),
    rules: [
      named({id: 'webflow-api-key', description: "Webflow API key (64 letters and digits, next to \"webflow\" with api, token or key)", names: [...qualified('webflow')], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'webscraper',
    title: "Webscraper",
    revoke: dashboard("Webscraper"),
    rules: [
      named({id: 'webscraper-api-key', description: "Webscraper API key (60 letters and digits, next to its name)", names: ['webscraper'], value: '[A-Za-z0-9]{60}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'webscraping-ai',
    title: "Webscraping-ai",
    revoke: dashboard("Webscraping-ai"),
    rules: [
      named({id: 'webscraping', description: "Webscraping-ai API key (32 letters and digits, next to its name)", names: ['webscraping'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'websitepulse',
    title: "Websitepulse",
    revoke: dashboard("Websitepulse"),
    rules: [
      named({id: 'websitepulse-api-key', description: "Websitepulse API key (32 hex, next to its name)", names: ['websitepulse'], value: '[a-f0-9]{32}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'whoxy',
    title: "Whoxy",
    revoke: dashboard("Whoxy"),
    rules: [
      named({id: 'whoxy-api-key', description: "Whoxy API key (33 lower-case letters and digits, next to its name)", names: ['whoxy'], value: '[a-z0-9]{33}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 33)}),
    ],
  }),
  provider({
    name: 'wise',
    title: "Wise",
    revoke: dashboard("Wise"),
    rules: [
      named({id: 'transferwise', description: "Wise API key (36 characters, next to its name)", names: ['transferwise', 'wise_api', 'wise_token'], value: '[a-z0-9-]{36}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 36)}),
    ],
  }),
  provider({
    name: 'wistia',
    title: "Wistia",
    revoke: dashboard("Wistia"),
    rules: [
      named({id: 'wistia-api-key', description: "Wistia API key (64 lower-case letters and digits, next to \"wistia\" with api, token or key)", names: [...qualified('wistia')], value: '[a-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'wit',
    title: "Wit",
    revoke: dashboard("Wit"),
    rules: [
      named({id: 'wit-api-key', description: "Wit API key (32 upper-case letters and digits, next to \"wit\" with api, token or key)", names: [...qualified('wit')], value: '[A-Z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'wiz',
    title: "Wiz",
    revoke: dashboard("Wiz"),
    rules: [
      named({id: 'wiz-api-key', description: "Wiz API key (64 letters and digits (the client secret), next to \"wiz\" with api, token or key)", names: [...qualified('wiz')], value: '[A-Za-z0-9]{64}', minEntropy: 4.0, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'worksnaps',
    title: "Worksnaps",
    revoke: dashboard("Worksnaps"),
    rules: [
      named({id: 'worksnaps-api-key', description: "Worksnaps API key (40 letters and digits, next to its name)", names: ['worksnaps'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'workstack',
    title: "Workstack",
    revoke: dashboard("Workstack"),
    rules: [
      named({id: 'workstack-api-key', description: "Workstack API key (60 letters and digits, next to its name)", names: ['workstack'], value: '[A-Za-z0-9]{60}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'worldcoinindex',
    title: "Worldcoinindex",
    revoke: dashboard("Worldcoinindex"),
    rules: [
      named({id: 'worldcoinindex-api-key', description: "Worldcoinindex API key (35 letters and digits, next to its name)", names: ['worldcoinindex'], value: '[A-Za-z0-9]{35}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 35)}),
    ],
  }),
  provider({
    name: 'worldweather',
    title: "Worldweather",
    revoke: dashboard("Worldweather"),
    rules: [
      named({id: 'worldweather-api-key', description: "Worldweather API key (31 lower-case letters and digits, next to its name)", names: ['worldweather'], value: '[a-z0-9]{31}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 31)}),
    ],
  }),
  provider({
    name: 'wrike',
    title: "Wrike",
    revoke: dashboard("Wrike"),
    rules: [
      named({id: 'wrike-api-key', description: "Wrike API key (335 characters, next to \"wrike\" with api, token or key)", names: [...qualified('wrike')], value: '[A-Za-z0-9_.-]{335}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 335)}),
    ],
  }),
  provider({
    name: 'yelp',
    title: "Yelp",
    revoke: dashboard("Yelp"),
    rules: [
      named({id: 'yelp-api-key', description: "Yelp API key (128 base64url characters, next to \"yelp\" with api, token or key)", names: [...qualified('yelp')], value: '[A-Za-z0-9_=.-]{128}', minEntropy: 4.0, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 128)}),
    ],
  }),
  provider({
    name: 'ynab',
    title: "Ynab",
    revoke: dashboard("Ynab"),
    rules: [
      named({id: 'youneedabudget', description: "Ynab API key (64 hex, next to its name)", names: ['youneedabudget', 'ynab'], value: '[a-f0-9]{64}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'yousign',
    title: "Yousign",
    revoke: dashboard("Yousign"),
    rules: [
      named({id: 'yousign-api-key', description: "Yousign API key (32 lower-case letters and digits, next to its name)", names: ['yousign'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'youtube',
    title: "Youtube",
    revoke: dashboard("Youtube"),
    rules: [
      named({id: 'youtubeapikey', description: "Youtube API key (39 letters and digits, next to its name)", names: ['youtube'], value: '[A-Za-z0-9]{39}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 39)}),
    ],
  }),
  provider({
    name: 'zendesk',
    title: "Zendesk",
    revoke: dashboard("Zendesk"),
    rules: [
      named({id: 'zendeskapi', description: "Zendesk API key (40 letters and digits, next to its name)", names: ['zendesk'], value: '[A-Za-z0-9]{40}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'zenkit',
    title: "Zenkit",
    revoke: dashboard("Zenkit"),
    rules: [
      named({id: 'zenkitapi', description: "Zenkit API key (41 base64url, next to its name)", names: ['zenkit'], value: '[A-Za-z0-9_-]{41}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL, 41)}),
    ],
  }),
  provider({
    name: 'zenrows',
    title: "Zenrows",
    revoke: dashboard("Zenrows"),
    rules: [
      named({id: 'zenrows-api-key', description: "Zenrows API key (40 hex, next to its name)", names: ['zenrows'], value: '[a-f0-9]{40}', minEntropy: 3.0, reach: REACH, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'zenscrape',
    title: "Zenscrape",
    revoke: dashboard("Zenscrape"),
    rules: [
      named({id: 'zenscrape-api-key', description: "Zenscrape API key (a UUID, next to its name)", names: ['zenscrape'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'zenserp',
    title: "Zenserp",
    revoke: dashboard("Zenserp"),
    rules: [
      named({id: 'zenserp-api-key', description: "Zenserp API key (36 characters, next to its name)", names: ['zenserp'], value: '[a-z0-9-]{36}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9-', sample: (r) => r.chars(LOWER_DASH, 36)}),
    ],
  }),
  provider({
    name: 'zeplin',
    title: "Zeplin",
    revoke: dashboard("Zeplin"),
    rules: [
      named({id: 'zeplin-api-key', description: "Zeplin API key (350 characters, next to \"zeplin\" with api, token or key)", names: [...qualified('zeplin')], value: '[A-Za-z0-9_.-]{350}', minEntropy: 3.8, reach: REACH, alphabet: 'A-Za-z0-9_-', sample: (r) => r.chars(B64URL_DOT, 350)}),
    ],
  }),
  provider({
    name: 'zerobounce',
    title: "Zerobounce",
    revoke: dashboard("Zerobounce"),
    rules: [
      named({id: 'zerobounce-api-key', description: "Zerobounce API key (32 lower-case letters and digits, next to its name)", names: ['zerobounce'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'zerotier',
    title: "Zerotier",
    revoke: dashboard("Zerotier"),
    rules: [
      named({id: 'zerotier-api-key', description: "Zerotier API key (32 letters and digits, next to its name)", names: ['zerotier'], value: '[A-Za-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'zipapi',
    title: "Zipapi",
    revoke: dashboard("Zipapi"),
    rules: [
      named({id: 'zipapi-api-key', description: "Zipapi API key (32 lower-case letters and digits, next to its name)", names: ['zipapi'], value: '[a-z0-9]{32}', minEntropy: 3.7, reach: REACH, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'zipcodeapi',
    title: "Zipcodeapi",
    revoke: dashboard("Zipcodeapi"),
    rules: [
      named({id: 'zipcodeapi-api-key', description: "Zipcodeapi API key (64 letters and digits, next to its name)", names: ['zipcodeapi'], value: '[A-Za-z0-9]{64}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'zipcodebase',
    title: "Zipcodebase",
    revoke: dashboard("Zipcodebase"),
    rules: [
      named({id: 'zipcodebase-api-key', description: "Zipcodebase API key (a UUID, next to its name)", names: ['zipcodebase'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', minEntropy: 3, reach: REACH, sample: (r) => uuid(r)}),
    ],
  }),
  provider({
    name: 'zoho',
    title: "Zoho",
    revoke: dashboard("Zoho"),
    rules: [
      named({id: 'zohocrm', description: "Zoho API key (\"1000.\" and two 32-hex parts, next to its name)", names: ['zoho'], value: '1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}', minEntropy: 3.3, reach: REACH, sample: (r) => `1000.${r.chars(HEX, 32)}.${r.chars(HEX, 32)}`}),
    ],
  }),
  provider({
    name: 'zonkafeedback',
    title: "Zonkafeedback",
    revoke: dashboard("Zonkafeedback"),
    rules: [
      named({id: 'zonkafeedback-api-key', description: "Zonkafeedback API key (36 letters and digits, next to its name)", names: ['zonkafeedback'], value: '[A-Za-z0-9]{36}', minEntropy: 3.8, reach: REACH, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'zulipchat',
    title: "Zulipchat",
    revoke: dashboard("Zulipchat"),
    rules: [
      named({id: 'zulipchat-api-key', description: "Zulipchat API key (32 letters and digits, next to its name)", names: ['zulip'], value: '[A-Za-z0-9]{32}', minEntropy: 3.75, reach: REACH, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
] as const

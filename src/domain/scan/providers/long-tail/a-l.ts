/**
 * Long-tail providers a-l: services whose keys have no distinctive format (32 hex, 40 base62),
 * each found only within reach of its own name. One row per provider; a provider graduates to its
 * own folder (`providers/<name>/`) when it gets a live verifier or a structural check (ADR 0019).
 *
 * A row's `names` are the service's name as people write it next to a key (`ABYSSALE_API_KEY=`,
 * `"airship": {"key": …}`); a name that is also a common word (box, column, courier) is paired
 * with `api`, `key` or `token`, so prose does not trigger it. `value` is the key's shape as the
 * service issues it (alphabet and length, or a UUID).
 */
import {ALNUM, HEX, LOWER_ALNUM, UPPER_ALNUM, named, provider} from '../define.js'

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

export const LONG_TAIL_A_L = [
  provider({
    name: 'abstract',
    title: 'Abstract API',
    revoke: 'app.abstractapi.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'abstract-api-key', description: 'Abstract API key (32 characters, next to "abstract_api")', names: ['abstract_api', 'abstract-api', 'abstract api', 'abstractapi', 'abstract_key', 'abstract-key', 'abstract key', 'abstractkey', 'abstract_token', 'abstract-token', 'abstract token', 'abstracttoken', 'abstract_secret', 'abstract-secret', 'abstract secret', 'abstractsecret'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'abuseipdb',
    title: 'AbuseIPDB',
    revoke: 'abuseipdb.com/account/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'abuseipdb-api-key', description: 'AbuseIPDB key (80 characters, next to "abuseipdb")', names: ['abuseipdb'], value: '[a-z0-9]{80}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 80)}),
    ],
  }),
  provider({
    name: 'abyssale',
    title: 'Abyssale',
    revoke: 'Abyssale account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'abyssale-api-key', description: 'Abyssale key (40 characters, next to "abyssale")', names: ['abyssale'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'accuweather',
    title: 'AccuWeather',
    revoke: 'developer.accuweather.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'accuweather-api-key', description: 'AccuWeather key (32–35 characters, next to "accuweather")', names: ['accuweather'], value: '[A-Za-z0-9%]{32,35}', alphabet: 'A-Za-z0-9%', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}%`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'adzuna',
    title: 'Adzuna',
    revoke: 'developer.adzuna.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'adzuna-api-key', description: 'Adzuna key (32 characters, next to "adzuna")', names: ['adzuna'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'aeroworkflow',
    title: 'AeroWorkflow',
    revoke: 'AeroWorkflow account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'aeroworkflow-api-key', description: 'AeroWorkflow key (20 characters, next to "aeroworkflow")', names: ['aeroworkflow'], value: '[A-Za-z0-9*:]{20}', alphabet: 'A-Za-z0-9*:', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}*:`, 18) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'agora',
    title: 'Agora',
    revoke: 'console.agora.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'agora-api-key', description: 'Agora key (32 characters, next to "agora_api")', names: ['agora_api', 'agora-api', 'agora api', 'agoraapi', 'agora_key', 'agora-key', 'agora key', 'agorakey', 'agora_token', 'agora-token', 'agora token', 'agoratoken', 'agora_secret', 'agora-secret', 'agora secret', 'agorasecret'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'aha',
    title: 'Aha!',
    revoke: 'Aha! account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'aha-api-key', description: 'Aha! key (64 hex characters, next to "aha_api")', names: ['aha_api', 'aha_key', 'aha_token', 'aha.io', '{aha'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'airbrake',
    title: 'Airbrake',
    revoke: 'airbrake.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'airbrake-project-key', description: 'Airbrake key (32 characters, next to "airbrake_api")', names: ['airbrake_api', 'airbrake-api', 'airbrake api', 'airbrakeapi', 'airbrake_key', 'airbrake-key', 'airbrake key', 'airbrakekey', 'airbrake_token', 'airbrake-token', 'airbrake token', 'airbraketoken', 'airbrake_secret', 'airbrake-secret', 'airbrake secret', 'airbrakesecret'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
      named({id: 'airbrake-user-key', description: 'Airbrake key (40 characters, next to "airbrake_api")', names: ['airbrake_api', 'airbrake-api', 'airbrake api', 'airbrakeapi', 'airbrake_key', 'airbrake-key', 'airbrake key', 'airbrakekey', 'airbrake_token', 'airbrake-token', 'airbrake token', 'airbraketoken', 'airbrake_secret', 'airbrake-secret', 'airbrake secret', 'airbrakesecret'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'airship',
    title: 'Airship',
    revoke: 'go.airship.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'airship-api-key', description: 'Airship key (91 characters, next to "airship_api")', names: ['airship_api', 'airship-api', 'airship api', 'airshipapi', 'airship_key', 'airship-key', 'airship key', 'airshipkey', 'airship_token', 'airship-token', 'airship token', 'airshiptoken', 'airship_secret', 'airship-secret', 'airship secret', 'airshipsecret'], value: '[A-Za-z0-9]{91}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 91)}),
    ],
  }),
  provider({
    name: 'airvisual',
    title: 'IQAir AirVisual',
    revoke: 'dashboard.iqair.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'airvisual-api-key', description: 'IQAir AirVisual key (36 characters, next to "airvisual")', names: ['airvisual'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'aiven',
    title: 'Aiven',
    revoke: 'console.aiven.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'aiven-api-key', description: 'Aiven key (372 characters, next to "aiven")', names: ['aiven'], value: '[A-Za-z0-9+\\/=]{372}', alphabet: 'A-Za-z0-9+\\/=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+/=`, 370) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'alconost',
    title: 'Alconost',
    revoke: 'Alconost account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'alconost-api-key', description: 'Alconost key (32 characters, next to "alconost")', names: ['alconost'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'alegra',
    title: 'Alegra',
    revoke: 'app.alegra.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'alegra-api-key', description: 'Alegra key (20 characters, next to "alegra")', names: ['alegra'], value: '[a-z0-9-]{20}', alphabet: 'A-Za-z0-9_-', reach: 40, sample: (r) => `${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 6)}-${r.chars(LOWER_ALNUM, 8)}`}),
    ],
  }),
  provider({
    name: 'aletheiaapi',
    title: 'Aletheia API',
    revoke: 'Aletheia API account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'aletheiaapi-api-key', description: 'Aletheia API key (32 characters, next to "aletheiaapi")', names: ['aletheiaapi'], value: '[A-Z0-9]{32}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'algolia',
    title: 'Algolia',
    revoke: 'dashboard.algolia.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'algolia-api-key', description: 'Algolia key (32 characters, next to "algolia")', names: ['algolia'], value: '[A-Za-z0-9]{32}', reach: 40, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'alienvault',
    title: 'AlienVault OTX',
    revoke: 'otx.alienvault.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'alienvault-api-key', description: 'AlienVault OTX key (64 characters, next to "alienvault")', names: ['alienvault'], value: '[a-z0-9]{64}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'allsports',
    title: 'AllSportsAPI',
    revoke: 'AllSportsAPI account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'allsports-api-key', description: 'AllSportsAPI key (64 characters, next to "allsports")', names: ['allsports'], value: '[a-z0-9]{64}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'amadeus',
    title: 'Amadeus for Developers',
    revoke: 'developers.amadeus.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'amadeus-api-key', description: 'Amadeus for Developers key (32 characters, next to "amadeus")', names: ['amadeus'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ambee',
    title: 'Ambee',
    revoke: 'Ambee account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ambee-api-key', description: 'Ambee key (64 hex characters, next to "ambee")', names: ['ambee'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'amplitude',
    title: 'Amplitude',
    revoke: 'app.amplitude.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'amplitude-api-key', description: 'Amplitude key (32 hex characters, next to "amplitude_api")', names: ['amplitude_api', 'amplitude-api', 'amplitude api', 'amplitudeapi', 'amplitude_key', 'amplitude-key', 'amplitude key', 'amplitudekey', 'amplitude_token', 'amplitude-token', 'amplitude token', 'amplitudetoken', 'amplitude_secret', 'amplitude-secret', 'amplitude secret', 'amplitudesecret'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'anypoint',
    title: 'MuleSoft Anypoint',
    revoke: 'anypoint.mulesoft.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'anypoint-api-key', description: 'MuleSoft Anypoint key (36 characters, next to "anypoint")', names: ['anypoint'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'apacta',
    title: 'Apacta',
    revoke: 'Apacta account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apacta-api-key', description: 'Apacta key (36 characters, next to "apacta")', names: ['apacta'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'api2cart',
    title: 'API2Cart',
    revoke: 'API2Cart account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'api2cart-api-key', description: 'API2Cart key (32 hex characters, next to "api2cart")', names: ['api2cart'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'apideck',
    title: 'Apideck',
    revoke: 'app.apideck.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apideck-api-key', description: 'Apideck key (40 characters, next to "apideck")', names: ['apideck'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'apiflash',
    title: 'ApiFlash',
    revoke: 'apiflash.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apiflash-api-key', description: 'ApiFlash key (32 characters, next to "apiflash")', names: ['apiflash'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'apifonica',
    title: 'Apifonica',
    revoke: 'Apifonica account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apifonica-api-key', description: 'Apifonica key (39 characters, next to "apifonica")', names: ['apifonica'], value: '[a-z0-9\\-]{39}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 37) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'apilayer',
    title: 'APILayer',
    revoke: 'apilayer.com/account → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apilayer-api-key', description: 'APILayer key (32 characters, next to "apilayer")', names: ['apilayer'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'apimatic',
    title: 'APIMatic',
    revoke: 'APIMatic account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apimatic-api-key', description: 'APIMatic key (64 characters, next to "apimatic")', names: ['apimatic'], value: '[A-Za-z0-9\\-_]{64}', alphabet: 'A-Za-z0-9\\-_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-_`, 62) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'apimetrics',
    title: 'APImetrics',
    revoke: 'APImetrics account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apimetrics-api-key', description: 'APImetrics key (32 characters, next to "apimetrics")', names: ['apimetrics'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'apitemplate',
    title: 'APITemplate.io',
    revoke: 'APITemplate.io account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apitemplate-api-key', description: 'APITemplate.io key (39 characters, next to "apitemplate")', names: ['apitemplate'], value: '[A-Za-z0-9]{39}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 39)}),
    ],
  }),
  provider({
    name: 'apollo',
    title: 'Apollo.io',
    revoke: 'Apollo.io account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apollo-api-key', description: 'Apollo.io key (22 characters, next to "apolloio")', names: ['apolloio', 'apollo_api', 'apollo-api', 'apollo api', 'apolloapi', 'apollo_key', 'apollo-key', 'apollo key', 'apollokey', 'apollo_token', 'apollo-token', 'apollo token', 'apollotoken', 'apollo_secret', 'apollo-secret', 'apollo secret', 'apollosecret', 'apollo.io', 'apolloio'], value: '[A-Za-z0-9]{22}', reach: 40, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'appcues',
    title: 'Appcues',
    revoke: 'Appcues account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'appcues-api-key', description: 'Appcues key (39 characters, next to "appcues")', names: ['appcues'], value: '[a-z0-9\\-]{39}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 37) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'appfollow',
    title: 'AppFollow',
    revoke: 'AppFollow account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'appfollow-api-key', description: 'AppFollow key (155 characters, next to "appfollow")', names: ['appfollow'], value: '[A-Za-z0-9\\-._]{155}', alphabet: 'A-Za-z0-9\\-._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-._`, 153) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'appointedd',
    title: 'Appointedd',
    revoke: 'Appointedd account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'appointedd-api-key', description: 'Appointedd key (88 characters, next to "appointedd")', names: ['appointedd'], value: '[A-Za-z0-9+=]{88}', alphabet: 'A-Za-z0-9+=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+=`, 86) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'appsynergy',
    title: 'AppSynergy',
    revoke: 'AppSynergy account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'appsynergy-api-key', description: 'AppSynergy key (64 characters, next to "appsynergy")', names: ['appsynergy'], value: '[a-z0-9]{64}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'apptivo',
    title: 'Apptivo',
    revoke: 'Apptivo account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'apptivo-api-key', description: 'Apptivo key (36 characters, next to "apptivo")', names: ['apptivo'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'artsy',
    title: 'Artsy',
    revoke: 'Artsy account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'artsy-api-key', description: 'Artsy key (32 characters, next to "artsy_api")', names: ['artsy_api', 'artsy-api', 'artsy api', 'artsyapi', 'artsy_key', 'artsy-key', 'artsy key', 'artsykey', 'artsy_token', 'artsy-token', 'artsy token', 'artsytoken', 'artsy_secret', 'artsy-secret', 'artsy secret', 'artsysecret'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'atera',
    title: 'Atera',
    revoke: 'Atera account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'atera-api-key', description: 'Atera key (32 characters, next to "atera")', names: ['atera'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'audd',
    title: 'AudD',
    revoke: 'dashboard.audd.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'audd-api-key', description: 'AudD key (32 characters, next to "audd")', names: ['audd'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'autodesk',
    title: 'Autodesk Platform Services',
    revoke: 'aps.autodesk.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'autodesk-api-key', description: 'Autodesk Platform Services key (32 characters, next to "autodesk")', names: ['autodesk'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'autoklose',
    title: 'Autoklose',
    revoke: 'Autoklose account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'autoklose-api-key', description: 'Autoklose key (32 characters, next to "autoklose")', names: ['autoklose'], value: '[A-Za-z0-9\\-]{32}', alphabet: 'A-Za-z0-9\\-', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'autopilot',
    title: 'Autopilot',
    revoke: 'Autopilot account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'autopilot-api-key', description: 'Autopilot key (32 hex characters, next to "autopilot_api")', names: ['autopilot_api', 'autopilot-api', 'autopilot api', 'autopilotapi', 'autopilot_key', 'autopilot-key', 'autopilot key', 'autopilotkey', 'autopilot_token', 'autopilot-token', 'autopilot token', 'autopilottoken', 'autopilot_secret', 'autopilot-secret', 'autopilot secret', 'autopilotsecret'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'avaza',
    title: 'Avaza',
    revoke: 'Avaza account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'avaza-personal-access-token', description: 'Avaza key (an account number, a dash and 40 hex characters, next to "avaza")', names: ['avaza'], value: '[0-9]{10,30}-[a-f0-9]{40}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars('0123456789', 14)}-${r.chars(HEX, 40)}`}),
    ],
  }),
  provider({
    name: 'aviationstack',
    title: 'aviationstack',
    revoke: 'aviationstack.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'aviationstack-api-key', description: 'aviationstack key (32 characters, next to "aviationstack")', names: ['aviationstack'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'axonaut',
    title: 'Axonaut',
    revoke: 'Axonaut account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'axonaut-api-key', description: 'Axonaut key (32 characters, next to "axonaut")', names: ['axonaut'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'aylien',
    title: 'AYLIEN',
    revoke: 'AYLIEN account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'aylien-api-key', description: 'AYLIEN key (32 characters, next to "aylien")', names: ['aylien'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ayrshare',
    title: 'Ayrshare',
    revoke: 'app.ayrshare.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ayrshare-api-key', description: 'Ayrshare key (35 characters, next to "ayrshare")', names: ['ayrshare'], value: '[A-Z0-9\\-]{35}', alphabet: 'A-Z0-9\\-', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 1) + r.chars(`${UPPER_ALNUM}-`, 33) + r.chars(UPPER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'baremetrics',
    title: 'Baremetrics',
    revoke: 'app.baremetrics.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'baremetrics-api-key', description: 'Baremetrics key (sk_ or lk_ and 18–21 characters, next to "baremetrics")', names: ['baremetrics'], value: '[sl]k_[A-Za-z0-9]{18,21}', alphabet: 'A-Za-z0-9_', reach: 40, sample: (r) => `sk_${r.chars(ALNUM, 21)}`}),
    ],
  }),
  provider({
    name: 'beamer',
    title: 'Beamer',
    revoke: 'app.getbeamer.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'beamer-api-key', description: 'Beamer key (46 characters, next to "getbeamer")', names: ['getbeamer', 'beamer-api-key', 'beamer_api', 'beamer-api', 'beamer api', 'beamerapi', 'beamer_key', 'beamer-key', 'beamer key', 'beamerkey', 'beamer_token', 'beamer-token', 'beamer token', 'beamertoken', 'beamer_secret', 'beamer-secret', 'beamer secret', 'beamersecret'], value: '[A-Za-z0-9+=_\\-]{46}', alphabet: 'A-Za-z0-9+=_\\-', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+=_-`, 44) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'beebole',
    title: 'Beebole',
    revoke: 'Beebole account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'beebole-api-key', description: 'Beebole key (40 characters, next to "beebole")', names: ['beebole'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'besnappy',
    title: 'BeSnappy',
    revoke: 'BeSnappy account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'besnappy-api-key', description: 'BeSnappy key (64 hex characters, next to "besnappy")', names: ['besnappy'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'betterstack',
    title: 'Better Stack',
    revoke: 'betterstack.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'betterstack-api-key', description: 'Better Stack key (24 characters, next to "betterstack")', names: ['betterstack'], value: '[A-Za-z0-9]{24}', reach: 40, sample: (r) => r.chars(ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'billomat',
    title: 'Billomat',
    revoke: 'Billomat account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'billomat-api-key', description: 'Billomat key (32 hex characters, next to "billomat")', names: ['billomat'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'bitbar',
    title: 'BitBar',
    revoke: 'BitBar account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bitbar-api-key', description: 'BitBar key (32 characters, next to "bitbar")', names: ['bitbar'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'bitcoinaverage',
    title: 'BitcoinAverage',
    revoke: 'BitcoinAverage account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bitcoinaverage-api-key', description: 'BitcoinAverage key (43 characters, next to "bitcoinaverage")', names: ['bitcoinaverage'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'bitfinex',
    title: 'Bitfinex',
    revoke: 'setting.bitfinex.com/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bitfinex-api-key', description: 'Bitfinex key (43 characters, next to "bitfinex")', names: ['bitfinex'], value: '[A-Za-z0-9\\-]{43}', alphabet: 'A-Za-z0-9\\-', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 41) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'bitly',
    title: 'Bitly',
    revoke: 'app.bitly.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bitly-access-token', description: 'Bitly key (40 characters, next to "bitly")', names: ['bitly'], value: '[A-Za-z0-9\\-]{40}', alphabet: 'A-Za-z0-9\\-', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 38) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'bitmex',
    title: 'BitMEX',
    revoke: 'www.bitmex.com/app/apiKeys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bitmex-api-key', description: 'BitMEX key (48 characters, next to "bitmex")', names: ['bitmex'], value: '[A-Za-z0-9\\-_]{48}', alphabet: 'A-Za-z0-9\\-_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-_`, 46) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'bittrex',
    title: 'Bittrex',
    revoke: 'Bittrex account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bittrex-access-key', description: 'Bittrex key (32 characters, next to "bittrex")', names: ['bittrex'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'blazemeter',
    title: 'BlazeMeter',
    revoke: 'a.blazemeter.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'blazemeter-api-key', description: 'BlazeMeter key (36 characters, next to "blazemeter")', names: ['blazemeter'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'blitapp',
    title: 'Blitapp',
    revoke: 'Blitapp account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'blitapp-api-key', description: 'Blitapp key (39 characters, next to "blitapp")', names: ['blitapp'], value: '[A-Za-z0-9_]{39}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 37) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'blocknative',
    title: 'Blocknative',
    revoke: 'Blocknative account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'blocknative-api-key', description: 'Blocknative key (a UUID, next to "blocknative")', names: ['blocknative'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
    ],
  }),
  provider({
    name: 'bombbomb',
    title: 'BombBomb',
    revoke: 'BombBomb account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bombbomb-api-key', description: 'BombBomb key (155 characters, next to "bombbomb")', names: ['bombbomb'], value: '[A-Za-z0-9._]{155}', alphabet: 'A-Za-z0-9._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}._`, 153) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'boostnote',
    title: 'Boost Note',
    revoke: 'Boost Note account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'boostnote-api-key', description: 'Boost Note key (64 hex characters, next to "boostnote")', names: ['boostnote'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'borgbase',
    title: 'BorgBase',
    revoke: 'www.borgbase.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'borgbase-api-key', description: 'BorgBase key (149–152 characters, next to "borgbase")', names: ['borgbase'], value: '[A-Za-z0-9\\-.\\/_]{149,152}', alphabet: 'A-Za-z0-9\\-.\\/_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-./_`, 147) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'box',
    title: 'Box',
    revoke: 'app.box.com/developers/console → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'box-api-key', description: 'Box key (32 characters, next to "box_api")', names: ['box_api', 'box-api', 'box api', 'boxapi', 'box_key', 'box-key', 'box key', 'boxkey', 'box_token', 'box-token', 'box token', 'boxtoken', 'box_secret', 'box-secret', 'box secret', 'boxsecret'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'brandfetch',
    title: 'Brandfetch',
    revoke: 'Brandfetch account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'brandfetch-api-key', description: 'Brandfetch key (40 characters, or 44 characters of base64, next to "brandfetch")', names: ['brandfetch'], value: '[A-Za-z0-9+/]{43}=|[A-Za-z0-9]{40}', alphabet: 'A-Za-z0-9+/=', reach: 40, minEntropy: 3.5, sample: (r) => `${r.chars(ALNUM, 43)}=`}),
    ],
  }),
  provider({
    name: 'browserstack',
    title: 'BrowserStack',
    revoke: 'www.browserstack.com/accounts/settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'browserstack-api-key', description: 'BrowserStack key (20 characters, next to "browserstack")', names: ['browserstack'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'browshot',
    title: 'Browshot',
    revoke: 'Browshot account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'browshot-api-key', description: 'Browshot key (28 characters, next to "browshot")', names: ['browshot'], value: '[A-Za-z0-9\\-]{28}', alphabet: 'A-Za-z0-9\\-', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 26) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'bscscan',
    title: 'BscScan',
    revoke: 'bscscan.com/myapikey → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bscscan-api-key', description: 'BscScan key (34 characters, next to "bscscan")', names: ['bscscan'], value: '[A-Z0-9]{34}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 34)}),
    ],
  }),
  provider({
    name: 'buddyns',
    title: 'BuddyNS',
    revoke: 'BuddyNS account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'buddyns-api-key', description: 'BuddyNS key (40 characters, next to "buddyns")', names: ['buddyns'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'budibase',
    title: 'Budibase',
    revoke: 'Budibase account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'budibase-api-key', description: 'Budibase key (111–113 characters, next to "budibase")', names: ['budibase'], value: '[a-z0-9\\-]{111,113}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 109) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'bugherd',
    title: 'BugHerd',
    revoke: 'BugHerd account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bugherd-api-key', description: 'BugHerd key (22 characters, next to "bugherd")', names: ['bugherd'], value: '[a-z0-9]{22}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'bugsnag',
    title: 'Bugsnag',
    revoke: 'app.bugsnag.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bugsnag-api-key', description: 'Bugsnag key (36 characters, next to "bugsnag")', names: ['bugsnag'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'bulbul',
    title: 'Bulbul',
    revoke: 'Bulbul account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bulbul-api-key', description: 'Bulbul key (32 characters, next to "bulbul_api")', names: ['bulbul_api', 'bulbul-api', 'bulbul api', 'bulbulapi', 'bulbul_key', 'bulbul-key', 'bulbul key', 'bulbulkey', 'bulbul_token', 'bulbul-token', 'bulbul token', 'bulbultoken', 'bulbul_secret', 'bulbul-secret', 'bulbul secret', 'bulbulsecret'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'bulksms',
    title: 'BulkSMS',
    revoke: 'BulkSMS account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'bulksms-api-key', description: 'BulkSMS key (37 characters, next to "bulksms")', names: ['bulksms'], value: '[A-Z0-9\\-]{37}', alphabet: 'A-Z0-9\\-', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 1) + r.chars(`${UPPER_ALNUM}-`, 35) + r.chars(UPPER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'buttercms',
    title: 'ButterCMS',
    revoke: 'buttercms.com/settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'buttercms-api-key', description: 'ButterCMS key (40 characters, next to "buttercms")', names: ['buttercms'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'caflou',
    title: 'Caflou',
    revoke: 'Caflou account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'caflou-api-key', description: 'Caflou key (155 characters, next to "caflou")', names: ['caflou'], value: '[A-Za-z0-9.]{155}', alphabet: 'A-Za-z0-9.', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}.`, 153) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'calendarific',
    title: 'Calendarific',
    revoke: 'Calendarific account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'calendarific-api-key', description: 'Calendarific key (32 characters, next to "calendarific")', names: ['calendarific'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'calendly',
    title: 'Calendly',
    revoke: 'calendly.com/integrations/api_webhooks → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'calendly-api-key', description: 'Calendly key (218 characters, next to "calendly")', names: ['calendly'], value: '[A-Za-z0-9\\-._]{218}', alphabet: 'A-Za-z0-9\\-._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-._`, 216) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'calorieninja',
    title: 'CalorieNinjas',
    revoke: 'CalorieNinjas account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'calorieninja-api-key', description: 'CalorieNinjas key (40 characters, next to "calorieninja")', names: ['calorieninja'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'campayn',
    title: 'Campayn',
    revoke: 'Campayn account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'campayn-api-key', description: 'Campayn key (64 characters, next to "campayn")', names: ['campayn'], value: '[a-z0-9]{64}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'cannyio',
    title: 'Canny',
    revoke: 'Canny account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cannyio-api-key', description: 'Canny key (36 characters, next to "cannyio")', names: ['cannyio'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'capsulecrm',
    title: 'Capsule CRM',
    revoke: 'Capsule CRM account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'capsulecrm-api-key', description: 'Capsule CRM key (64 characters, next to "capsulecrm")', names: ['capsulecrm'], value: '[A-Za-z0-9+\\-.=]{64}', alphabet: 'A-Za-z0-9+\\-.=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+-.=`, 62) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'captaindata',
    title: 'Captain Data',
    revoke: 'Captain Data account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'captaindata-api-key', description: 'Captain Data key (64 hex characters, next to "captaindata")', names: ['captaindata'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'carboninterface',
    title: 'Carbon Interface',
    revoke: 'Carbon Interface account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'carboninterface-api-key', description: 'Carbon Interface key (21 characters, next to "carboninterface")', names: ['carboninterface'], value: '[A-Za-z0-9]{21}', reach: 40, sample: (r) => r.chars(ALNUM, 21)}),
    ],
  }),
  provider({
    name: 'cashboard',
    title: 'Cashboard',
    revoke: 'Cashboard account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cashboard-api-key', description: 'Cashboard key (15 characters, next to "cashboard")', names: ['cashboard'], value: '[A-Z0-9\\-]{15}', alphabet: 'A-Z0-9\\-', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(UPPER_ALNUM, 1) + r.chars(`${UPPER_ALNUM}-`, 13) + r.chars(UPPER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'caspio',
    title: 'Caspio',
    revoke: 'Caspio account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'caspio-api-key', description: 'Caspio key (50 characters, next to "caspio")', names: ['caspio'], value: '[a-z0-9]{50}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 50)}),
    ],
  }),
  provider({
    name: 'censys',
    title: 'Censys',
    revoke: 'search.censys.io/account/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'censys-api-key', description: 'Censys key (36 characters, next to "censys")', names: ['censys'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'centralstationcrm',
    title: 'CentralStationCRM',
    revoke: 'CentralStationCRM account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'centralstationcrm-api-key', description: 'CentralStationCRM key (30 characters, next to "centralstationcrm")', names: ['centralstationcrm'], value: '[a-z0-9]{30}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 30)}),
    ],
  }),
  provider({
    name: 'cexio',
    title: 'CEX.IO',
    revoke: 'CEX.IO account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cexio-api-key', description: 'CEX.IO key (27 characters, next to "cexio")', names: ['cexio'], value: '[A-Za-z0-9]{27}', reach: 40, sample: (r) => r.chars(ALNUM, 27)}),
    ],
  }),
  provider({
    name: 'chartmogul',
    title: 'ChartMogul',
    revoke: 'app.chartmogul.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'chartmogul-api-key', description: 'ChartMogul key (32 characters, next to "chartmogul")', names: ['chartmogul'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'chatbot',
    title: 'ChatBot',
    revoke: 'ChatBot account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'chatbot-api-key', description: 'ChatBot key (32 characters, next to "chatbot_api")', names: ['chatbot_api', 'chatbot-api', 'chatbot api', 'chatbotapi', 'chatbot_key', 'chatbot-key', 'chatbot key', 'chatbotkey', 'chatbot_token', 'chatbot-token', 'chatbot token', 'chatbottoken', 'chatbot_secret', 'chatbot-secret', 'chatbot secret', 'chatbotsecret'], value: '[A-Za-z0-9_]{32}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'chatfuel',
    title: 'Chatfuel',
    revoke: 'Chatfuel account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'chatfuel-api-key', description: 'Chatfuel key (128 characters, next to "chatfuel")', names: ['chatfuel', 'chatfule'], value: '[A-Za-z0-9]{128}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 128)}),
    ],
  }),
  provider({
    name: 'checio',
    title: 'Checio',
    revoke: 'Checio account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'checio-api-key', description: 'Checio key (48 characters, next to "checio")', names: ['checio'], value: '[a-z0-9_]{48}', alphabet: 'a-z0-9_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}_`, 46) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'checklyhq',
    title: 'Checkly',
    revoke: 'app.checklyhq.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'checklyhq-api-key', description: 'Checkly key (32 characters, next to "checklyhq")', names: ['checklyhq'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'checkout',
    title: 'Checkout.com',
    revoke: 'dashboard.checkout.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'checkout-api-key', description: 'Checkout.com key (44 characters, next to "checkout_api")', names: ['checkout_api', 'checkout-api', 'checkout api', 'checkoutapi', 'checkout_key', 'checkout-key', 'checkout key', 'checkoutkey', 'checkout_token', 'checkout-token', 'checkout token', 'checkouttoken', 'checkout_secret', 'checkout-secret', 'checkout secret', 'checkoutsecret'], value: '[A-Za-z0-9\\-_]{44}', alphabet: 'A-Za-z0-9\\-_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-_`, 42) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'cicero',
    title: 'Cicero',
    revoke: 'Cicero account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cicero-api-key', description: 'Cicero key (40 characters, next to "cicero")', names: ['cicero'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'cisco-meraki',
    title: 'Cisco Meraki',
    revoke: 'dashboard.meraki.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cisco-meraki-api-key', description: 'Cisco Meraki key (40 hex characters, next to "meraki")', names: ['meraki', 'cisco_meraki'], value: '[a-f0-9]{40}', reach: 40, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'clarifai',
    title: 'Clarifai',
    revoke: 'clarifai.com/settings/security → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clarifai-api-key', description: 'Clarifai key (32 characters, next to "clarifai")', names: ['clarifai'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'clearbit',
    title: 'Clearbit',
    revoke: 'Clearbit account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clearbit-api-key', description: 'Clearbit key (35 characters, next to "clearbit")', names: ['clearbit'], value: '[a-z0-9_]{35}', alphabet: 'a-z0-9_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}_`, 33) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'clickhouse',
    title: 'ClickHouse Cloud',
    revoke: 'clickhouse.cloud → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clickhouse-cloud-api-secret-key', description: 'ClickHouse Cloud secret (42 characters, next to "clickhouse")', names: ['clickhouse'], value: '[A-Za-z0-9]{42}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 42)}),
    ],
  }),
  provider({
    name: 'cliengo',
    title: 'Cliengo',
    revoke: 'Cliengo account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cliengo-api-key', description: 'Cliengo key (a UUID, next to "cliengo")', names: ['cliengo'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
    ],
  }),
  provider({
    name: 'clientary',
    title: 'Clientary',
    revoke: 'Clientary account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clientary-api-key', description: 'Clientary key (25 characters, next to "clientary")', names: ['clientary', 'roninapikey', 'ronin_api_key', 'ronin_api'], value: '[A-Za-z0-9]{25}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 25)}),
    ],
  }),
  provider({
    name: 'clinchpad',
    title: 'ClinchPad',
    revoke: 'ClinchPad account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clinchpad-api-key', description: 'ClinchPad key (32 characters, next to "clinchpad")', names: ['clinchpad'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'clockify',
    title: 'Clockify',
    revoke: 'app.clockify.me/user/settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clockify-api-key', description: 'Clockify key (48 characters, next to "clockify")', names: ['clockify'], value: '[A-Za-z0-9]{48}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'clockwork',
    title: 'Clockwork SMS',
    revoke: 'Clockwork SMS account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clockwork-api-key', description: 'Clockwork SMS key (24 characters, next to "clockworksms")', names: ['clockworksms', 'clockwork_sms', 'clockwork sms', 'clockwork_api', 'clockwork-api', 'clockwork api', 'clockworkapi', 'clockwork_key', 'clockwork-key', 'clockwork key', 'clockworkkey', 'clockwork_token', 'clockwork-token', 'clockwork token', 'clockworktoken', 'clockwork_secret', 'clockwork-secret', 'clockwork secret', 'clockworksecret'], value: '[A-Za-z0-9]{24}', reach: 40, sample: (r) => r.chars(ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'close',
    title: 'Close',
    revoke: 'app.close.com/settings/developer → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'close-api-key', description: 'Close key (49 characters, next to "closecrm")', names: ['closecrm', 'close.com', 'close_crm', 'close_api', 'close-api', 'close api', 'closeapi', 'close_key', 'close-key', 'close key', 'closekey', 'close_token', 'close-token', 'close token', 'closetoken', 'close_secret', 'close-secret', 'close secret', 'closesecret'], value: '[A-Za-z0-9_]{49}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 47) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'cloudconvert',
    title: 'CloudConvert',
    revoke: 'cloudconvert.com/dashboard/api/v2/keys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloudconvert-api-key', description: 'CloudConvert key (1036 characters, next to "cloudconvert")', names: ['cloudconvert'], value: '[A-Za-z0-9\\-\\/=?_]{1036}', alphabet: 'A-Za-z0-9\\-\\/=?_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-/=?_`, 1034) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'cloudelements',
    title: 'Cloud Elements',
    revoke: 'Cloud Elements account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloudelements-api-key', description: 'Cloud Elements key (43 characters, next to "cloudelements")', names: ['cloudelements'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'cloudimage',
    title: 'Cloudimage',
    revoke: 'Cloudimage account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloudimage-api-key', description: 'Cloudimage key (30 characters, next to "cloudimage")', names: ['cloudimage'], value: '[a-z0-9_]{30}', alphabet: 'a-z0-9_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}_`, 28) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'cloudinary',
    title: 'Cloudinary',
    revoke: 'console.cloudinary.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloudinary-api-key', description: 'Cloudinary key (API secret, 27 characters, next to "cloudinary")', names: ['cloudinary'], value: '[A-Za-z0-9_-]{27}', alphabet: 'A-Za-z0-9_-', reach: 40, sample: (r) => r.chars(ALNUM, 27)}),
    ],
  }),
  provider({
    name: 'cloudmersive',
    title: 'Cloudmersive',
    revoke: 'Cloudmersive account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloudmersive-api-key', description: 'Cloudmersive key (36 characters, next to "cloudmersive")', names: ['cloudmersive'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'cloudplan',
    title: 'Cloudplan',
    revoke: 'Cloudplan account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloudplan-api-key', description: 'Cloudplan key (32 characters, next to "cloudplan")', names: ['cloudplan'], value: '[A-Z0-9]{32}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'cloudsmith',
    title: 'Cloudsmith',
    revoke: 'cloudsmith.io/user/settings/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloudsmith-api-key', description: 'Cloudsmith key (40 hex characters, next to "cloudsmith")', names: ['cloudsmith'], value: '[a-f0-9]{40}', reach: 40, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'cloverly',
    title: 'Cloverly',
    revoke: 'Cloverly account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloverly-api-key', description: 'Cloverly key (28 characters, next to "cloverly")', names: ['cloverly'], value: '[a-z0-9:_]{28}', alphabet: 'a-z0-9:_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}:_`, 26) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'cloze',
    title: 'Cloze',
    revoke: 'Cloze account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cloze-api-key', description: 'Cloze key (32 hex characters, next to "cloze_api")', names: ['cloze_api', 'cloze-api', 'cloze api', 'clozeapi', 'cloze_key', 'cloze-key', 'cloze key', 'clozekey', 'cloze_token', 'cloze-token', 'cloze token', 'clozetoken', 'cloze_secret', 'cloze-secret', 'cloze secret', 'clozesecret'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'clustdoc',
    title: 'Clustdoc',
    revoke: 'Clustdoc account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'clustdoc-api-key', description: 'Clustdoc key (60 characters, next to "clustdoc")', names: ['clustdoc'], value: '[A-Za-z0-9]{60}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'coda',
    title: 'Coda',
    revoke: 'coda.io/account → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'coda-api-key', description: 'Coda key (36 characters, next to "coda_api")', names: ['coda_api', 'coda-api', 'coda api', 'codaapi', 'coda_key', 'coda-key', 'coda key', 'codakey', 'coda_token', 'coda-token', 'coda token', 'codatoken', 'coda_secret', 'coda-secret', 'coda secret', 'codasecret'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'codacy',
    title: 'Codacy',
    revoke: 'app.codacy.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'codacy-api-key', description: 'Codacy key (20 characters, next to "codacy")', names: ['codacy'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'codeclimate',
    title: 'Code Climate',
    revoke: 'codeclimate.com/profile/tokens → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'codeclimate-api-key', description: 'Code Climate key (40 hex characters, next to "codeclimate")', names: ['codeclimate'], value: '[a-f0-9]{40}', reach: 40, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'codecov',
    title: 'Codecov',
    revoke: 'app.codecov.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'codecov-access-token', description: 'Codecov key (32 characters, next to "codecov")', names: ['codecov'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'codemagic',
    title: 'Codemagic',
    revoke: 'codemagic.io/teams → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'codemagic-api-key', description: 'Codemagic key (43 characters, next to "codemagic")', names: ['codemagic'], value: '[A-Za-z_]{43}', alphabet: 'A-Za-z_', reach: 40, sample: (r) => r.chars(LETTERS, 1) + r.chars(`${LETTERS}_`, 41) + r.chars(LETTERS, 1)}),
    ],
  }),
  provider({
    name: 'codequiry',
    title: 'Codequiry',
    revoke: 'Codequiry account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'codequiry-api-key', description: 'Codequiry key (64 characters, next to "codequiry")', names: ['codequiry'], value: '[A-Za-z0-9]{64}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'coinapi',
    title: 'CoinAPI',
    revoke: 'CoinAPI account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'coinapi-api-key', description: 'CoinAPI key (36 characters, next to "coinapi")', names: ['coinapi'], value: '[A-Z0-9]{36}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'coinlayer',
    title: 'coinlayer',
    revoke: 'coinlayer.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'coinlayer-api-key', description: 'coinlayer key (32 characters, next to "coinlayer")', names: ['coinlayer'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'collect2',
    title: 'Collect2',
    revoke: 'Collect2 account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'collect2-api-key', description: 'Collect2 key (a UUID, next to "collect2")', names: ['collect2'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
    ],
  }),
  provider({
    name: 'column',
    title: 'Column',
    revoke: 'dashboard.column.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'column-api-key', description: 'Column key (32 characters, next to "column_api")', names: ['column_api', 'column-api', 'column api', 'columnapi', 'column_key', 'column-key', 'column key', 'columnkey', 'column_token', 'column-token', 'column token', 'columntoken', 'column_secret', 'column-secret', 'column secret', 'columnsecret'], value: '[A-Za-z0-9_]{32}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'commercejs',
    title: 'Commerce.js',
    revoke: 'dashboard.chec.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'commercejs-api-key', description: 'Commerce.js key (48 characters, next to "commercejs")', names: ['commercejs'], value: '[a-z0-9_]{48}', alphabet: 'a-z0-9_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}_`, 46) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'commodities',
    title: 'Commodities-API',
    revoke: 'Commodities-API account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'commodities-api-key', description: 'Commodities-API key (60 characters, next to "commodities_api")', names: ['commodities_api', 'commodities-api', 'commodities api', 'commoditiesapi', 'commodities_key', 'commodities-key', 'commodities key', 'commoditieskey', 'commodities_token', 'commodities-token', 'commodities token', 'commoditiestoken', 'commodities_secret', 'commodities-secret', 'commodities secret', 'commoditiessecret'], value: '[A-Za-z0-9]{60}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'companyhub',
    title: 'CompanyHub',
    revoke: 'CompanyHub account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'companyhub-api-key', description: 'CompanyHub key (20 characters, next to "companyhub")', names: ['companyhub'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'confluent',
    title: 'Confluent Cloud',
    revoke: 'confluent.cloud/settings/api-keys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'confluent-access-token', description: 'Confluent Cloud key (16 characters, next to "confluent")', names: ['confluent'], value: '[a-z0-9]{16}', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(LOWER_ALNUM, 16)}),
      named({id: 'confluent-api-key', description: 'Confluent Cloud key (64 characters, next to "confluent")', names: ['confluent'], value: '[A-Za-z0-9]{64}', reach: 40, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'conversiontools',
    title: 'Conversion Tools',
    revoke: 'Conversion Tools account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'conversiontools-api-key', description: 'Conversion Tools key (161 characters, next to "conversiontools")', names: ['conversiontools'], value: '[A-Za-z0-9._]{161}', alphabet: 'A-Za-z0-9._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}._`, 159) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'convertapi',
    title: 'ConvertAPI',
    revoke: 'www.convertapi.com/a → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'convertapi-api-key', description: 'ConvertAPI key (23 characters, next to "convertapi")', names: ['convertapi'], value: '[A-Za-z0-9_]{23}', alphabet: 'A-Za-z0-9_', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 21) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'convertkit',
    title: 'ConvertKit (Kit)',
    revoke: 'app.convertkit.com/account_settings/advanced_settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'convertkit-api-key', description: 'ConvertKit (Kit) key (22 characters, next to "convertkit")', names: ['convertkit'], value: '[A-Za-z]{22}', reach: 40, sample: (r) => r.chars(LETTERS, 22)}),
    ],
  }),
  provider({
    name: 'convier',
    title: 'Convier',
    revoke: 'Convier account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'convier-api-key', description: 'Convier key (43 characters, next to "convier")', names: ['convier'], value: '[A-Za-z0-9|]{43}', alphabet: 'A-Za-z0-9|', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}|`, 41) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'copper',
    title: 'Copper CRM',
    revoke: 'Copper CRM account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'copper-api-key', description: 'Copper CRM key (32 characters, next to "copper_api")', names: ['copper_api', 'copper-api', 'copper api', 'copperapi', 'copper_key', 'copper-key', 'copper key', 'copperkey', 'copper_token', 'copper-token', 'copper token', 'coppertoken', 'copper_secret', 'copper-secret', 'copper secret', 'coppersecret'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'countrylayer',
    title: 'countrylayer',
    revoke: 'countrylayer.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'countrylayer-api-key', description: 'countrylayer key (32 characters, next to "countrylayer")', names: ['countrylayer'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'courier',
    title: 'Courier',
    revoke: 'app.courier.com/settings/api-keys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'courier-api-key', description: 'Courier key (83 characters, next to "courier_api")', names: ['courier_api', 'courier-api', 'courier api', 'courierapi', 'courier_key', 'courier-key', 'courier key', 'courierkey', 'courier_token', 'courier-token', 'courier token', 'couriertoken', 'courier_secret', 'courier-secret', 'courier secret', 'couriersecret'], value: '[A-Za-z0-9_]{83}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 81) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'coveralls',
    title: 'Coveralls',
    revoke: 'coveralls.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'coveralls-api-key', description: 'Coveralls key (37 characters, next to "coveralls_api")', names: ['coveralls_api', 'coveralls-api', 'coveralls api', 'coverallsapi', 'coveralls_key', 'coveralls-key', 'coveralls key', 'coverallskey', 'coveralls_token', 'coveralls-token', 'coveralls token', 'coverallstoken', 'coveralls_secret', 'coveralls-secret', 'coveralls secret', 'coverallssecret'], value: '[A-Za-z0-9\\-]{37}', alphabet: 'A-Za-z0-9\\-', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 35) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'craftmypdf',
    title: 'CraftMyPDF',
    revoke: 'CraftMyPDF account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'craftmypdf-api-key', description: 'CraftMyPDF key (35 characters, next to "craftmypdf")', names: ['craftmypdf'], value: '[A-Za-z0-9]{35}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 35)}),
    ],
  }),
  provider({
    name: 'crowdin',
    title: 'Crowdin',
    revoke: 'crowdin.com/settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'crowdin-api-key', description: 'Crowdin key (80 characters, next to "crowdin")', names: ['crowdin'], value: '[A-Za-z0-9]{80}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 80)}),
    ],
  }),
  provider({
    name: 'cryptocompare',
    title: 'CryptoCompare',
    revoke: 'CryptoCompare account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'cryptocompare-api-key', description: 'CryptoCompare key (64 characters, next to "cryptocompare")', names: ['cryptocompare'], value: '[a-z0-9\\-]{64}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 62) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'currencycloud',
    title: 'Currencycloud',
    revoke: 'Currencycloud account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'currencycloud-api-key', description: 'Currencycloud key (64 hex characters, next to "currencycloud")', names: ['currencycloud'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'currencyfreaks',
    title: 'CurrencyFreaks',
    revoke: 'CurrencyFreaks account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'currencyfreaks-api-key', description: 'CurrencyFreaks key (32 characters, next to "currencyfreaks")', names: ['currencyfreaks'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'currencylayer',
    title: 'currencylayer',
    revoke: 'currencylayer.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'currencylayer-api-key', description: 'currencylayer key (32 characters, next to "currencylayer")', names: ['currencylayer'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'currencyscoop',
    title: 'CurrencyScoop',
    revoke: 'CurrencyScoop account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'currencyscoop-api-key', description: 'CurrencyScoop key (32 characters, next to "currencyscoop")', names: ['currencyscoop'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'currentsapi',
    title: 'Currents API',
    revoke: 'Currents API account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'currentsapi-api-key', description: 'Currents API key (48 characters, next to "currentsapi")', names: ['currentsapi'], value: '[A-Za-z0-9\\-_]{48}', alphabet: 'A-Za-z0-9\\-_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-_`, 46) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'customerio',
    title: 'Customer.io',
    revoke: 'fly.customer.io/settings/api_credentials → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'customerio-api-key', description: 'Customer.io key (20 characters, next to "customerio")', names: ['customerio'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'dailyco',
    title: 'Daily',
    revoke: 'dashboard.daily.co/developers → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dailyco-api-key', description: 'Daily key (64 hex characters, next to "dailyco")', names: ['dailyco'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'dandelion',
    title: 'Dandelion API',
    revoke: 'Dandelion API account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dandelion-api-key', description: 'Dandelion API key (32 characters, next to "dandelion_api")', names: ['dandelion_api', 'dandelion-api', 'dandelion api', 'dandelionapi', 'dandelion_key', 'dandelion-key', 'dandelion key', 'dandelionkey', 'dandelion_token', 'dandelion-token', 'dandelion token', 'dandeliontoken', 'dandelion_secret', 'dandelion-secret', 'dandelion secret', 'dandelionsecret'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'dareboost',
    title: 'Dareboost',
    revoke: 'Dareboost account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dareboost-api-key', description: 'Dareboost key (60 characters, next to "dareboost")', names: ['dareboost'], value: '[A-Za-z0-9]{60}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 60)}),
    ],
  }),
  provider({
    name: 'databox',
    title: 'Databox',
    revoke: 'Databox account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'databox-api-key', description: 'Databox key (21 characters, next to "databox")', names: ['databox'], value: '[a-z0-9]{21}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 21)}),
    ],
  }),
  provider({
    name: 'datagov',
    title: 'api.data.gov',
    revoke: 'api.data.gov → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'datagov-api-key', description: 'api.data.gov key (40 characters, next to "data_gov")', names: ['data_gov', 'datagov', 'data.gov'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'debounce',
    title: 'DeBounce',
    revoke: 'DeBounce account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'debounce-api-key', description: 'DeBounce key (13 characters, next to "debounce_api")', names: ['debounce_api', 'debounce-api', 'debounce api', 'debounceapi', 'debounce_key', 'debounce-key', 'debounce key', 'debouncekey', 'debounce_token', 'debounce-token', 'debounce token', 'debouncetoken', 'debounce_secret', 'debounce-secret', 'debounce secret', 'debouncesecret'], value: '[A-Za-z0-9]{13}', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(ALNUM, 13)}),
    ],
  }),
  provider({
    name: 'deepai',
    title: 'DeepAI',
    revoke: 'deepai.org/dashboard/profile → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'deepai-api-key', description: 'DeepAI key (36 characters, next to "deepai")', names: ['deepai'], value: '[a-z0-9]{36}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'delighted',
    title: 'Delighted',
    revoke: 'Delighted account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'delighted-api-key', description: 'Delighted key (32 characters, next to "delighted_api")', names: ['delighted_api', 'delighted-api', 'delighted api', 'delightedapi', 'delighted_key', 'delighted-key', 'delighted key', 'delightedkey', 'delighted_token', 'delighted-token', 'delighted token', 'delightedtoken', 'delighted_secret', 'delighted-secret', 'delighted secret', 'delightedsecret'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'demio',
    title: 'Demio',
    revoke: 'Demio account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'demio-api-key', description: 'Demio key (32 characters, next to "demio")', names: ['demio'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'deputy',
    title: 'Deputy',
    revoke: 'Deputy account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'deputy-api-key', description: 'Deputy key (32 characters, next to "deputy_api")', names: ['deputy_api', 'deputy-api', 'deputy api', 'deputyapi', 'deputy_key', 'deputy-key', 'deputy key', 'deputykey', 'deputy_token', 'deputy-token', 'deputy token', 'deputytoken', 'deputy_secret', 'deputy-secret', 'deputy secret', 'deputysecret'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'detectify',
    title: 'Detectify',
    revoke: 'Detectify account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'detectify-api-key', description: 'Detectify key (32 characters, next to "detectify")', names: ['detectify'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'detectlanguage',
    title: 'Detect Language',
    revoke: 'detectlanguage.com/private → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'detectlanguage-api-key', description: 'Detect Language key (32 characters, next to "detectlanguage")', names: ['detectlanguage'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'dfuse',
    title: 'dfuse',
    revoke: 'dfuse account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dfuse-api-key', description: 'dfuse key (36 characters, next to "dfuse")', names: ['dfuse'], value: '[a-z0-9_]{36}', alphabet: 'a-z0-9_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}_`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'diffbot',
    title: 'Diffbot',
    revoke: 'app.diffbot.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'diffbot-api-key', description: 'Diffbot key (32 characters, next to "diffbot")', names: ['diffbot'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'diggernaut',
    title: 'Diggernaut',
    revoke: 'Diggernaut account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'diggernaut-api-key', description: 'Diggernaut key (40 characters, next to "diggernaut")', names: ['diggernaut'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'disqus',
    title: 'Disqus',
    revoke: 'disqus.com/api/applications → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'disqus-api-key', description: 'Disqus key (64 characters, next to "disqus")', names: ['disqus'], value: '[A-Za-z0-9]{64}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'ditto',
    title: 'Ditto',
    revoke: 'Ditto account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ditto-api-key', description: 'Ditto key (77 characters, next to "ditto_api")', names: ['ditto_api', 'ditto-api', 'ditto api', 'dittoapi', 'ditto_key', 'ditto-key', 'ditto key', 'dittokey', 'ditto_token', 'ditto-token', 'ditto token', 'dittotoken', 'ditto_secret', 'ditto-secret', 'ditto secret', 'dittosecret'], value: '[a-z0-9\\-.]{77}', alphabet: 'a-z0-9\\-.', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-.`, 75) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'dnscheck',
    title: 'DNS Check',
    revoke: 'DNS Check account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dnscheck-api-key', description: 'DNS Check key (36 characters, next to "dnscheck")', names: ['dnscheck'], value: '[A-Za-z0-9]{36}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'docparser',
    title: 'Docparser',
    revoke: 'Docparser account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'docparser-api-key', description: 'Docparser key (40 hex characters, next to "docparser")', names: ['docparser'], value: '[a-f0-9]{40}', reach: 40, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'docusign',
    title: 'DocuSign',
    revoke: 'admindemo.docusign.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'docusign-api-key', description: 'DocuSign key (a UUID, next to "docusign")', names: ['docusign'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
    ],
  }),
  provider({
    name: 'dotdigital',
    title: 'Dotdigital',
    revoke: 'Dotdigital account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dotdigital-api-key', description: 'Dotdigital key (37 characters, next to "dotdigital")', names: ['dotdigital'], value: '[a-z0-9\\-.@]{37}', alphabet: 'a-z0-9\\-.@', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-.@`, 35) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'dovico',
    title: 'Dovico',
    revoke: 'Dovico account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dovico-api-key', description: 'Dovico key (32 characters, a dot and 6 characters, next to "dovico")', names: ['dovico'], value: '[a-z0-9]{32}\\.[a-z0-9]{6}', alphabet: 'A-Za-z0-9.', reach: 40, sample: (r) => `${r.chars(LOWER_ALNUM, 32)}.${r.chars(LOWER_ALNUM, 6)}`}),
    ],
  }),
  provider({
    name: 'dronahq',
    title: 'DronaHQ',
    revoke: 'DronaHQ account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dronahq-api-key', description: 'DronaHQ key (50 characters, next to "dronahq")', names: ['dronahq'], value: '[a-z0-9]{50}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 50)}),
    ],
  }),
  provider({
    name: 'droneci',
    title: 'Drone CI',
    revoke: 'Drone CI account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'droneci-api-key', description: 'Drone CI key (32 characters, next to "droneci")', names: ['droneci'], value: '[A-Za-z0-9]{32}', reach: 40, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'duply',
    title: 'Duply',
    revoke: 'Duply account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'duply-api-key', description: 'Duply key (a UUID, next to "duply")', names: ['duply'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
    ],
  }),
  provider({
    name: 'dwolla',
    title: 'Dwolla',
    revoke: 'Dwolla account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dwolla-api-key', description: 'Dwolla key (50 characters, next to "dwolla")', names: ['dwolla'], value: '[A-Za-z0-9]{50}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 50)}),
    ],
  }),
  provider({
    name: 'dynalist',
    title: 'Dynalist',
    revoke: 'dynalist.io/developer → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dynalist-api-key', description: 'Dynalist key (128 characters, next to "dynalist")', names: ['dynalist'], value: '[A-Za-z0-9\\-_]{128}', alphabet: 'A-Za-z0-9\\-_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-_`, 126) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'dyspatch',
    title: 'Dyspatch',
    revoke: 'Dyspatch account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'dyspatch-api-key', description: 'Dyspatch key (52 characters, next to "dyspatch")', names: ['dyspatch'], value: '[A-Z0-9]{52}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 52)}),
    ],
  }),
  provider({
    name: 'eagleeyenetworks',
    title: 'Eagle Eye Networks',
    revoke: 'Eagle Eye Networks account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'eagleeyenetworks-api-key', description: 'Eagle Eye Networks key (15 characters, next to "eagleeyenetworks")', names: ['eagleeyenetworks'], value: '[A-Za-z0-9]{15}', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(ALNUM, 15)}),
    ],
  }),
  provider({
    name: 'easyinsight',
    title: 'Easy Insight',
    revoke: 'Easy Insight account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'easyinsight-api-key', description: 'Easy Insight key (20 characters, next to "easyinsight")', names: ['easyinsight'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'ecostruxureit',
    title: 'EcoStruxure IT',
    revoke: 'EcoStruxure IT account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ecostruxureit-api-key', description: 'EcoStruxure IT key (54 characters, next to "ecostruxureit")', names: ['ecostruxureit'], value: '[A-Za-z0-9\\/]{54}', alphabet: 'A-Za-z0-9\\/', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}/`, 52) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'edamam',
    title: 'Edamam',
    revoke: 'developer.edamam.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'edamam-api-key', description: 'Edamam key (32 characters, next to "edamam")', names: ['edamam'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'edenai',
    title: 'Eden AI',
    revoke: 'app.edenai.run → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'edenai-api-key', description: 'Eden AI key (173 characters, next to "edenai")', names: ['edenai'], value: '[A-Za-z0-9}]{173}', alphabet: 'A-Za-z0-9}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}}`, 171) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'eightxeight',
    title: '8x8',
    revoke: '8x8 account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'eightxeight-api-key', description: '8x8 key (43 characters, next to "8x8")', names: ['8x8', 'eightxeight'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'elasticemail',
    title: 'Elastic Email',
    revoke: 'Elastic Email account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'elasticemail-api-key', description: 'Elastic Email key (96 characters, next to "elasticemail")', names: ['elasticemail'], value: '[A-Za-z0-9\\-]{96}', alphabet: 'A-Za-z0-9\\-', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 94) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'enablex',
    title: 'EnableX',
    revoke: 'EnableX account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'enablex-api-key', description: 'EnableX key (36 characters, next to "enablex")', names: ['enablex'], value: '[A-Za-z0-9]{36}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'endorlabs',
    title: 'Endor Labs',
    revoke: 'Endor Labs account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'endorlabs-api-key', description: 'Endor Labs key (21 characters, next to "endorlabs")', names: ['endorlabs'], value: '[A-Za-z0-9+]{21}', alphabet: 'A-Za-z0-9+', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+`, 19) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'enigma',
    title: 'Enigma',
    revoke: 'Enigma account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'enigma-api-key', description: 'Enigma key (40 characters, next to "enigma_api")', names: ['enigma_api', 'enigma-api', 'enigma api', 'enigmaapi', 'enigma_key', 'enigma-key', 'enigma key', 'enigmakey', 'enigma_token', 'enigma-token', 'enigma token', 'enigmatoken', 'enigma_secret', 'enigma-secret', 'enigma secret', 'enigmasecret'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'envoy',
    title: 'Envoy',
    revoke: 'Envoy account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'envoy-api-key', description: 'Envoy key (220 characters, next to "envoy_api")', names: ['envoy_api', 'envoy-api', 'envoy api', 'envoyapi', 'envoy_key', 'envoy-key', 'envoy key', 'envoykey', 'envoy_token', 'envoy-token', 'envoy token', 'envoytoken', 'envoy_secret', 'envoy-secret', 'envoy secret', 'envoysecret'], value: '[A-Za-z0-9]{220}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 220)}),
    ],
  }),
  provider({
    name: 'eraser',
    title: 'Eraser',
    revoke: 'Eraser account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'eraser-api-key', description: 'Eraser key (20 characters, next to "eraser_api")', names: ['eraser_api', 'eraser-api', 'eraser api', 'eraserapi', 'eraser_key', 'eraser-key', 'eraser key', 'eraserkey', 'eraser_token', 'eraser-token', 'eraser token', 'erasertoken', 'eraser_secret', 'eraser-secret', 'eraser secret', 'erasersecret'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'etherscan',
    title: 'Etherscan',
    revoke: 'etherscan.io/myapikey → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'etherscan-api-key', description: 'Etherscan key (34 characters, next to "etherscan")', names: ['etherscan'], value: '[A-Z0-9]{34}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 34)}),
    ],
  }),
  provider({
    name: 'ethplorer',
    title: 'Ethplorer',
    revoke: 'Ethplorer account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ethplorer-api-key', description: 'Ethplorer key (22 characters, next to "ethplorer")', names: ['ethplorer'], value: '[A-Za-z0-9]{22}', reach: 40, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'etsy',
    title: 'Etsy',
    revoke: 'www.etsy.com/developers/your-apps → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'etsy-access-token', description: 'Etsy key (24 characters, next to "etsy")', names: ['etsy'], value: '[a-z0-9]{24}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'eventbrite',
    title: 'Eventbrite',
    revoke: 'www.eventbrite.com/account-settings/apps → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'eventbrite-api-key', description: 'Eventbrite key (20 characters, next to "eventbrite")', names: ['eventbrite'], value: '[A-Z0-9]{20}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'everhour',
    title: 'Everhour',
    revoke: 'Everhour account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'everhour-api-key', description: 'Everhour key (32 characters, next to "everhour")', names: ['everhour'], value: '[a-z0-9\\-]{32}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 30) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'exchangerate',
    title: 'ExchangeRate-API',
    revoke: 'app.exchangerate-api.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'exchangerate-api-key', description: 'ExchangeRate-API key (24 hex characters, next to "exchangerate")', names: ['exchangerate'], value: '[a-f0-9]{24}', reach: 40, sample: (r) => r.chars(HEX, 24)}),
    ],
  }),
  provider({
    name: 'exchangerates',
    title: 'Exchange Rates API',
    revoke: 'Exchange Rates API account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'exchangerates-api-key', description: 'Exchange Rates API key (32 characters, next to "exchangerates")', names: ['exchangerates'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'exportsdk',
    title: 'ExportSDK',
    revoke: 'ExportSDK account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'exportsdk-api-key', description: 'ExportSDK key (43 characters, next to "exportsdk")', names: ['exportsdk'], value: '[a-z0-9\\-_]{43}', alphabet: 'a-z0-9\\-_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-_`, 41) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'extractorapi',
    title: 'ExtractorAPI',
    revoke: 'ExtractorAPI account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'extractorapi-api-key', description: 'ExtractorAPI key (40 characters, next to "extractorapi")', names: ['extractorapi'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'faceplusplus',
    title: 'Face++',
    revoke: 'console.faceplusplus.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'faceplusplus-api-key', description: 'Face++ key (32 characters, next to "faceplusplus")', names: ['faceplusplus'], value: '[A-Za-z0-9_]{32}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'fastforex',
    title: 'fastFOREX',
    revoke: 'fastFOREX account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fastforex-api-key', description: 'fastFOREX key (28 characters, next to "fastforex")', names: ['fastforex'], value: '[a-z0-9\\-]{28}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 26) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'fastly',
    title: 'Fastly',
    revoke: 'manage.fastly.com/account/personal/tokens → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fastly-api-token', description: 'Fastly key (32 characters, next to "fastly")', names: ['fastly'], value: '[A-Za-z0-9\\-]{32}', alphabet: 'A-Za-z0-9\\-', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'feedier',
    title: 'Feedier',
    revoke: 'Feedier account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'feedier-api-key', description: 'Feedier key (32 characters, next to "feedier")', names: ['feedier'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'fetchrss',
    title: 'FetchRSS',
    revoke: 'FetchRSS account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fetchrss-api-key', description: 'FetchRSS key (40 characters, next to "fetchrss")', names: ['fetchrss'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'fibery',
    title: 'Fibery',
    revoke: 'Fibery account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fibery-api-key', description: 'Fibery key (44 characters, next to "fibery")', names: ['fibery'], value: '[a-z0-9.]{44}', alphabet: 'a-z0-9.', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}.`, 42) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'fileio',
    title: 'file.io',
    revoke: 'file.io account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fileio-api-key', description: 'file.io key (39 characters, next to "fileio")', names: ['fileio'], value: '[A-Z0-9.]{39}', alphabet: 'A-Z0-9.', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 1) + r.chars(`${UPPER_ALNUM}.`, 37) + r.chars(UPPER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'financialmodelingprep',
    title: 'Financial Modeling Prep',
    revoke: 'Financial Modeling Prep account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'financialmodelingprep-api-key', description: 'Financial Modeling Prep key (32 characters, next to "financialmodelingprep")', names: ['financialmodelingprep'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'findl',
    title: 'Findl',
    revoke: 'Findl account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'findl-api-key', description: 'Findl key (36 characters, next to "findl")', names: ['findl'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'finicity',
    title: 'Finicity',
    revoke: 'Finicity account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'finicity-client-secret', description: 'Finicity secret (20 characters, next to "finicity")', names: ['finicity'], value: '[a-z0-9]{20}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 20)}),
      named({id: 'finicity-api-token', description: 'Finicity key (32 hex characters, next to "finicity")', names: ['finicity'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'finnhub',
    title: 'Finnhub',
    revoke: 'finnhub.io/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'finnhub-api-key', description: 'Finnhub key (20 characters, next to "finnhub")', names: ['finnhub'], value: '[a-z0-9]{20}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'fixerio',
    title: 'Fixer',
    revoke: 'fixer.io/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fixerio-api-key', description: 'Fixer key (32 characters, next to "fixerio")', names: ['fixerio'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'flatio',
    title: 'Flatio',
    revoke: 'Flatio account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'flatio-api-key', description: 'Flatio key (128 characters, next to "flatio")', names: ['flatio'], value: '[a-z0-9]{128}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 128)}),
    ],
  }),
  provider({
    name: 'flickr',
    title: 'Flickr',
    revoke: 'www.flickr.com/services/apps → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'flickr-api-key', description: 'Flickr key (32 characters, next to "flickr")', names: ['flickr'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'flightapi',
    title: 'FlightAPI',
    revoke: 'FlightAPI account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'flightapi-api-key', description: 'FlightAPI key (24 characters, next to "flightapi")', names: ['flightapi'], value: '[a-z0-9]{24}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'flightlabs',
    title: 'FlightLabs',
    revoke: 'FlightLabs account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'flightlabs-api-key', description: 'FlightLabs key (283 characters, next to "flightlabs")', names: ['flightlabs'], value: '[A-Za-z0-9\\-._]{283}', alphabet: 'A-Za-z0-9\\-._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-._`, 281) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'flightstats',
    title: 'FlightStats',
    revoke: 'FlightStats account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'flightstats-api-key', description: 'FlightStats key (32 characters, next to "flightstats")', names: ['flightstats'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'float',
    title: 'Float',
    revoke: 'Float account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'float-api-key', description: 'Float key (59 characters, next to "float_api")', names: ['float_api', 'float-api', 'float api', 'floatapi', 'float_key', 'float-key', 'float key', 'floatkey', 'float_token', 'float-token', 'float token', 'floattoken', 'float_secret', 'float-secret', 'float secret', 'floatsecret'], value: '[A-Za-z0-9=]{59}', alphabet: 'A-Za-z0-9=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}=`, 57) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'flowflu',
    title: 'Flowlu',
    revoke: 'Flowlu account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'flowflu-api-key', description: 'Flowlu key (51 characters, next to "flowflu")', names: ['flowflu'], value: '[A-Za-z0-9]{51}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 51)}),
    ],
  }),
  provider({
    name: 'fmfw',
    title: 'FMFW.io',
    revoke: 'FMFW.io account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fmfw-api-key', description: 'FMFW.io key (32 characters, next to "fmfw")', names: ['fmfw'], value: '[A-Za-z0-9_]{32}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'formbucket',
    title: 'FormBucket',
    revoke: 'FormBucket account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'formbucket-api-key', description: 'FormBucket key (122 characters, next to "formbucket")', names: ['formbucket'], value: '[A-Za-z0-9._]{122}', alphabet: 'A-Za-z0-9._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}._`, 120) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'formcraft',
    title: 'FormCraft',
    revoke: 'FormCraft account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'formcraft-api-key', description: 'FormCraft key (16 characters, next to "formcraft")', names: ['formcraft'], value: '[a-z0-9]{16}', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(LOWER_ALNUM, 16)}),
    ],
  }),
  provider({
    name: 'formio',
    title: 'Form.io',
    revoke: 'Form.io account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'formio-api-key', description: 'Form.io key (328 characters, next to "formio")', names: ['formio'], value: '[A-Za-z0-9\\-.]{328}', alphabet: 'A-Za-z0-9\\-.', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-.`, 326) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'formsite',
    title: 'Formsite',
    revoke: 'Formsite account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'formsite-api-key', description: 'Formsite key (32 characters, next to "formsite")', names: ['formsite'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'foursquare',
    title: 'Foursquare',
    revoke: 'foursquare.com/developers → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'foursquare-api-key', description: 'Foursquare key (48 characters, next to "foursquare")', names: ['foursquare'], value: '[A-Z0-9]{48}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 48)}),
    ],
  }),
  provider({
    name: 'freshbooks',
    title: 'FreshBooks',
    revoke: 'my.freshbooks.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'freshbooks-api-key', description: 'FreshBooks key (64 characters, next to "freshbooks")', names: ['freshbooks'], value: '[a-z0-9]{64}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'freshdesk',
    title: 'Freshdesk',
    revoke: 'Freshdesk account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'freshdesk-api-key', description: 'Freshdesk key (20 characters, next to "freshdesk")', names: ['freshdesk'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'front',
    title: 'Front',
    revoke: 'Front account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'front-api-key', description: 'Front key (238 characters, next to "front_api")', names: ['front_api', 'front-api', 'front api', 'frontapi', 'front_key', 'front-key', 'front key', 'frontkey', 'front_token', 'front-token', 'front token', 'fronttoken', 'front_secret', 'front-secret', 'front secret', 'frontsecret'], value: '[A-Za-z0-9\\-._]{238}', alphabet: 'A-Za-z0-9\\-._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-._`, 236) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'fulcrum',
    title: 'Fulcrum',
    revoke: 'Fulcrum account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fulcrum-api-key', description: 'Fulcrum key (80 characters, next to "fulcrum_api")', names: ['fulcrum_api', 'fulcrum-api', 'fulcrum api', 'fulcrumapi', 'fulcrum_key', 'fulcrum-key', 'fulcrum key', 'fulcrumkey', 'fulcrum_token', 'fulcrum-token', 'fulcrum token', 'fulcrumtoken', 'fulcrum_secret', 'fulcrum-secret', 'fulcrum secret', 'fulcrumsecret'], value: '[a-z0-9]{80}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 80)}),
    ],
  }),
  provider({
    name: 'fullstory',
    title: 'FullStory',
    revoke: 'app.fullstory.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fullstory-api-key', description: 'FullStory key (88–104 characters, next to "fullstory")', names: ['fullstory'], value: '[A-Za-z0-9+\\-.\\/]{88,104}', alphabet: 'A-Za-z0-9+\\-.\\/', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+-./`, 86) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'fxmarket',
    title: 'FXMarketAPI',
    revoke: 'FXMarketAPI account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'fxmarket-api-key', description: 'FXMarketAPI key (20 characters, next to "fxmarket")', names: ['fxmarket'], value: '[A-Za-z0-9_]{20}', alphabet: 'A-Za-z0-9_', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 18) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'geckoboard',
    title: 'Geckoboard',
    revoke: 'Geckoboard account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'geckoboard-api-key', description: 'Geckoboard key (44 characters, next to "geckoboard")', names: ['geckoboard'], value: '[A-Za-z0-9]{44}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 44)}),
    ],
  }),
  provider({
    name: 'gengo',
    title: 'Gengo',
    revoke: 'Gengo account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'gengo-api-key', description: 'Gengo key (64 characters, next to "gengo")', names: ['gengo'], value: '[A-Za-z0-9$@\\^]{64}', alphabet: 'A-Za-z0-9$@\\^', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}\$@^`, 62) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'geoapify',
    title: 'Geoapify',
    revoke: 'myprojects.geoapify.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'geoapify-api-key', description: 'Geoapify key (32 characters, next to "geoapify")', names: ['geoapify'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'geocode',
    title: 'Geocode.xyz',
    revoke: 'Geocode.xyz account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'geocode-api-key', description: 'Geocode.xyz key (28 characters, next to "geocode_api")', names: ['geocode_api', 'geocode-api', 'geocode api', 'geocodeapi', 'geocode_key', 'geocode-key', 'geocode key', 'geocodekey', 'geocode_token', 'geocode-token', 'geocode token', 'geocodetoken', 'geocode_secret', 'geocode-secret', 'geocode secret', 'geocodesecret', 'geocode.xyz'], value: '[a-z0-9]{28}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 28)}),
    ],
  }),
  provider({
    name: 'geocodify',
    title: 'Geocodify',
    revoke: 'Geocodify account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'geocodify-api-key', description: 'Geocodify key (40 characters, next to "geocodify")', names: ['geocodify'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'geocodio',
    title: 'Geocodio',
    revoke: 'dash.geocod.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'geocodio-api-key', description: 'Geocodio key (39 characters, next to "geocodio")', names: ['geocodio'], value: '[a-z0-9]{39}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 39)}),
    ],
  }),
  provider({
    name: 'geoipifi',
    title: 'IPify Geolocation',
    revoke: 'IPify Geolocation account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'geoipifi-api-key', description: 'IPify Geolocation key (32 characters, next to "geoipifi")', names: ['geoipifi'], value: '[A-Za-z0-9_]{32}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 30) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'getemail',
    title: 'GetEmail.io',
    revoke: 'GetEmail.io account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'getemail-api-key', description: 'GetEmail.io key (20 characters, next to "getemail")', names: ['getemail'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'getemails',
    title: 'GetEmails',
    revoke: 'GetEmails account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'getemails-api-key', description: 'GetEmails key (26 characters, next to "getemails")', names: ['getemails'], value: '[a-z0-9]{26}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 26)}),
    ],
  }),
  provider({
    name: 'getgeoapi',
    title: 'GetGeoAPI',
    revoke: 'GetGeoAPI account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'getgeoapi-api-key', description: 'GetGeoAPI key (40 characters, next to "getgeoapi")', names: ['getgeoapi'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'getgist',
    title: 'Gist',
    revoke: 'Gist account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'getgist-api-key', description: 'Gist key (68 characters, next to "getgist")', names: ['getgist'], value: '[A-Za-z0-9+=]{68}', alphabet: 'A-Za-z0-9+=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+=`, 66) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'getresponse',
    title: 'GetResponse',
    revoke: 'app.getresponse.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'getresponse-api-key', description: 'GetResponse key (32 characters, next to "getresponse")', names: ['getresponse'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'getsandbox',
    title: 'Sandbox (getsandbox.com)',
    revoke: 'Sandbox (getsandbox.com) account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'getsandbox-api-key', description: 'Sandbox (getsandbox.com) key (40 characters, next to "getsandbox")', names: ['getsandbox'], value: '[a-z0-9\\-]{40}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 38) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'gitter',
    title: 'Gitter',
    revoke: 'Gitter account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'gitter-api-key', description: 'Gitter key (40 characters, next to "gitter")', names: ['gitter'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'glassnode',
    title: 'Glassnode',
    revoke: 'studio.glassnode.com/settings/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'glassnode-api-key', description: 'Glassnode key (27 characters, next to "glassnode")', names: ['glassnode'], value: '[A-Za-z0-9]{27}', reach: 40, sample: (r) => r.chars(ALNUM, 27)}),
    ],
  }),
  provider({
    name: 'gocanvas',
    title: 'GoCanvas',
    revoke: 'GoCanvas account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'gocanvas-api-key', description: 'GoCanvas key (44 characters, next to "gocanvas")', names: ['gocanvas'], value: '[A-Za-z0-9+\\/=]{44}', alphabet: 'A-Za-z0-9+\\/=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+/=`, 42) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'gocardless',
    title: 'GoCardless',
    revoke: 'manage.gocardless.com/developers → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'gocardless-api-token', description: 'GoCardless key (45 characters, next to "gocardless")', names: ['gocardless'], value: '[a-z0-9\\-=_]{45}', alphabet: 'a-z0-9\\-=_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-=_`, 43) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'godaddy',
    title: 'GoDaddy',
    revoke: 'developer.godaddy.com/keys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'godaddy-api-key', description: 'GoDaddy key (35–37 characters, next to "godaddy")', names: ['godaddy', 'go_daddy'], value: '[A-Za-z0-9_]{35,37}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 33) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'goodday',
    title: 'GoodDay',
    revoke: 'GoodDay account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'goodday-api-key', description: 'GoodDay key (32 characters, next to "goodday_api")', names: ['goodday_api', 'goodday-api', 'goodday api', 'gooddayapi', 'goodday_key', 'goodday-key', 'goodday key', 'gooddaykey', 'goodday_token', 'goodday-token', 'goodday token', 'gooddaytoken', 'goodday_secret', 'goodday-secret', 'goodday secret', 'gooddaysecret'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'graphhopper',
    title: 'GraphHopper',
    revoke: 'graphhopper.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'graphhopper-api-key', description: 'GraphHopper key (36 characters, next to "graphhopper")', names: ['graphhopper'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'groove',
    title: 'Groove',
    revoke: 'Groove account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'groove-api-key', description: 'Groove key (64 characters, next to "groovehq")', names: ['groovehq', 'groove_api', 'groove-api', 'groove api', 'grooveapi', 'groove_key', 'groove-key', 'groove key', 'groovekey', 'groove_token', 'groove-token', 'groove token', 'groovetoken', 'groove_secret', 'groove-secret', 'groove secret', 'groovesecret'], value: '[A-Za-z0-9]{64}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'gtmetrix',
    title: 'GTmetrix',
    revoke: 'gtmetrix.com/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'gtmetrix-api-key', description: 'GTmetrix key (32 hex characters, next to "gtmetrix")', names: ['gtmetrix'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'guardian',
    title: 'The Guardian Open Platform',
    revoke: 'open-platform.theguardian.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'guardian-api-key', description: 'The Guardian Open Platform key (36 characters, next to "guardianapi")', names: ['guardianapi', 'guardian_api', 'theguardian', 'guardian_key', 'guardian-key', 'guardian key', 'guardiankey', 'guardian_token', 'guardian-token', 'guardian token', 'guardiantoken', 'guardian_secret', 'guardian-secret', 'guardian secret', 'guardiansecret'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'gumroad',
    title: 'Gumroad',
    revoke: 'app.gumroad.com/settings/advanced → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'gumroad-api-key', description: 'Gumroad key (43 characters, next to "gumroad")', names: ['gumroad'], value: '[A-Za-z0-9\\-]{43}', alphabet: 'A-Za-z0-9\\-', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 41) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'gyazo',
    title: 'Gyazo',
    revoke: 'gyazo.com/oauth/applications → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'gyazo-api-key', description: 'Gyazo key (43 characters, next to "gyazo")', names: ['gyazo'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'happyscribe',
    title: 'Happy Scribe',
    revoke: 'Happy Scribe account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'happyscribe-api-key', description: 'Happy Scribe key (24 characters, next to "happyscribe")', names: ['happyscribe'], value: '[A-Za-z0-9]{24}', reach: 40, sample: (r) => r.chars(ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'harvest',
    title: 'Harvest',
    revoke: 'id.getharvest.com/developers → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'harvest-api-key', description: 'Harvest key (97 characters, next to "harvest_api")', names: ['harvest_api', 'harvest-api', 'harvest api', 'harvestapi', 'harvest_key', 'harvest-key', 'harvest key', 'harvestkey', 'harvest_token', 'harvest-token', 'harvest token', 'harvesttoken', 'harvest_secret', 'harvest-secret', 'harvest secret', 'harvestsecret'], value: '[A-Za-z0-9_]{97}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 95) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'hellosign',
    title: 'Dropbox Sign (HelloSign)',
    revoke: 'app.hellosign.com/home/myAccount → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'hellosign-api-key', description: 'Dropbox Sign (HelloSign) key (64 characters, next to "hellosign")', names: ['hellosign'], value: '[A-Za-z0-9\\-]{64}', alphabet: 'A-Za-z0-9\\-', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-`, 62) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'helpcrunch',
    title: 'HelpCrunch',
    revoke: 'HelpCrunch account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'helpcrunch-api-key', description: 'HelpCrunch key (328 characters, next to "helpcrunch")', names: ['helpcrunch'], value: '[A-Za-z0-9+\\-\\/=]{328}', alphabet: 'A-Za-z0-9+\\-\\/=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+-/=`, 326) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'helpscout',
    title: 'Help Scout',
    revoke: 'secure.helpscout.net → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'helpscout-api-key', description: 'Help Scout key (40 characters, next to "helpscout")', names: ['helpscout'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'hereapi',
    title: 'HERE',
    revoke: 'platform.here.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'hereapi-api-key', description: 'HERE key (43 characters, next to "hereapi")', names: ['hereapi', 'here_api', 'here.com'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'hiveage',
    title: 'Hiveage',
    revoke: 'Hiveage account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'hiveage-api-key', description: 'Hiveage key (20 characters, next to "hiveage")', names: ['hiveage'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'holidayapi',
    title: 'Holiday API',
    revoke: 'holidayapi.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'holidayapi-api-key', description: 'Holiday API key (36 characters, next to "holidayapi")', names: ['holidayapi'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'holistic',
    title: 'Holistic',
    revoke: 'Holistic account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'holistic-api-key', description: 'Holistic key (64 hex characters, next to "holistic_api")', names: ['holistic_api', 'holistic-api', 'holistic api', 'holisticapi', 'holistic_key', 'holistic-key', 'holistic key', 'holistickey', 'holistic_token', 'holistic-token', 'holistic token', 'holistictoken', 'holistic_secret', 'holistic-secret', 'holistic secret', 'holisticsecret'], value: '[a-f0-9]{64}', reach: 40, sample: (r) => r.chars(HEX, 64)}),
    ],
  }),
  provider({
    name: 'honeycomb',
    title: 'Honeycomb',
    revoke: 'ui.honeycomb.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'honeycomb-api-key', description: 'Honeycomb key (22 characters, next to "honeycomb_api")', names: ['honeycomb_api', 'honeycomb-api', 'honeycomb api', 'honeycombapi', 'honeycomb_key', 'honeycomb-key', 'honeycomb key', 'honeycombkey', 'honeycomb_token', 'honeycomb-token', 'honeycomb token', 'honeycombtoken', 'honeycomb_secret', 'honeycomb-secret', 'honeycomb secret', 'honeycombsecret'], value: '[A-Za-z0-9]{22}', reach: 40, sample: (r) => r.chars(ALNUM, 22)}),
    ],
  }),
  provider({
    name: 'html2pdf',
    title: 'html2pdf.app',
    revoke: 'html2pdf.app account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'html2pdf-api-key', description: 'html2pdf.app key (64 characters, next to "html2pdf")', names: ['html2pdf'], value: '[A-Za-z0-9]{64}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'humanity',
    title: 'Humanity',
    revoke: 'Humanity account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'humanity-api-key', description: 'Humanity key (40 characters, next to "humanity_api")', names: ['humanity_api', 'humanity-api', 'humanity api', 'humanityapi', 'humanity_key', 'humanity-key', 'humanity key', 'humanitykey', 'humanity_token', 'humanity-token', 'humanity token', 'humanitytoken', 'humanity_secret', 'humanity-secret', 'humanity secret', 'humanitysecret'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'hunter',
    title: 'Hunter',
    revoke: 'hunter.io/api-keys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'hunter-api-key', description: 'Hunter key (40 characters, next to "hunter_api")', names: ['hunter_api', 'hunter-api', 'hunter api', 'hunterapi', 'hunter_key', 'hunter-key', 'hunter key', 'hunterkey', 'hunter_token', 'hunter-token', 'hunter token', 'huntertoken', 'hunter_secret', 'hunter-secret', 'hunter secret', 'huntersecret'], value: '[a-z0-9_]{40}', alphabet: 'a-z0-9_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}_`, 38) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'hybiscus',
    title: 'Hybiscus',
    revoke: 'Hybiscus account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'hybiscus-api-key', description: 'Hybiscus key (43 characters, next to "hybiscus")', names: ['hybiscus'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'hypertrack',
    title: 'HyperTrack',
    revoke: 'HyperTrack account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'hypertrack-api-key', description: 'HyperTrack key (54 characters, next to "hypertrack")', names: ['hypertrack'], value: '[A-Za-z0-9]{54}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 54)}),
    ],
  }),
  provider({
    name: 'iconfinder',
    title: 'Iconfinder',
    revoke: 'Iconfinder account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'iconfinder-api-key', description: 'Iconfinder key (64 characters, next to "iconfinder")', names: ['iconfinder'], value: '[A-Za-z0-9]{64}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'iexapis',
    title: 'IEX Cloud',
    revoke: 'IEX Cloud account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'iexapis-api-key', description: 'IEX Cloud key (sk_ and 32 hex characters, next to "iexapis")', names: ['iexapis'], value: 'sk_[a-f0-9]{32}', alphabet: 'A-Za-z0-9_', reach: 40, sample: (r) => `sk_${r.chars(HEX, 32)}`}),
    ],
  }),
  provider({
    name: 'iexcloud',
    title: 'IEX Cloud',
    revoke: 'IEX Cloud account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'iexcloud-api-key', description: 'IEX Cloud key (sk_ and 32 hex characters, next to "iexcloud")', names: ['iexcloud'], value: 'sk_[a-f0-9]{32}', alphabet: 'A-Za-z0-9_', reach: 40, sample: (r) => `sk_${r.chars(HEX, 32)}`}),
    ],
  }),
  provider({
    name: 'imagekit',
    title: 'ImageKit',
    revoke: 'imagekit.io/dashboard/developer/api-keys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'imagekit-api-key', description: 'ImageKit key (36 characters, next to "imagekit")', names: ['imagekit'], value: '[A-Za-z0-9]{36}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'imagga',
    title: 'Imagga',
    revoke: 'Imagga account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'imagga-api-key', description: 'Imagga key (72 characters, next to "imagga")', names: ['imagga'], value: '[A-Za-z0-9=]{72}', alphabet: 'A-Za-z0-9=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}=`, 70) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'impala',
    title: 'Impala',
    revoke: 'Impala account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'impala-api-key', description: 'Impala key (46 characters, next to "impala_api")', names: ['impala_api', 'impala-api', 'impala api', 'impalaapi', 'impala_key', 'impala-key', 'impala key', 'impalakey', 'impala_token', 'impala-token', 'impala token', 'impalatoken', 'impala_secret', 'impala-secret', 'impala secret', 'impalasecret'], value: '[A-Za-z0-9]{46}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 46)}),
    ],
  }),
  provider({
    name: 'infura',
    title: 'Infura',
    revoke: 'app.infura.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'infura-api-key', description: 'Infura key (32 characters, next to "infura")', names: ['infura'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'insightly',
    title: 'Insightly',
    revoke: 'Insightly account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'insightly-api-key', description: 'Insightly key (36 characters, next to "insightly")', names: ['insightly'], value: '[a-z0-9]{36}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 36)}),
    ],
  }),
  provider({
    name: 'instabot',
    title: 'Instabot',
    revoke: 'Instabot account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'instabot-api-key', description: 'Instabot key (44 characters, next to "instabot")', names: ['instabot'], value: '[A-Za-z0-9\\/=]{44}', alphabet: 'A-Za-z0-9\\/=', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}/=`, 42) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'instamojo',
    title: 'Instamojo',
    revoke: 'Instamojo account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'instamojo-api-key', description: 'Instamojo key (40 characters, next to "instamojo")', names: ['instamojo'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'intercom',
    title: 'Intercom',
    revoke: 'app.intercom.com/a/apps/_/developer-hub → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'intercom-api-key', description: 'Intercom key (60 characters, next to "intercom")', names: ['intercom'], value: '[A-Za-z0-9=\\-_]{60}', alphabet: 'A-Za-z0-9=\\-_', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}=-_`, 58) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'interseller',
    title: 'Interseller',
    revoke: 'Interseller account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'interseller-api-key', description: 'Interseller key (a UUID, next to "interseller")', names: ['interseller'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
    ],
  }),
  provider({
    name: 'intrinio',
    title: 'Intrinio',
    revoke: 'account.intrinio.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'intrinio-api-key', description: 'Intrinio key (44 characters, next to "intrinio")', names: ['intrinio'], value: '[A-Za-z0-9]{44}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 44)}),
    ],
  }),
  provider({
    name: 'invoiceocean',
    title: 'InvoiceOcean',
    revoke: 'InvoiceOcean account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'invoiceocean-api-key', description: 'InvoiceOcean key (20 characters, next to "invoiceocean")', names: ['invoiceocean'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'ip2location',
    title: 'IP2Location',
    revoke: 'www.ip2location.io/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ip2location-api-key', description: 'IP2Location key (32 characters, next to "ip2location")', names: ['ip2location'], value: '[A-Z0-9]{32}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ipapi',
    title: 'ipapi',
    revoke: 'ipapi account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ipapi-api-key', description: 'ipapi key (32 characters, next to "ipapi")', names: ['ipapi'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ipgeolocation',
    title: 'IPGeolocation',
    revoke: 'app.ipgeolocation.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ipgeolocation-api-key', description: 'IPGeolocation key (32 characters, next to "ipgeolocation")', names: ['ipgeolocation'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ipinfo',
    title: 'IPinfo',
    revoke: 'ipinfo.io/account/token → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ipinfo-api-key', description: 'IPinfo key (14 characters, next to "ipinfo")', names: ['ipinfo'], value: '[a-z0-9]{14}', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(LOWER_ALNUM, 14)}),
    ],
  }),
  provider({
    name: 'ipinfodb',
    title: 'IPInfoDB',
    revoke: 'IPInfoDB account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ipinfodb-api-key', description: 'IPInfoDB key (64 characters, next to "ipinfodb")', names: ['ipinfodb'], value: '[a-z0-9]{64}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'ipquality',
    title: 'IPQualityScore',
    revoke: 'www.ipqualityscore.com/user/settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ipquality-api-key', description: 'IPQualityScore key (32 characters, next to "ipquality")', names: ['ipquality'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'ipstack',
    title: 'ipstack',
    revoke: 'ipstack.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'ipstack-api-key', description: 'ipstack key (32 characters, next to "ipstack")', names: ['ipstack'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'jotform',
    title: 'Jotform',
    revoke: 'www.jotform.com/myaccount/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'jotform-api-key', description: 'Jotform key (32 characters, next to "jotform")', names: ['jotform'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'jumpcloud',
    title: 'JumpCloud',
    revoke: 'console.jumpcloud.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'jumpcloud-api-key', description: 'JumpCloud key (40 characters, next to "jumpcloud")', names: ['jumpcloud'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'jupiterone',
    title: 'JupiterOne',
    revoke: 'JupiterOne account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'jupiterone-api-key', description: 'JupiterOne key (76 characters, next to "jupiterone")', names: ['jupiterone'], value: '[A-Za-z0-9]{76}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 76)}),
    ],
  }),
  provider({
    name: 'juro',
    title: 'Juro',
    revoke: 'Juro account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'juro-api-key', description: 'Juro key (40 characters, next to "juro_api")', names: ['juro_api', 'juro-api', 'juro api', 'juroapi', 'juro_key', 'juro-key', 'juro key', 'jurokey', 'juro_token', 'juro-token', 'juro token', 'jurotoken', 'juro_secret', 'juro-secret', 'juro secret', 'jurosecret'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'kanban',
    title: 'Kanbanize',
    revoke: 'Kanbanize account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'kanban-api-key', description: 'Kanbanize key (12 characters, next to "kanbanize")', names: ['kanbanize', 'kanban_tool', 'kanban_api', 'kanban-api', 'kanban api', 'kanbanapi', 'kanban_key', 'kanban-key', 'kanban key', 'kanbankey', 'kanban_token', 'kanban-token', 'kanban token', 'kanbantoken', 'kanban_secret', 'kanban-secret', 'kanban secret', 'kanbansecret'], value: '[A-Z0-9]{12}', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(UPPER_ALNUM, 12)}),
    ],
  }),
  provider({
    name: 'kanbantool',
    title: 'Kanban Tool',
    revoke: 'Kanban Tool account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'kanbantool-api-key', description: 'Kanban Tool key (12 characters, next to "kanbantool")', names: ['kanbantool'], value: '[A-Z0-9]{12}', reach: 40, minEntropy: 2.5, sample: (r) => r.chars(UPPER_ALNUM, 12)}),
    ],
  }),
  provider({
    name: 'karmacrm',
    title: 'karmaCRM',
    revoke: 'karmaCRM account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'karmacrm-api-key', description: 'karmaCRM key (20 characters, next to "karmacrm")', names: ['karmacrm'], value: '[A-Za-z0-9]{20}', reach: 40, sample: (r) => r.chars(ALNUM, 20)}),
    ],
  }),
  provider({
    name: 'keenio',
    title: 'Keen',
    revoke: 'Keen account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'keenio-api-key', description: 'Keen key (64 characters, next to "keen.io")', names: ['keen.io', 'keenio', 'keen_io'], value: '[A-Z0-9]{64}', reach: 40, sample: (r) => r.chars(UPPER_ALNUM, 64)}),
    ],
  }),
  provider({
    name: 'kickbox',
    title: 'Kickbox',
    revoke: 'app.kickbox.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'kickbox-api-key', description: 'Kickbox key (65 characters, next to "kickbox_api")', names: ['kickbox_api', 'kickbox-api', 'kickbox api', 'kickboxapi', 'kickbox_key', 'kickbox-key', 'kickbox key', 'kickboxkey', 'kickbox_token', 'kickbox-token', 'kickbox token', 'kickboxtoken', 'kickbox_secret', 'kickbox-secret', 'kickbox secret', 'kickboxsecret'], value: '[A-Za-z0-9_]{65}', alphabet: 'A-Za-z0-9_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}_`, 63) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'klipfolio',
    title: 'Klipfolio',
    revoke: 'Klipfolio account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'klipfolio-api-key', description: 'Klipfolio key (40 hex characters, next to "klipfolio")', names: ['klipfolio'], value: '[a-f0-9]{40}', reach: 40, sample: (r) => r.chars(HEX, 40)}),
    ],
  }),
  provider({
    name: 'knapsackpro',
    title: 'Knapsack Pro',
    revoke: 'Knapsack Pro account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'knapsackpro-api-key', description: 'Knapsack Pro key (32 characters, next to "knapsackpro")', names: ['knapsackpro'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'kontent',
    title: 'Kontent.ai',
    revoke: 'app.kontent.ai → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'kontent-api-key', description: 'Kontent.ai key (476 characters, next to "kontent")', names: ['kontent'], value: '[A-Za-z0-9\\-.]{476}', alphabet: 'A-Za-z0-9\\-.', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-.`, 474) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'kraken',
    title: 'Kraken',
    revoke: 'www.kraken.com/u/security/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'kraken-access-token', description: 'Kraken key (90 characters, next to "kraken")', names: ['kraken'], value: '[a-z0-9\\-\\/=_]{90}', alphabet: 'a-z0-9\\-\\/=_', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-/=_`, 88) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'kucoin',
    title: 'KuCoin',
    revoke: 'www.kucoin.com/account/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'kucoin-secret-key', description: 'KuCoin secret (a UUID, next to "kucoin")', names: ['kucoin'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
      named({id: 'kucoin-access-token', description: 'KuCoin key (24 hex characters, next to "kucoin")', names: ['kucoin'], value: '[a-f0-9]{24}', reach: 40, sample: (r) => r.chars(HEX, 24)}),
    ],
  }),
  provider({
    name: 'kylas',
    title: 'Kylas',
    revoke: 'Kylas account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'kylas-api-key', description: 'Kylas key (36 characters, next to "kylas")', names: ['kylas'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'languagelayer',
    title: 'languagelayer',
    revoke: 'languagelayer.com/dashboard → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'languagelayer-api-key', description: 'languagelayer key (32 characters, next to "languagelayer")', names: ['languagelayer'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'larksuite',
    title: 'Lark Suite',
    revoke: 'open.larksuite.com/app → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'larksuite-api-key', description: 'Lark Suite key (22–47 characters, next to "larksuite")', names: ['larksuite', 'lark'], value: '[A-Za-z0-9\\-._]{22,47}', alphabet: 'A-Za-z0-9\\-._', reach: 40, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-._`, 45) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'leadfeeder',
    title: 'Leadfeeder',
    revoke: 'Leadfeeder account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'leadfeeder-api-key', description: 'Leadfeeder key (43 characters, next to "leadfeeder")', names: ['leadfeeder'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'lemlist',
    title: 'lemlist',
    revoke: 'app.lemlist.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'lemlist-api-key', description: 'lemlist key (32 hex characters, next to "lemlist")', names: ['lemlist'], value: '[a-f0-9]{32}', reach: 40, sample: (r) => r.chars(HEX, 32)}),
    ],
  }),
  provider({
    name: 'lemonsqueezy',
    title: 'Lemon Squeezy',
    revoke: 'app.lemonsqueezy.com/settings/api → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'lemonsqueezy-api-key', description: 'Lemon Squeezy key (864 characters, next to "lemonsqueezy")', names: ['lemonsqueezy'], value: '[A-Za-z0-9\\-._]{864}', alphabet: 'A-Za-z0-9\\-._', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-._`, 862) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'lendflow',
    title: 'Lendflow',
    revoke: 'Lendflow account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'lendflow-api-key', description: 'Lendflow key (956 characters, next to "lendflow")', names: ['lendflow'], value: '[A-Za-z0-9\\-.]{956}', alphabet: 'A-Za-z0-9\\-.', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-.`, 954) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'lessannoyingcrm',
    title: 'Less Annoying CRM',
    revoke: 'Less Annoying CRM account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'lessannoyingcrm-api-key', description: 'Less Annoying CRM key (57 characters, next to "lessannoyingcrm")', names: ['lessannoyingcrm'], value: '[A-Za-z0-9]{57}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 57)}),
    ],
  }),
  provider({
    name: 'lexigram',
    title: 'Lexigram',
    revoke: 'Lexigram account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'lexigram-api-key', description: 'Lexigram key (301 characters, next to "lexigram")', names: ['lexigram'], value: '[A-Za-z0-9]{301}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 301)}),
    ],
  }),
  provider({
    name: 'line',
    title: 'LINE Messaging API',
    revoke: 'developers.line.biz/console → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'line-api-key', description: 'LINE Messaging API key (171 characters, next to "linemessaging")', names: ['linemessaging', 'line_messaging', 'line_channel', 'line_api', 'line-api', 'line api', 'lineapi', 'line_key', 'line-key', 'line key', 'linekey', 'line_token', 'line-token', 'line token', 'linetoken', 'line_secret', 'line-secret', 'line secret', 'linesecret'], value: '[A-Za-z0-9+\\/]{171}', alphabet: 'A-Za-z0-9+\\/', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}+/`, 169) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'linenotify',
    title: 'LINE Notify',
    revoke: 'notify-bot.line.me/my → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'linenotify-api-key', description: 'LINE Notify key (43 characters, next to "linenotify")', names: ['linenotify'], value: '[A-Za-z0-9]{43}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 43)}),
    ],
  }),
  provider({
    name: 'linkpreview',
    title: 'LinkPreview',
    revoke: 'my.linkpreview.net → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'linkpreview-api-key', description: 'LinkPreview key (32 characters, next to "linkpreview")', names: ['linkpreview'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'liveagent',
    title: 'LiveAgent',
    revoke: 'LiveAgent account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'liveagent-api-key', description: 'LiveAgent key (32 characters, next to "liveagent")', names: ['liveagent'], value: '[A-Za-z0-9]{32}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'loadmill',
    title: 'Loadmill',
    revoke: 'Loadmill account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'loadmill-api-key', description: 'Loadmill key (40 characters, next to "loadmill")', names: ['loadmill'], value: '[A-Za-z0-9]{40}', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'locationiq',
    title: 'LocationIQ',
    revoke: 'my.locationiq.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'locationiq-api-key', description: 'LocationIQ key (35 characters, next to "locationiq")', names: ['locationiq'], value: '[A-Za-z0-9\\-.]{35}', alphabet: 'A-Za-z0-9\\-.', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-.`, 33) + r.chars(ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'loggly',
    title: 'Loggly',
    revoke: 'Loggly account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'loggly-api-key', description: 'Loggly key (a UUID-shaped token, next to "loggly")', names: ['loggly'], value: '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(LOWER_ALNUM, 8)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 4)}-${r.chars(LOWER_ALNUM, 12)}`}),
    ],
  }),
  provider({
    name: 'loginradius',
    title: 'LoginRadius',
    revoke: 'LoginRadius account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'loginradius-api-key', description: 'LoginRadius key (a UUID, next to "loginradius")', names: ['loginradius'], value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', alphabet: 'A-Za-z0-9-', reach: 40, sample: (r) => `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 4)}-${r.chars(HEX, 12)}`}),
    ],
  }),
  provider({
    name: 'logzio',
    title: 'Logz.io',
    revoke: 'app.logz.io → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'logzio-api-key', description: 'Logz.io key (36 characters, next to "logzio")', names: ['logzio'], value: '[a-z0-9\\-]{36}', alphabet: 'a-z0-9\\-', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 1) + r.chars(`${LOWER_ALNUM}-`, 34) + r.chars(LOWER_ALNUM, 1)}),
    ],
  }),
  provider({
    name: 'lokalise',
    title: 'Lokalise',
    revoke: 'app.lokalise.com/profile → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'lokalise-token', description: 'Lokalise key (40 characters, next to "lokalise")', names: ['lokalise'], value: '[a-z0-9]{40}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 40)}),
    ],
  }),
  provider({
    name: 'looker',
    title: 'Looker',
    revoke: 'Looker account settings → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'looker-client-id', description: 'Looker key (20 characters, next to "looker_api")', names: ['looker_api', 'looker-api', 'looker api', 'lookerapi', 'looker_key', 'looker-key', 'looker key', 'lookerkey', 'looker_token', 'looker-token', 'looker token', 'lookertoken', 'looker_secret', 'looker-secret', 'looker secret', 'lookersecret'], value: '[a-z0-9]{20}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 20)}),
      named({id: 'looker-client-secret', description: 'Looker secret (24 characters, next to "looker_api")', names: ['looker_api', 'looker-api', 'looker api', 'lookerapi', 'looker_key', 'looker-key', 'looker key', 'lookerkey', 'looker_token', 'looker-token', 'looker token', 'lookertoken', 'looker_secret', 'looker-secret', 'looker secret', 'lookersecret'], value: '[a-z0-9]{24}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 24)}),
    ],
  }),
  provider({
    name: 'loyverse',
    title: 'Loyverse',
    revoke: 'r.loyverse.com → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'loyverse-api-key', description: 'Loyverse key (32 characters, next to "loyverse")', names: ['loyverse'], value: '[a-z0-9]{32}', reach: 40, sample: (r) => r.chars(LOWER_ALNUM, 32)}),
    ],
  }),
  provider({
    name: 'lunchmoney',
    title: 'Lunch Money',
    revoke: 'my.lunchmoney.app/developers → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'lunchmoney-api-key', description: 'Lunch Money key (50 hex characters, next to "lunchmoney")', names: ['lunchmoney'], value: '[a-f0-9]{50}', reach: 40, sample: (r) => r.chars(HEX, 50)}),
    ],
  }),
  provider({
    name: 'luno',
    title: 'Luno',
    revoke: 'www.luno.com/wallet/security/api_keys → API keys: revoke the key, issue a new one.',
    rules: [
      named({id: 'luno-api-key', description: 'Luno key (43 characters, next to "luno")', names: ['luno'], value: '[A-Za-z0-9\\-_]{43}', alphabet: 'A-Za-z0-9\\-_', reach: 40, minEntropy: 3.5, sample: (r) => r.chars(ALNUM, 1) + r.chars(`${ALNUM}-_`, 41) + r.chars(ALNUM, 1)}),
    ],
  }),
] as const

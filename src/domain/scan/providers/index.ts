/**
 * The provider catalogue: one folder per provider (`providers/<name>/index.ts`), each exporting its
 * rules, their live checks and how to revoke. The scanner loads every provider's rules from here
 * (rules/index.ts); `pl rules list`, `pl scan --verify` and docs/scanning.md read the same list.
 * Importing builds each rule's regex and nothing else.
 */
import p1password from './1password/index.js'
import adafruit from './adafruit/index.js'
import adobe from './adobe/index.js'
import age from './age/index.js'
import airtable from './airtable/index.js'
import alchemy from './alchemy/index.js'
import alibaba from './alibaba/index.js'
import apify from './apify/index.js'
import asana from './asana/index.js'
import assemblyai from './assemblyai/index.js'
import atlassian from './atlassian/index.js'
import authress from './authress/index.js'
import awsAppsync from './aws-appsync/index.js'
import awsBedrock from './aws-bedrock/index.js'
import azure from './azure/index.js'
import bannerbear from './bannerbear/index.js'
import besttime from './besttime/index.js'
import braintree from './braintree/index.js'
import brevo from './brevo/index.js'
import buildkite from './buildkite/index.js'
import circleci from './circleci/index.js'
import clickup from './clickup/index.js'
import clojars from './clojars/index.js'
import cloudflare from './cloudflare/index.js'
import cohere from './cohere/index.js'
import contentful from './contentful/index.js'
import databricks from './databricks/index.js'
import datadog from './datadog/index.js'
import deepgram from './deepgram/index.js'
import deepseek from './deepseek/index.js'
import definedNetworking from './defined-networking/index.js'
import digitalocean from './digitalocean/index.js'
import discord from './discord/index.js'
import docker from './docker/index.js'
import doppler from './doppler/index.js'
import dropbox from './dropbox/index.js'
import duffel from './duffel/index.js'
import dynatrace from './dynatrace/index.js'
import easypost from './easypost/index.js'
import elevenlabs from './elevenlabs/index.js'
import facebook from './facebook/index.js'
import figma from './figma/index.js'
import fireworks from './fireworks/index.js'
import fleetbase from './fleetbase/index.js'
import flexport from './flexport/index.js'
import flutterwave from './flutterwave/index.js'
import flyio from './flyio/index.js'
import frameio from './frameio/index.js'
import gcp from './gcp/index.js'
import githubApp from './github-app/index.js'
import gitlab from './gitlab/index.js'
import grafana from './grafana/index.js'
import harness from './harness/index.js'
import hashicorpVault from './hashicorp-vault/index.js'
import heroku from './heroku/index.js'
import http from './http/index.js'
import hubspot from './hubspot/index.js'
import ibm from './ibm/index.js'
import infracost from './infracost/index.js'
import intra42 from './intra42/index.js'
import jfrog from './jfrog/index.js'
import kubernetes from './kubernetes/index.js'
import langfuse from './langfuse/index.js'
import langsmith from './langsmith/index.js'
import launchdarkly from './launchdarkly/index.js'
import linear from './linear/index.js'
import lob from './lob/index.js'
import mailchimp from './mailchimp/index.js'
import mailgun from './mailgun/index.js'
import mapbox from './mapbox/index.js'
import maxmind from './maxmind/index.js'
import microsoftTeams from './microsoft-teams/index.js'
import mistral from './mistral/index.js'
import netlify from './netlify/index.js'
import newrelic from './newrelic/index.js'
import nightfall from './nightfall/index.js'
import notion from './notion/index.js'
import npm from './npm/index.js'
import nuget from './nuget/index.js'
import nvidia from './nvidia/index.js'
import octopusDeploy from './octopus-deploy/index.js'
import okta from './okta/index.js'
import openrouter from './openrouter/index.js'
import openshift from './openshift/index.js'
import perplexity from './perplexity/index.js'
import pganalyze from './pganalyze/index.js'
import photoroom from './photoroom/index.js'
import pinecone from './pinecone/index.js'
import plaid from './plaid/index.js'
import planetscale from './planetscale/index.js'
import portainer from './portainer/index.js'
import posthog from './posthog/index.js'
import postman from './postman/index.js'
import prefect from './prefect/index.js'
import pubnub from './pubnub/index.js'
import pulumi from './pulumi/index.js'
import ramp from './ramp/index.js'
import razorpay from './razorpay/index.js'
import readme from './readme/index.js'
import replicate from './replicate/index.js'
import robinhood from './robinhood/index.js'
import rootly from './rootly/index.js'
import rubygems from './rubygems/index.js'
import saladCloud from './salad-cloud/index.js'
import salesforce from './salesforce/index.js'
import scalingo from './scalingo/index.js'
import sentry from './sentry/index.js'
import settlemint from './settlemint/index.js'
import shippo from './shippo/index.js'
import shopify from './shopify/index.js'
import sidekiq from './sidekiq/index.js'
import snyk from './snyk/index.js'
import sonar from './sonar/index.js'
import sourcegraph from './sourcegraph/index.js'
import spectral from './spectral/index.js'
import square from './square/index.js'
import stripe from './stripe/index.js'
import supabase from './supabase/index.js'
import tableau from './tableau/index.js'
import tailscale from './tailscale/index.js'
import teamwork from './teamwork/index.js'
import telegram from './telegram/index.js'
import terraformCloud from './terraform-cloud/index.js'
import tines from './tines/index.js'
import together from './together/index.js'
import twilio from './twilio/index.js'
import trufflehogEnterprise from './trufflehog-enterprise/index.js'
import twitter from './twitter/index.js'
import typeform from './typeform/index.js'
import vercel from './vercel/index.js'
import wandb from './wandb/index.js'
import xai from './xai/index.js'
import yandex from './yandex/index.js'
import zapier from './zapier/index.js'
import zoho from './zoho/index.js'
import {LONG_TAIL_A_L} from './long-tail/a-l.js'
import {LONG_TAIL_M_Z} from './long-tail/m-z.js'
import type {Provider, ProviderRule} from './define.js'
import type {VerifierSpec} from '../verifier.js'

export const PROVIDERS = [
  p1password,
  adafruit,
  adobe,
  age,
  airtable,
  alchemy,
  alibaba,
  apify,
  asana,
  assemblyai,
  atlassian,
  authress,
  awsAppsync,
  awsBedrock,
  azure,
  bannerbear,
  besttime,
  braintree,
  brevo,
  buildkite,
  circleci,
  clickup,
  clojars,
  cloudflare,
  cohere,
  contentful,
  databricks,
  datadog,
  deepgram,
  deepseek,
  definedNetworking,
  digitalocean,
  discord,
  docker,
  doppler,
  dropbox,
  duffel,
  dynatrace,
  easypost,
  elevenlabs,
  facebook,
  figma,
  fireworks,
  fleetbase,
  flexport,
  flutterwave,
  flyio,
  frameio,
  gcp,
  githubApp,
  gitlab,
  grafana,
  harness,
  hashicorpVault,
  heroku,
  http,
  hubspot,
  ibm,
  infracost,
  intra42,
  jfrog,
  kubernetes,
  langfuse,
  langsmith,
  launchdarkly,
  linear,
  lob,
  mailchimp,
  mailgun,
  mapbox,
  maxmind,
  microsoftTeams,
  mistral,
  netlify,
  newrelic,
  nightfall,
  notion,
  npm,
  nuget,
  nvidia,
  octopusDeploy,
  okta,
  openrouter,
  openshift,
  perplexity,
  pganalyze,
  photoroom,
  pinecone,
  plaid,
  planetscale,
  portainer,
  posthog,
  postman,
  prefect,
  pubnub,
  pulumi,
  ramp,
  razorpay,
  readme,
  replicate,
  robinhood,
  rootly,
  rubygems,
  saladCloud,
  salesforce,
  scalingo,
  sentry,
  settlemint,
  shippo,
  shopify,
  sidekiq,
  snyk,
  sonar,
  sourcegraph,
  spectral,
  square,
  stripe,
  supabase,
  tableau,
  tailscale,
  teamwork,
  telegram,
  terraformCloud,
  tines,
  together,
  twilio,
  trufflehogEnterprise,
  twitter,
  typeform,
  vercel,
  wandb,
  xai,
  yandex,
  zapier,
  zoho,
  ...LONG_TAIL_A_L,
  ...LONG_TAIL_M_Z,
] as const

/** Every provider rule id: a typed union, so a table keyed by it cannot name a rule that does not exist. */
export type ProviderRuleId = (typeof PROVIDERS)[number]['rules'][number]['id']

/** All provider rules, in catalogue order. */
export const providerRules: readonly ProviderRule<ProviderRuleId>[] = PROVIDERS.flatMap((p: Provider<ProviderRuleId>) => p.rules)

/** The live checks the providers declare, by rule id. */
export const providerVerifiers: {readonly [K in ProviderRuleId]?: VerifierSpec} = Object.assign(
  {},
  ...PROVIDERS.map((p: Provider<ProviderRuleId>) => p.verifiers),
) as {readonly [K in ProviderRuleId]?: VerifierSpec}

/** Where a provider is written: its folder, or the long-tail table that holds its row (ADR 0019). */
export function providerSource(provider: Provider<ProviderRuleId>): string {
  if ((LONG_TAIL_A_L as readonly Provider<ProviderRuleId>[]).includes(provider)) return 'src/domain/scan/providers/long-tail/a-l.ts'
  if ((LONG_TAIL_M_Z as readonly Provider<ProviderRuleId>[]).includes(provider)) return 'src/domain/scan/providers/long-tail/m-z.ts'
  return `src/domain/scan/providers/${provider.name}/`
}

/** The provider a rule id belongs to. */
export function providerOf(id: string): Provider<ProviderRuleId> | undefined {
  return (PROVIDERS as readonly Provider<ProviderRuleId>[]).find((p) => p.rules.some((r) => r.id === id))
}

export type {Provider, ProviderRule, Reach} from './define.js'

/**
 * The page a provider's remediation names first (`dashboard.stripe.com/test/apikeys: roll the
 * key`), as an https URL; undefined when it names none (a command, a menu path).
 */
export function revokeUri(revoke: string): string | undefined {
  const page = /(?<![\w@/.-])((?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[\w/.-]*[\w/])?)(?![\w@-])/i.exec(revoke)?.[1]
  return page === undefined ? undefined : `https://${page}`
}

#!/usr/bin/env node
// The execute entry alone: the package index would load every part of oclif.
import {execute} from '@oclif/core/execute'

await execute({dir: import.meta.url})

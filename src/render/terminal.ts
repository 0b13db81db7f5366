/**
 * Terminal-safe text for render and the commands. The rules live in the domain
 * (src/domain/terminal.ts) so that oclif's hooks in src/cli/ apply the same ones.
 */
export {escapeJsonControls, forTerminal, shownName} from '../domain/terminal.js'

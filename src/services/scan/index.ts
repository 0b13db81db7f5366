export {STDIN, looksBinary, scanInputs} from './reader.js'
export type {LocatedFinding, ScanError, ScanInputsOptions, ScanResult, ScanStats} from './reader.js'

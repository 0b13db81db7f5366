/**
 * Long-tail providers a-l: services whose keys have no distinctive format (32 hex, 40 base62),
 * each found only within reach of its own name. One row per provider; a provider graduates to its
 * own folder (`providers/<name>/`) when it gets a live verifier or a structural check (ADR 0019).
 */
export const LONG_TAIL_A_L = [] as const

/**
 * Whether a storage error means "the browser's storage is full". Each engine
 * says it differently: Chromium (and current Firefox) raise a DOMException
 * named QuotaExceededError, older Firefox NS_ERROR_DOM_QUOTA_REACHED (legacy
 * code 1014), WebKit a DOMException whose legacy code is 22 whatever its
 * name. IndexedDB may also hand the reason over as the `cause` of an abort.
 * Pure: reads only the error's own fields, so it runs anywhere.
 */
const QUOTA_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'QUOTA_EXCEEDED_ERR']);
/** DOMException.QUOTA_EXCEEDED_ERR, and Firefox's NS_ERROR_DOM_QUOTA_REACHED. */
const QUOTA_CODES: ReadonlySet<number> = new Set([22, 1014]);

export function isQuotaError(error: unknown): boolean {
  return check(error, 0);
}

function check(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, code, cause } = error as { name?: unknown; code?: unknown; cause?: unknown };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  if (typeof code === 'number' && QUOTA_CODES.has(code)) return true;
  return check(cause, depth + 1);
}

import { describe, expect, it } from 'vitest';
import { isQuotaError } from './quotaError';

describe('isQuotaError', () => {
  it("recognises Chromium's DOMException QuotaExceededError", () => {
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
  });

  it("recognises Firefox's NS_ERROR_DOM_QUOTA_REACHED, by name or by legacy code", () => {
    expect(isQuotaError(new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_FAILURE', code: 1014, message: 'quota' })).toBe(true);
  });

  it("recognises WebKit's code 22 whatever the name", () => {
    expect(isQuotaError({ name: 'Error', code: 22, message: 'QuotaExceededError: DOM Exception 22' })).toBe(true);
    expect(isQuotaError(Object.assign(new Error('DOM Exception 22'), { code: 22 }))).toBe(true);
    expect(isQuotaError({ name: 'QUOTA_EXCEEDED_ERR', message: 'old Safari' })).toBe(true);
  });

  it('finds the reason when it is the cause of another error', () => {
    expect(isQuotaError(new Error('transaction aborted', { cause: new DOMException('full', 'QuotaExceededError') }))).toBe(true);
  });

  it('is false for every other failure, and for things that are not errors', () => {
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaError(new DOMException('invalid', 'InvalidStateError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError in the message only'))).toBe(false);
    expect(isQuotaError({ code: '22' })).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(22)).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('does not loop on a cause that points back at itself', () => {
    const error: { name: string; cause?: unknown } = { name: 'Error' };
    error.cause = error;
    expect(isQuotaError(error)).toBe(false);
  });
});

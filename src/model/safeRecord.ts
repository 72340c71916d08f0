/**
 * Objects built from untrusted keys. Plain assignment of a key named
 * "__proto__" would replace the object's prototype (the classic pollution
 * route); defining it as a data property keeps it an ordinary key. Other
 * keys are assigned normally so the object stays in V8's fast mode, which
 * matters when 5,000 nodes' props are spread and read by 58 rules
 * (prototype-less objects are always in slow dictionary mode).
 */
export function setSafe<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
